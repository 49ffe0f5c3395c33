package app.skillpath.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Global page settings. Styles are plain static stylesheets (frontend/static), loaded with
 * {@code @StyleSheet}: a {@code @Theme} folder would need an npm build, which is not possible here.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description",
                "Skillpath: compare data careers, rate your skills against them and plan how to close the gaps.");
    }
}

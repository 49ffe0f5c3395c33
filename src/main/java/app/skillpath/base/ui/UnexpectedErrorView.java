package app.skillpath.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A page that fails to open shows this plain explanation instead of a stack trace. */
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong" + MainLayout.TITLE_SUFFIX)
@AnonymousAllowed
public class UnexpectedErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    private final Paragraph explanation = new Paragraph();

    public UnexpectedErrorView() {
        addClassNames("page", "not-found");
        setId("unexpected-error");
        RouterLink home = new RouterLink("Go to the start page", HomeView.class);
        home.addClassNames("button-link", "primary");
        Div actions = new Div(home);
        actions.addClassName("actions");
        add(new H2("This page could not be opened"), explanation, actions);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open /{}", event.getLocation().getPath(), parameter.getException());
        explanation.setText(ErrorHandling.messageFor(parameter.getException()).replace("your last action was not completed",
                "this page could not be opened").replace("your last change was not saved", "this page could not be opened"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

package app.skillpath;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.stream.Collectors;

/** Browserless UI tests (Karibu-Testing) against the real Spring context and embedded database. */
@SpringTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext applicationContext;

    @BeforeAll
    static void discoverRoutes() {
        // classpath scanning is slow: once per test class is enough
        routes = new Routes().autoDiscoverViews("app.skillpath");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, applicationContext, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Navigates like a user typing an address, query parameters included. */
    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /** All text the current page shows, with whitespace collapsed, as a reader would see it. */
    protected static String pageText() {
        return UI.getCurrent().getChildren()
                .map(component -> component.getElement().getTextRecursively())
                .collect(Collectors.joining(" "))
                .replaceAll("\\s+", " ");
    }
}

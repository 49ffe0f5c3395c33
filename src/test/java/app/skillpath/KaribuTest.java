package app.skillpath;

import app.skillpath.account.Account;
import app.skillpath.account.SkillpathUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.router.QueryParameters;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

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
        logout();
        MockVaadin.tearDown();
    }

    /** A fresh browser tab: a new session and UI (log in again afterwards). */
    protected void openNewTab() {
        logout();
        MockVaadin.tearDown();
        setUpVaadin();
    }

    /**
     * Logs the account in as Spring Security would: the security context for services, and the
     * request's principal for Vaadin's navigation access control.
     */
    protected static void login(Account account, String passwordHash) {
        SkillpathUser user = new SkillpathUser(account.id(), account.username(), account.displayName().orElse(null), passwordHash);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> SkillpathUser.ROLE_USER.equals("ROLE_" + role) || SkillpathUser.ROLE_USER.equals(role));
    }

    protected static void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
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

package app.skillpath;

import app.skillpath.account.Account;
import app.skillpath.account.SkillpathUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import app.skillpath.base.ui.HtmlBlock;
import com.vaadin.flow.component.UI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

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

    /**
     * All text the current page shows, with whitespace collapsed, as a reader would see it: the
     * components' texts and the text of markup (HtmlBlock) in between.
     */
    protected static String pageText() {
        StringBuilder text = new StringBuilder();
        UI.getCurrent().getChildren().forEach(component -> appendText(component.getElement(), text));
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    private static void appendText(com.vaadin.flow.dom.Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append(' ');
        } else if (element.hasProperty("innerHTML")) {
            text.append(Jsoup.parse(element.getProperty("innerHTML")).text()).append(' ');
        } else {
            element.getChildren().forEach(child -> appendText(child, text));
        }
    }

    /** The page's markup (every HtmlBlock in the current UI), parsed, to be read like the browser's DOM. */
    protected static Document markup() {
        return Jsoup.parse(_find(HtmlBlock.class).stream().map(HtmlBlock::innerHtml).collect(Collectors.joining()));
    }

    /** The element with this id in the page's markup; fails if there is none. */
    protected static org.jsoup.nodes.Element markup(String id) {
        org.jsoup.nodes.Element element = markup().getElementById(id);
        if (element == null) {
            throw new AssertionError("no element #" + id + " in the page's markup");
        }
        return element;
    }
}

package app.skillpath.account.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.Markup;
import org.jsoup.nodes.Element;

import app.skillpath.account.CurrentUser;
import app.skillpath.account.LoginThrottle;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.invitation.Invitations;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Log in with Vaadin's LoginForm, which posts to Spring Security's form login. */
@Route(value = "login", layout = MainLayout.class)
@PageTitle("Log in" + MainLayout.TITLE_SUFFIX)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS = "The username or password is not right. Check them and try again. "
            + "After " + LoginThrottle.MAX_FAILURES + " failed tries, logging in with that username is paused for "
            + LoginThrottle.LOCK.toMinutes() + " minutes.";

    private final CurrentUser currentUser;
    private final LoginForm form = new LoginForm();
    private String errorMessage = WRONG_CREDENTIALS;

    public LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassNames("page", "narrow-page", "login");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(WRONG_CREDENTIALS));
        form.setId("login-form");

        // a visitor sent here from an invitation link may have no account yet: signing up brings them back to it
        boolean fromInvitation = StoredRedirect.peek(VaadinSession.getCurrent())
                .filter(path -> path.startsWith(Invitations.ROUTE_PREFIX)).isPresent();
        // the text below the form only informs, so it is markup (see README, "How a page is built")
        HtmlBlock below = HtmlBlock.of(root -> {
            Element noAccount = root.appendElement("p").appendText("New to Skillpath? ");
            Markup.link(noAccount, SignUpView.class, "Create an account").id("signup-link");
            root.appendElement("p").addClass("fine-print").text("Forgot your password? Skillpath sends no e-mail: "
                    + "ask whoever runs this Skillpath to reset it for you.");
        });
        below.addClassName("login-below");
        if (fromInvitation) {
            add(HtmlBlock.of(root -> root.appendElement("p").id("login-invitation").addClass("callout")
                    .text("Log in or create an account to answer the invitation.")));
        }
        add(form, below);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            // the lockout message is ours and written for users; any other failure gets the generic one
            String message = failure instanceof LockedException locked ? locked.getMessage() : WRONG_CREDENTIALS;
            errorMessage = message;
            form.setI18n(i18n(message));
            form.setError(true);
        }
    }

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setSubmit("Log in");
        i18n.getErrorMessage().setTitle("Could not log you in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    /** The error the form shows when {@link LoginForm#isError()}; for tests, as the form renders it client-side. */
    public String errorMessage() {
        return errorMessage;
    }
}

package app.skillpath.account.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.Markup;
import org.jsoup.nodes.Element;

import app.skillpath.account.AccountException;
import app.skillpath.account.AccountService;
import app.skillpath.account.CurrentUser;
import app.skillpath.account.PasswordPolicy;
import app.skillpath.base.ui.MainLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;

/**
 * Create an account; afterwards the user is logged in and goes where they were going when sent to log in (such as
 * an invitation link), else to the home page.
 */
@Route(value = "signup", layout = MainLayout.class)
@PageTitle("Sign up" + MainLayout.TITLE_SUFFIX)
@AnonymousAllowed
public class SignUpView extends Main implements BeforeEnterObserver {

    private final AccountService accountService;
    private final SessionLogin sessionLogin;
    private final CurrentUser currentUser;

    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Display name (optional)");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField confirmation = new PasswordField("Password again");
    private final Button create = new Button("Create account");

    public SignUpView(AccountService accountService, SessionLogin sessionLogin, CurrentUser currentUser) {
        this.accountService = accountService;
        this.sessionLogin = sessionLogin;
        this.currentUser = currentUser;
        addClassNames("page", "narrow-page", "signup");

        username.setId("signup-username");
        username.setHelperText("3-40 characters: letters, digits and . _ -");
        username.setRequiredIndicatorVisible(true);
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        displayName.setId("signup-display-name");
        displayName.setHelperText("How Skillpath greets you, e.g. your first name");
        displayName.setMaxLength(AccountService.DISPLAY_NAME_MAX_LENGTH);
        password.setId("signup-password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, not your username");
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmation.setId("signup-confirmation");
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        create.setId("signup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(event -> createAccount());

        // errors come from the service; the fields' own validation would clear them on blur
        List.of(username, displayName, password, confirmation).forEach(field -> field.setManualValidation(true));

        FormLayout form = new FormLayout(username, displayName, password, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        // headings and explanations only inform, so they are markup (see README, "How a page is built")
        add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Create your Skillpath account");
            root.appendElement("p").text("Your self-assessment and learning plan are private to your account.");
        }), form, create, HtmlBlock.of(root -> {
            Element haveAccount = root.appendElement("p").appendText("Already have an account? ");
            Markup.link(haveAccount, LoginView.class, "Log in").id("login-link-signup");
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
        }
    }

    /**
     * The zone the browser reports (Intl's IANA name, sent by Vaadin 25 with the UI's first request), or null when it
     * said none: the service then takes UTC, which the user can change on the account page.
     */
    private String browserTimeZone() {
        return getUI().map(ui -> ui.getPage().getExtendedClientDetails())
                .map(com.vaadin.flow.component.page.ExtendedClientDetails::getTimeZoneId)
                .orElse(null);
    }

    private void createAccount() {
        List.of(username, displayName, password, confirmation).forEach(field -> field.setInvalid(false));
        try {
            // the connecting address; behind a reverse proxy only with server.forward-headers-strategy set
            String clientAddress = VaadinRequest.getCurrent().getRemoteAddr();
            var account = accountService.signUp(clientAddress, username.getValue(), displayName.getValue(), password.getValue(),
                    confirmation.getValue(), browserTimeZone());
            // taken before the login, which gives the session a new id
            String next = StoredRedirect.take(VaadinSession.getCurrent()).orElse("");
            sessionLogin.logInNewAccount(account);
            getUI().ifPresent(ui -> ui.getPage().setLocation("./" + next));
        } catch (AccountException e) {
            var field = switch (e.field()) {
                case USERNAME, TIME_ZONE -> username;
                case DISPLAY_NAME -> displayName;
                case PASSWORD, CURRENT_PASSWORD -> password;
                case CONFIRMATION -> confirmation;
            };
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            field.focus();
        }
    }
}

package app.skillpath.account.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.AccountRepository;
import app.skillpath.account.AccountService;
import app.skillpath.account.CurrentUser;
import app.skillpath.account.TestAccounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import app.skillpath.account.LoginThrottle;
import org.jooq.DSLContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static app.skillpath.db.generated.Tables.APP_USER;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignUpViewTest extends KaribuTest {

    @Autowired
    AccountRepository repository;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    DSLContext dsl;

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    AccountService accountService;

    @Autowired
    SessionLogin sessionLogin;

    @Test
    void signing_up_creates_the_account_and_logs_the_user_in() {
        String username = "karibu-" + UUID.randomUUID().toString().substring(0, 8);
        navigate("signup");

        fill(username, "Karibu Tester", TestAccounts.PASSWORD, TestAccounts.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("signup-create")));

        assertThat(repository.findByUsername(username)).isPresent();
        assertThat(currentUser.get()).hasValueSatisfying(user -> {
            assertThat(user.getUsername()).isEqualTo(username);
            assertThat(user.name()).isEqualTo("Karibu Tester");
        });
    }

    @Test
    void a_name_that_failed_logins_locked_before_it_had_an_account_can_sign_up_and_is_logged_in() {
        String username = "latecomer-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "someone guessing")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        navigate("signup");

        fill(username, "", TestAccounts.PASSWORD, TestAccounts.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("signup-create")));

        assertThat(repository.findByUsername(username)).isPresent();
        assertThat(currentUser.get()).hasValueSatisfying(user -> assertThat(user.getUsername()).isEqualTo(username));
        assertThat(_get(TextField.class, spec -> spec.withId("signup-username")).isInvalid()).isFalse();
    }

    @Test
    void a_new_account_whose_name_is_locked_between_its_creation_and_its_login_is_logged_in_all_the_same() {
        // the window between the sign-up's commit (which resets the name's count) and the automatic login, made wide:
        // someone posts wrong passwords for the new name in it. The login used to go through the lockout and failed
        // with LockedException: an account existed, its owner was not logged in and saw the error page.
        String username = "raced-" + UUID.randomUUID().toString().substring(0, 8);
        navigate("signup");
        Account created = accountService.signUp("203.0.113.77", username, "", TestAccounts.PASSWORD, TestAccounts.PASSWORD);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "someone guessing")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, TestAccounts.PASSWORD)))
                .as("the name is locked now, even for the right password").isInstanceOf(LockedException.class);

        sessionLogin.logInNewAccount(created);

        assertThat(currentUser.get()).hasValueSatisfying(user -> {
            assertThat(user.getUsername()).isEqualTo(username);
            assertThat(user.getPassword()).as("the hash stays out of the session").isNull();
        });
    }

    @Test
    void a_bad_username_is_explained_at_the_field_and_nothing_is_stored() {
        int before = dsl.fetchCount(APP_USER);
        navigate("signup");

        fill("zoë", "", TestAccounts.PASSWORD, TestAccounts.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("signup-create")));

        TextField username = _get(TextField.class, spec -> spec.withId("signup-username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).contains("no spaces, accents or symbols");
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
        assertThat(currentUser.get()).isEmpty();
    }

    @Test
    void different_passwords_are_explained_at_the_second_field() {
        navigate("signup");

        fill("someone-" + UUID.randomUUID().toString().substring(0, 8), "", TestAccounts.PASSWORD, "something else entirely");
        _click(_get(Button.class, spec -> spec.withId("signup-create")));

        PasswordField confirmation = _get(PasswordField.class, spec -> spec.withId("signup-confirmation"));
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("The two passwords are not the same.");
    }

    private static void fill(String username, String displayName, String password, String confirmation) {
        _get(TextField.class, spec -> spec.withId("signup-username")).setValue(username);
        _get(TextField.class, spec -> spec.withId("signup-display-name")).setValue(displayName);
        _get(PasswordField.class, spec -> spec.withId("signup-password")).setValue(password);
        _get(PasswordField.class, spec -> spec.withId("signup-confirmation")).setValue(confirmation);
    }
}

package app.skillpath.account.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.home.ui.HomeView;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void the_login_form_posts_to_spring_security_and_shows_no_error_at_first() {
        navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(pageText()).contains("Create an account").contains("ask whoever runs this Skillpath to reset it");
    }

    @Test
    void a_wrong_password_gets_a_message_that_does_not_say_which_part_was_wrong() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));

        navigate("login?error");

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(_get(LoginView.class).errorMessage())
                .isEqualTo("The username or password is not right. Check them and try again. "
                        + "After 5 failed tries, logging in with that username is paused for 15 minutes.");
    }

    @Test
    void a_locked_username_gets_the_lockout_message() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("Too many failed logins for this username. For your safety, logging in is paused until 10:15 UTC. Try again then."));

        navigate("login?error");

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(_get(LoginView.class).errorMessage()).startsWith("Too many failed logins for this username")
                .contains("paused until 10:15 UTC");
    }

    @Test
    void a_logged_in_user_is_sent_on_from_the_login_page() {
        Account account = testAccounts.create("already");
        login(account, testAccounts.passwordHash(account));

        navigate("login");

        _get(HomeView.class);
    }
}

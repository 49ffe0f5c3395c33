package app.skillpath.account;

import app.skillpath.AllAtOnce;
import app.skillpath.SpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lockout through the real authentication chain and database. */
@SpringTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutTest {

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    LoginFailureRepository failureRepository;

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_and_a_line_is_logged(CapturedOutput output) {
        Account account = testAccounts.create("lockme");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authenticate(account.username(), "wrong password"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> authenticate(account.username(), TestAccounts.PASSWORD))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("Too many failed logins for this username");
        assertThatThrownBy(() -> authenticate(account.username().toUpperCase(), TestAccounts.PASSWORD))
                .as("the lock ignores case").isInstanceOf(LockedException.class);
        assertThat(output).contains("Login for username '" + account.username() + "' locked until");
        assertThat(output).doesNotContain("wrong password");
    }

    @Test
    void a_successful_login_resets_the_count() {
        Account account = testAccounts.create("resetme");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> authenticate(account.username(), "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(authenticate(account.username(), TestAccounts.PASSWORD).isAuthenticated()).isTrue();

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> authenticate(account.username(), "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(authenticate(account.username(), TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void names_without_an_account_lock_the_same_way_so_the_lockout_reveals_nothing() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authenticate("nobody-by-this-name", "whatever password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> authenticate("nobody-by-this-name", "whatever password")).isInstanceOf(LockedException.class);
    }

    @Test
    void logins_match_the_username_regardless_of_case_and_spaces() {
        Account account = testAccounts.create("CaseUser");

        assertThat(authenticate("  " + account.username().toLowerCase() + " ", TestAccounts.PASSWORD).getPrincipal())
                .isInstanceOfSatisfying(SkillpathUser.class, user -> assertThat(user.id()).isEqualTo(account.id()));
    }

    @Test
    void forty_parallel_wrong_passwords_let_only_five_be_checked_and_then_the_right_one_is_refused() throws Exception {
        Account account = testAccounts.create("racer");
        int attempts = 40;
        Map<String, Long> counted = new TreeMap<>();
        for (String outcome : AllAtOnce.run(attempts, i -> () -> {
            try {
                authenticate(account.username(), "wrong password " + i);
                return "logged in";
            } catch (AuthenticationException e) {
                return e.getClass().getSimpleName();
            }
        })) {
            counted.merge(outcome, 1L, Long::sum);
        }

        // however the 40 interleave, only the first five reach the password check; the rest are refused unchecked
        assertThat(counted).containsExactlyInAnyOrderEntriesOf(Map.of(
                "BadCredentialsException", 5L, "LockedException", 35L));
        assertThat(failureRepository.find(UsernamePolicy.key(account.username())))
                .hasValueSatisfying(failures -> assertThat(failures.count()).isEqualTo(LoginThrottle.MAX_FAILURES));
        assertThatThrownBy(() -> authenticate(account.username(), TestAccounts.PASSWORD))
                .isInstanceOf(LockedException.class);
    }

    private Authentication authenticate(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}

package app.skillpath.account;

import app.skillpath.AllAtOnce;
import app.skillpath.SpringTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.db.generated.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringTest
class AccountServiceTest {

    @Autowired
    AccountService accountService;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    SignUpLimit signUpLimit;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void sign_up_stores_a_trimmed_name_and_only_a_bcrypt_hash_of_the_password() {
        String name = "ada" + unique();

        Account account = accountService.signUp("  " + name + "  ", "  Ada   Lovelace ", TestAccounts.PASSWORD, TestAccounts.PASSWORD);

        var stored = repository.findById(account.id()).orElseThrow();
        assertThat(stored.username()).isEqualTo(name);
        assertThat(stored.displayName()).isEqualTo("Ada Lovelace");
        assertThat(stored.passwordHash()).startsWith("{bcrypt}$2").doesNotContain(TestAccounts.PASSWORD);
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, stored.passwordHash())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blank username        | '   '                  | ''    | a long enough password | a long enough password | USERNAME     | Choose a username.
            over-long username    | abcdefghijabcdefghijabcdefghijabcdefghijX | '' | a long enough password | a long enough password | USERNAME | at most 40 characters
            odd Unicode           | zoë                    | ''    | a long enough password | a long enough password | USERNAME     | no spaces, accents or symbols
            short password        | okname                 | ''    | short                  | short                  | PASSWORD     | at least 10 characters
            password is username  | longusername1          | ''    | LongUserName1          | LongUserName1          | PASSWORD     | must not be your username
            passwords differ      | okname                 | ''    | a long enough password | a long enough passwort | CONFIRMATION | not the same
            over-long display name | okname                | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | a long enough password | a long enough password | DISPLAY_NAME | at most 80 characters
            """)
    void bad_sign_ups_are_refused_with_a_clear_message_and_store_nothing(String problem, String username, String displayName,
                                                                         String password, String confirmation,
                                                                         AccountException.Field field, String message) {
        int before = dsl.fetchCount(APP_USER);

        assertThatThrownBy(() -> accountService.signUp(username, displayName, password, confirmation))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
    }

    @Test
    void many_password_changes_at_once_do_not_drain_the_connection_pool() throws Exception {
        int people = 24; // more than the pool's 10 connections
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            accounts.add(testAccounts.create("pool" + i));
        }
        List<String> outcomes = AllAtOnce.run(people, i -> () -> {
            logIn(accounts.get(i));
            try {
                accountService.changePassword("not the password", "a brand new password", "a brand new password");
                return "changed";
            } catch (AccountException refused) {
                return refused.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        // before: the check's own transactions waited for a second connection while each change held one,
        // and the pool's 5 s timeout turned wrong passwords into "database unreachable" errors
        assertThat(outcomes).containsOnly("That is not your current password.").hasSize(people);
    }

    @Test
    void a_display_name_with_a_broken_character_is_refused_rather_than_stored_as_a_question_mark() {
        int before = dsl.fetchCount(APP_USER);

        assertThatThrownBy(() -> accountService.signUp("brokenname", "Ada \uD835", TestAccounts.PASSWORD, TestAccounts.PASSWORD))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo(AccountException.Field.DISPLAY_NAME);
                    assertThat(e.getMessage()).isEqualTo("This display name cannot be saved: it contains a broken character "
                            + "(an unpaired UTF-16 surrogate), which cannot be stored.");
                });
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
    }

    @Test
    void a_username_that_differs_only_in_case_is_taken() {
        String name = "grace" + unique();
        accountService.signUp(name, null, TestAccounts.PASSWORD, TestAccounts.PASSWORD);
        int before = dsl.fetchCount(APP_USER);

        assertThatThrownBy(() -> accountService.signUp(" " + name.toUpperCase() + " ", null, TestAccounts.PASSWORD, TestAccounts.PASSWORD))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("is taken");
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
    }

    @Test
    void the_database_refuses_a_case_variant_of_a_taken_username_even_past_the_service() {
        String name = "linus" + unique();
        repository.insert(name, null, "{bcrypt}x");

        assertThatThrownBy(() -> repository.insert(name.toUpperCase(), null, "{bcrypt}x"))
                .hasMessageContaining("app_user_username_lower_key");
        assertThatThrownBy(() -> repository.insert("bad name", null, "{bcrypt}x"))
                .hasMessageContaining("app_user_username_check");
    }

    @Test
    void changing_the_password_needs_the_current_one_and_then_the_new_one_works() {
        Account account = testAccounts.create("turing");
        logIn(account);

        assertThatThrownBy(() -> accountService.changePassword("wrong current", "a brand new password", "a brand new password"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo(AccountException.Field.CURRENT_PASSWORD));
        assertThatThrownBy(() -> accountService.changePassword(TestAccounts.PASSWORD, "short", "short"))
                .hasMessageContaining("at least 10 characters");

        accountService.changePassword(TestAccounts.PASSWORD, "a brand new password", "a brand new password");

        String hash = repository.findById(account.id()).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("a brand new password", hash)).isTrue();
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, hash)).isFalse();
    }

    @Test
    void five_wrong_current_passwords_lock_the_password_change_and_the_login_even_for_the_right_one() {
        Account account = testAccounts.create("guesser");
        logIn(account);
        String hashBefore = testAccounts.passwordHash(account);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            String guess = "guess number " + i;
            assertThatThrownBy(() -> accountService.changePassword(guess, "a brand new password", "a brand new password"))
                    .hasMessage("That is not your current password.");
        }

        assertThatThrownBy(() -> accountService.changePassword(TestAccounts.PASSWORD, "a brand new password", "a brand new password"))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo(AccountException.Field.CURRENT_PASSWORD);
                    assertThat(e.getMessage()).startsWith("Too many failed logins for this username.");
                });
        assertThatThrownBy(() -> accountService.deleteCurrentAccount(TestAccounts.PASSWORD))
                .hasMessageStartingWith("Too many failed logins for this username.");
        assertThat(testAccounts.passwordHash(account)).isEqualTo(hashBefore);
        assertThat(repository.findById(account.id())).isPresent();
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(account.username(), TestAccounts.PASSWORD)))
                .as("the same counter as the login").isInstanceOf(LockedException.class);
    }

    @Test
    void a_right_current_password_starts_the_count_again_even_when_the_new_password_is_refused() {
        Account account = testAccounts.create("fumbler");
        logIn(account);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
                assertThatThrownBy(() -> accountService.changePassword("not it", "a brand new password", "a brand new password"))
                        .hasMessage("That is not your current password.");
            }
            assertThatThrownBy(() -> accountService.changePassword(TestAccounts.PASSWORD, "short", "short"))
                    .hasMessageContaining("at least 10 characters");
        }

        accountService.changePassword(TestAccounts.PASSWORD, "a brand new password", "a brand new password");
        assertThat(passwordEncoder.matches("a brand new password", testAccounts.passwordHash(account))).isTrue();
    }

    @Test
    void an_address_that_created_its_accounts_for_the_hour_is_refused_with_a_message_and_nothing_is_stored() {
        String address = "203.0.113." + unique();
        for (int i = 0; i < signUpLimit.perHour(); i++) {
            accountService.signUp(address, "busy" + unique(), "", TestAccounts.PASSWORD, TestAccounts.PASSWORD);
        }
        int before = dsl.fetchCount(APP_USER);
        String username = "one-too-many" + unique();

        assertThatThrownBy(() -> accountService.signUp(address, username, "", TestAccounts.PASSWORD, TestAccounts.PASSWORD))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo(AccountException.Field.USERNAME);
                    assertThat(e.getMessage()).isEqualTo("Too many accounts were created from your network address "
                            + "in the last hour. Try again in an hour.");
                });
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
        assertThat(accountService.signUp("198.51.100." + unique(), username, "", TestAccounts.PASSWORD, TestAccounts.PASSWORD))
                .as("another address may").isNotNull();
    }

    @Test
    void refused_sign_ups_do_not_use_up_the_addresss_limit() {
        String address = "203.0.113." + unique();
        for (int i = 0; i < signUpLimit.perHour() + 1; i++) {
            assertThatThrownBy(() -> accountService.signUp(address, "x", "", TestAccounts.PASSWORD, TestAccounts.PASSWORD))
                    .hasMessageContaining("at least 3 characters");
        }

        assertThat(accountService.signUp(address, "patient" + unique(), "", TestAccounts.PASSWORD, TestAccounts.PASSWORD))
                .isNotNull();
    }

    @Test
    void services_act_only_on_the_logged_in_user() {
        Account alice = testAccounts.create("alice");
        Account bob = testAccounts.create("bob");
        logIn(bob);

        assertThat(accountService.currentAccount().id()).isEqualTo(bob.id());
        accountService.changePassword(TestAccounts.PASSWORD, "bobs new password", "bobs new password");

        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, testAccounts.passwordHash(alice))).isTrue();
    }

    @Test
    void without_a_login_personal_services_refuse() {
        assertThatThrownBy(() -> accountService.currentAccount()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> accountService.deleteCurrentAccount(TestAccounts.PASSWORD)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_operator_reset_sets_a_new_password_that_follows_the_policy() {
        Account account = testAccounts.create("forgetful");

        assertThatThrownBy(() -> accountService.resetPasswordAsOperator(account.username(), "short"))
                .hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> accountService.resetPasswordAsOperator("no-such-user-here", "a long enough new one"))
                .hasMessageContaining("There is no account called");

        accountService.resetPasswordAsOperator(account.username().toUpperCase(), "a temporary password");

        assertThat(passwordEncoder.matches("a temporary password", testAccounts.passwordHash(account))).isTrue();
    }


    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

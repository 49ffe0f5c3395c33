package app.skillpath.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccountPoliciesTest {

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @ValueSource(strings = {"ada", "Ada.Lovelace", "grace_hopper-1906", "a23456789012345678901234567890123456789x"})
    void usernames_of_3_to_40_plain_characters_are_accepted(String username) {
        assertThat(UsernamePolicy.problem(username)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                        | Choose a username.
            ab                                        | at least 3 characters
            a234567890123456789012345678901234567890x | at most 40 characters (this one has 41)
            ada lovelace                              | Use only the letters a-z
            jöhn                                      | no spaces, accents or symbols
            аda                                       | no spaces, accents or symbols
            ada@example.com                           | Use only the letters a-z
            """)
    void other_usernames_get_a_clear_message(String username, String message) {
        assertThat(UsernamePolicy.problem(username == null ? "" : username)).hasValueSatisfying(
                problem -> assertThat(problem).contains(message));
    }

    @Test
    void usernames_are_trimmed_and_compared_in_lower_case() {
        assertThat(UsernamePolicy.normalize("  Ada  ")).isEqualTo("Ada");
        assertThat(UsernamePolicy.key("  Ada  ")).isEqualTo("ada");
    }

    @ParameterizedTest(name = "\"{0}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            short     | ada | at least 10 characters
            ada.lovelace | ada.lovelace | must not be your username
            ADA.LOVELACE | ada.lovelace | must not be your username
            ''        | ada | Choose a password.
            """)
    void weak_passwords_get_a_clear_message(String password, String username, String message) {
        assertThat(PasswordPolicy.problem(password == null ? "" : password, username)).hasValueSatisfying(
                problem -> assertThat(problem).contains(message));
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_rather_than_cut() {
        assertThat(PasswordPolicy.problem("x".repeat(72), "ada")).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(73), "ada")).hasValueSatisfying(
                problem -> assertThat(problem).contains("at most 72 bytes"));
        assertThat(PasswordPolicy.problem("é".repeat(37), "ada")).as("74 bytes in UTF-8").isPresent();
    }

    @Test
    void ten_characters_that_are_not_the_username_are_enough() {
        assertThat(PasswordPolicy.problem("0123456789", "ada")).isEmpty();
    }
}

package app.skillpath.base.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.AccountRepository;
import app.skillpath.account.TestAccounts;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ColorSchemeTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountRepository accountRepository;

    @Test
    void the_dark_theme_is_remembered_for_the_user_in_a_new_tab_and_not_for_others() {
        Account dark = testAccounts.create("nightowl");
        Account light = testAccounts.create("earlybird");
        openNewTab();
        login(dark, testAccounts.passwordHash(dark));
        navigate("roles");
        assertThat(toggle().getAriaLabel()).contains("Use dark colours");

        _click(toggle());

        assertThat(toggle().getAriaLabel()).contains("Use light colours");
        assertThat(accountRepository.prefersDark(dark.id())).isTrue();
        openNewTab();
        login(dark, testAccounts.passwordHash(dark));
        navigate("");
        assertThat(toggle().getAriaLabel()).contains("Use light colours");

        openNewTab();
        login(light, testAccounts.passwordHash(light));
        navigate("");
        assertThat(toggle().getAriaLabel()).contains("Use dark colours");
        assertThat(accountRepository.prefersDark(light.id())).isFalse();
    }

    private static Button toggle() {
        return _get(Button.class, spec -> spec.withId("color-scheme-toggle"));
    }
}

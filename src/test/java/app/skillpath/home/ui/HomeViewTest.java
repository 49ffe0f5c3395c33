package app.skillpath.home.ui;

import app.skillpath.KaribuTest;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import org.jsoup.Jsoup;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void says_what_skillpath_does_in_two_sentences_and_leads_to_the_roles() {
        navigate("");

        String pitch = markup("home-pitch").text();
        assertThat(pitch.split("(?<=\\.) ")).hasSize(2);
        assertThat(markup("home-roles-link").attr("href")).isEqualTo("roles");
        assertThat(markup("home-compare-link").attr("href")).isEqualTo("compare");
        assertThat(markup("home-assessment-link").attr("href")).isEqualTo("assessment");
    }

    @Test
    void the_side_navigation_reaches_home_roles_and_compare_and_only_then_personal_pages() {
        navigate("");

        assertThat(navPaths()).containsExactly("", "roles", "compare");

        Account account = testAccounts.create("navigator");
        login(account, testAccounts.passwordHash(account));
        navigate("");
        assertThat(navPaths()).containsExactly("", "roles", "compare", "assessment", "targets", "fit", "reviews", "teams", "plan", "account");

        logout();
        navigate("");
        assertThat(navPaths()).containsExactly("", "roles", "compare");
    }

    private static List<String> navPaths() {
        String drawer = _get(HtmlBlock.class, spec -> spec.withClasses("drawer-content")).innerHtml();
        return Jsoup.parse(drawer).select("#main-nav vaadin-side-nav-item").eachAttr("path");
    }
}

package app.skillpath.base.ui;

import app.skillpath.KaribuTest;
import com.vaadin.flow.component.html.Paragraph;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import org.jsoup.Jsoup;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.router.RouterLink;
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

        String pitch = _get(Paragraph.class, spec -> spec.withId("home-pitch")).getText();
        assertThat(pitch.split("(?<=\\.) ")).hasSize(2);
        assertThat(_get(RouterLink.class, spec -> spec.withId("home-roles-link")).getHref()).isEqualTo("roles");
        assertThat(_get(RouterLink.class, spec -> spec.withId("home-compare-link")).getHref()).isEqualTo("compare");
        assertThat(_get(RouterLink.class, spec -> spec.withId("home-assessment-link")).getHref()).isEqualTo("assessment");
    }

    @Test
    void the_side_navigation_reaches_home_roles_and_compare_and_only_then_personal_pages() {
        navigate("");

        assertThat(navPaths()).containsExactly("", "roles", "compare");

        Account account = testAccounts.create("navigator");
        login(account, testAccounts.passwordHash(account));
        navigate("");
        assertThat(navPaths()).containsExactly("", "roles", "compare", "assessment", "fit", "plan", "account");

        logout();
        navigate("");
        assertThat(navPaths()).containsExactly("", "roles", "compare");
    }

    private static List<String> navPaths() {
        String drawer = _get(HtmlBlock.class, spec -> spec.withClasses("drawer-content")).innerHtml();
        return Jsoup.parse(drawer).select("#main-nav vaadin-side-nav-item").eachAttr("path");
    }
}

package app.skillpath.base.ui;

import app.skillpath.KaribuTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends KaribuTest {

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

        SideNav nav = _get(SideNav.class, spec -> spec.withId("main-nav"));
        assertThat(nav.getItems()).extracting(SideNavItem::getPath).containsExactly("", "roles", "compare");
    }
}

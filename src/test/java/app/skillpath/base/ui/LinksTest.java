package app.skillpath.base.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.ui.RoleListView;
import app.skillpath.home.ui.HomeView;
import app.skillpath.plan.PlanService;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link on every page leads to a page that exists: the addresses come from the routes (their
 * {@code @Menu} entries or their classes), so a route that is renamed takes its links with it.
 */
class LinksTest extends KaribuTest {

    private static final List<String> VISITOR_PAGES = List.of("", "roles", "roles/machine-learning-engineer", "compare",
            "login", "signup", "no-such-page", "roles/no-such-role");
    private static final List<String> USER_PAGES = List.of("", "roles", "roles/data-science-manager", "compare",
            "assessment", "fit", "plan?role=machine-learning-engineer", "account", "no-such-page");
    private static final List<String> TARGET_PAGES = List.of("targets", "targets/new", "targets/new/posting");

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    PlanService planService;

    @Autowired
    TargetService targetService;

    private Account account;

    @AfterEach
    void deleteAccount() {
        if (account != null) {
            testAccounts.delete(account);
        }
    }

    @Test
    void every_link_a_visitor_sees_leads_to_a_route() {
        Set<String> checked = new TreeSet<>();
        for (String page : VISITOR_PAGES) {
            navigate(page);
            checked.addAll(assertAllLinksResolve(page));
        }
        // the drawer, the header's ways in, and the pages' own links were all seen
        assertThat(checked).contains("", "roles", "compare", "login", "signup", "roles/machine-learning-engineer");
    }

    @Test
    void every_link_a_logged_in_user_sees_leads_to_a_route() {
        account = testAccounts.create("linker");
        login(account, testAccounts.passwordHash(account));
        assessmentService.rate("programming", 2);
        planService.createPlan("machine-learning-engineer", 5);
        Set<String> checked = new TreeSet<>();
        for (String page : USER_PAGES) {
            navigate(page);
            checked.addAll(assertAllLinksResolve(page));
        }
        // with a target, so that its list shows the links to its editor and plan
        targetService.create(targetService.draftFromRole("data-science-manager"));
        for (String page : TARGET_PAGES) {
            navigate(page);
            checked.addAll(assertAllLinksResolve(page));
        }
        // the posting reader's links to its highlights appear once a posting is read
        navigate("targets/new/posting");
        _get(TextArea.class, spec -> spec.withId("posting-input")).setValue("Requirements:\n- Strong statistics and SQL\n"
                + "- Experience with cheese making");
        _click(_get(Button.class, spec -> spec.withId("find-in-posting")));
        checked.addAll(assertAllLinksResolve("targets/new/posting (read)"));
        assertThat(checked).contains("assessment", "fit", "plan", "account", "plan?role=machine-learning-engineer",
                "targets", "targets/new", "targets/new/posting").anyMatch(href -> href.startsWith("targets/new/posting#ev-"));
        // a target's editor and plan, linked from the list of targets
        assertThat(checked).anyMatch(href -> href.matches("targets/target(:|%3A)\\d+/edit"))
                .anyMatch(href -> href.startsWith("plan?role=target"));

        // a target of the user's own: its links on /fit, its plan, the comparison with a role, its custom skill
        Target target = targetService.create(new TargetDraft("Analyst", "", "", "", List.of(
                TargetDraft.SkillDraft.newCustom("Looker dashboards", 2, 1, false)), Optional.empty(), List.of()));
        planService.createPlan(target.key(), 5);
        for (String page : List.of("fit", "plan?role=" + target.key(), "compare?left=" + target.key(), "assessment")) {
            navigate(page);
            checked.addAll(assertAllLinksResolve(page));
        }
        assertThat(checked).contains("plan?role=target%3A" + target.id());
    }

    @Test
    void a_renamed_route_takes_its_links_with_it() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.removeRoute(RoleListView.class);
        try {
            routes.setRoute("careers", RoleListView.class, List.of(MainLayout.class));

            // away and back, so the start page is built anew (the router keeps a page it is already on)
            navigate("compare");
            navigate("");

            assertThat(hrefs()).contains("careers").doesNotContain("roles");
            assertAllLinksResolve("");
        } finally {
            routes.removeRoute(RoleListView.class);
            routes.setAnnotatedRoute(RoleListView.class);
        }
        navigate("compare");
        navigate("");
        assertThat(hrefs()).contains("roles");
    }

    /** Fails naming the page and the link when a link leads nowhere; returns the links it checked. */
    private static List<String> assertAllLinksResolve(String page) {
        List<String> links = hrefs();
        for (String href : links) {
            // the query and a fragment (an in-page link such as a posting's highlight) are not part of the route
            String path = href.replaceFirst("[?#].*$", "");
            assertThat(RouteConfiguration.forApplicationScope().getRoute(path))
                    .as("the link “%s” on /%s leads to a route", href, page).isPresent();
        }
        return links;
    }

    /** The addresses of every link in the current UI: markup links, side-nav items and link components. */
    private static List<String> hrefs() {
        List<String> hrefs = new ArrayList<>();
        Document markup = markup();
        markup.select("a[href]").eachAttr("href").forEach(hrefs::add);
        markup.select("vaadin-side-nav-item[path]").eachAttr("path").forEach(hrefs::add);
        _find(RouterLink.class).forEach(link -> hrefs.add(link.getHref()));
        for (Anchor anchor : _find(Anchor.class)) {
            // downloads are served by Vaadin's resource handler, not by a route
            if (!anchor.getHref().startsWith("VAADIN/dynamic/")) {
                hrefs.add(anchor.getHref());
            }
        }
        assertThat(UI.getCurrent().getChildren().map(Component::getClass)).isNotEmpty();
        return hrefs;
    }
}

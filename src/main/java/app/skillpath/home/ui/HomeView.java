package app.skillpath.home.ui;

import app.skillpath.account.CurrentUser;
import app.skillpath.assessment.ui.AssessmentView;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.ui.CompareView;
import app.skillpath.catalog.ui.RoleListView;
import app.skillpath.plan.PlanService;
import app.skillpath.week.WeekService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jsoup.nodes.Element;

/**
 * The start page. Anonymous visitors read what Skillpath is for and the ways into it (read-only, so markup); a
 * logged-in user gets their week instead ({@link ThisWeekPage}).
 */
@Route(value = "", layout = MainLayout.class)
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@AnonymousAllowed
public class HomeView extends Composite<Component> implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final WeekService weekService;
    private final PlanService planService;

    public HomeView(CurrentUser currentUser, WeekService weekService, PlanService planService) {
        this.currentUser = currentUser;
        this.weekService = weekService;
        this.planService = planService;
    }

    @Override
    protected Component initContent() {
        return currentUser.get().<Component>map(user -> new ThisWeekPage(weekService, planService, user.name()))
                // built per page (about a kilobyte): its links follow the routes, which can change at run time
                .orElseGet(() -> HtmlBlock.page(SafeHtml.build(HomeView::content), "home"));
    }

    /** "This week" for a logged-in user, whose page it is; "Welcome" for a visitor. */
    @Override
    public String getPageTitle() {
        return (currentUser.get().isPresent() ? "This week" : "Welcome") + MainLayout.TITLE_SUFFIX;
    }

    /** Read on every arrival: coming back to the home page (the menu's Home while on it) shows the week as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (getContent() instanceof ThisWeekPage week) {
            week.render();
        }
    }

    private static void content(Element page) {
        page.appendElement("h2").text("Find the data career that fits you");
        page.appendElement("p").addClass("lead").id("home-pitch").text("Skillpath lays out what a Machine Learning "
                + "Engineer and a Data Science Manager do, what they need to know and how to get started, so you can "
                + "compare the two roles side by side. You then rate your own skills against them, see how well you fit "
                + "each role and why, and turn your gaps into a dated learning plan you work through week by week.");
        Element actions = page.appendElement("div").addClass("actions");
        Markup.link(actions, RoleListView.class, "Browse the roles").id("home-roles-link")
                .addClass("button-link").addClass("primary");
        Markup.link(actions, CompareView.class, "Compare them side by side").id("home-compare-link").addClass("button-link");
        Markup.link(actions, AssessmentView.class, "Rate yourself").id("home-assessment-link").addClass("button-link");
    }
}

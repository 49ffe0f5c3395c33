package app.skillpath.base.ui;

import app.skillpath.catalog.ui.CompareView;
import app.skillpath.catalog.ui.RoleListView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

@Route(value = "", layout = MainLayout.class)
@PageTitle("Welcome" + MainLayout.TITLE_SUFFIX)
@AnonymousAllowed
public class HomeView extends Main {

    public HomeView() {
        addClassNames("page", "home");

        H2 heading = new H2("Find the data career that fits you");
        Paragraph pitch = new Paragraph("Skillpath lays out what a Machine Learning Engineer and a Data Science "
                + "Manager do, what they need to know and how to get started, so you can compare the two roles side by side. "
                + "You then rate your own skills against them, see how well you fit each role and why, "
                + "and turn your gaps into a dated learning plan you work through week by week.");
        pitch.addClassName("lead");
        pitch.setId("home-pitch");

        RouterLink roles = new RouterLink("Browse the roles", RoleListView.class);
        roles.addClassNames("button-link", "primary");
        roles.setId("home-roles-link");
        RouterLink compare = new RouterLink("Compare them side by side", CompareView.class);
        compare.addClassName("button-link");
        compare.setId("home-compare-link");
        RouterLink assess = new RouterLink("Rate yourself", app.skillpath.assessment.ui.AssessmentView.class);
        assess.addClassName("button-link");
        assess.setId("home-assessment-link");
        Div actions = new Div(roles, compare, assess);
        actions.addClassName("actions");

        add(heading, pitch, actions);
    }
}

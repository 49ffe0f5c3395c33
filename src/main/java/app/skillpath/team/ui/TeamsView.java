package app.skillpath.team.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.Notifications;
import app.skillpath.team.TeamException;
import app.skillpath.team.TeamInvitationKind;
import app.skillpath.team.TeamService;
import app.skillpath.team.TeamSummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The user's teams, each linking to its matrix, and a form to create one. The list is only read, so it is markup; the
 * name field and its button are the components.
 */
@Menu(order = 4.7, title = "Teams", icon = "vaadin:group")
@Route(value = TeamsView.ROUTE, layout = MainLayout.class)
@PageTitle("Teams" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class TeamsView extends Main {

    static final String ROUTE = "teams";

    private final TeamService teamService;
    private final TextField name = new TextField("Team name");
    private final Div createError = new Div();
    private final Section list = new Section();

    public TeamsView(TeamService teamService) {
        this.teamService = teamService;
        addClassNames("page", "teams");
        add(HtmlBlock.of(root -> {
            root.appendElement("h1").text("Teams");
            root.appendElement("p").addClass("lead").text("A team puts its members' skill levels side by side: who "
                    + "can do what, which skills rest on one person, and what to hire or train for next.");
        }), list, createSection());
        list.setId("teams-list");
        list.addClassNames("article-section", "teams-list");
        renderList();
    }

    private void renderList() {
        list.removeAll();
        List<TeamSummary> teams = teamService.myTeams();
        list.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Your teams");
            if (teams.isEmpty()) {
                root.appendElement("p").id("teams-empty").text("You are in no team yet. A team is how a manager (the "
                        + "Data Science Manager, say) sees the skills of the people they lead as one matrix, with the "
                        + "skills no one covers and those that rest on a single person. Create one below and invite "
                        + "your team with a link, or join one through a link you were sent.");
                return;
            }
            Element items = root.appendElement("ul").addClass("team-list");
            teams.forEach(team -> teamItem(items.appendElement("li").id("team-" + team.id()).addClass("card")
                    .addClass("team-card"), team));
        }));
    }

    private static void teamItem(Element item, TeamSummary team) {
        Markup.link(item.appendElement("h3"), TeamInvitationKind.teamPath(team.id()), team.name())
                .id("team-link-" + team.id());
        Element facts = item.appendElement("p").addClass("team-facts");
        facts.appendText("Owner: " + team.ownerName() + " · " + members(team.memberCount()) + " · ");
        Markup.badge(facts, team.owned() ? "You own it" : "Member").addClass("team-role");
        item.appendElement("p").addClass("fine-print").addClass("team-sharing").text(team.sharesNotes()
                ? "The team sees your levels and your evidence notes."
                : "The team sees your levels only.");
        Element actions = item.appendElement("div").addClass("actions");
        Markup.link(actions, TeamInvitationKind.teamPath(team.id()), "Open the matrix").addClass("button-link")
                .addClass("primary").id("team-open-" + team.id());
        Markup.link(actions, TeamSettingsView.path(team.id()), team.owned() ? "Manage the team" : "Your settings")
                .addClass("button-link").id("team-settings-" + team.id());
    }

    static String members(int count) {
        return count + (count == 1 ? " member" : " members");
    }

    private Section createSection() {
        name.setId("team-name");
        name.setMaxLength(TeamService.NAME_MAX_LENGTH);
        name.setRequired(true);
        Button create = new Button("Create the team", event -> create());
        create.setId("team-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(name);
        createError.setId("team-create-error-slot");
        Div fields = new Div(name, create);
        fields.addClassNames("field-row", "team-create-fields");
        Section section = new Section();
        section.setId("team-create-section");
        section.addClassNames("article-section", "team-create");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Create a team");
            root.appendElement("p").text("You become its owner: you invite members by a link, set the team's target "
                    + "composition and can suggest steps for members' plans. Each member chooses what the team sees "
                    + "of them: their levels, and their evidence notes only if they want; never their plans, history "
                    + "or targets.");
            root.appendElement("p").addClass("fine-print").text("Give it a name of up to " + TeamService.NAME_MAX_LENGTH
                    + " characters, such as the team's or the project's name.");
        }), fields, createError);
        return section;
    }

    private void create() {
        createError.removeAll();
        try {
            long id = teamService.create(name.getValue());
            Notifications.saved("The team is created. Invite its members with a link.");
            getUI().ifPresent(ui -> ui.navigate(TeamSettingsView.path(id)));
        } catch (TeamException e) {
            createError.add(HtmlBlock.of(root -> root.appendElement("p").id("team-create-error").addClass("callout")
                    .attr("role", "alert").text(e.getMessage())));
            Notifications.error(e.getMessage());
        }
    }
}

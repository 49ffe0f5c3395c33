package app.skillpath.team.ui;

import app.skillpath.account.ui.LoginView;
import app.skillpath.team.TeamService;
import app.skillpath.team.TeamSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The list of the user's teams and the form that creates one. */
class TeamsViewTest extends TeamUiTest {

    TeamsViewTest() {
        super("tui-list");
    }

    private static void create(String name) {
        _get(TextField.class, spec -> spec.withId("team-name")).setValue(name);
        _click(_get(Button.class, spec -> spec.withId("team-create")));
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        navigate("teams");

        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void someone_in_no_team_reads_what_a_team_is_for() {
        open(stranger, "teams");

        assertThat(markup("teams-empty").text()).contains("You are in no team yet").contains("Data Science Manager")
                .contains("single person");
    }

    @Test
    void creating_a_team_makes_the_user_its_owner_and_opens_its_settings() {
        open(owner, "teams");

        create("  Data science  ");

        TeamSummary created = teams.myTeams().getFirst();
        assertThat(created.name()).isEqualTo("Data science");
        assertThat(created.owned()).isTrue();
        assertThat(currentView()).isInstanceOf(TeamSettingsView.class);
        assertThat(markup("team-title").text()).isEqualTo("Data science");
        _get(Button.class, spec -> spec.withId("team-link-create"));
    }

    @Test
    void an_empty_name_is_refused_with_a_message_and_no_team() {
        open(owner, "teams");

        create("   ");

        assertThat(markup("team-create-error").text()).isEqualTo("Give the team a name.");
        assertThat(teams.myTeams()).isEmpty();
        assertThat(currentView()).isInstanceOf(TeamsView.class);
    }

    @Test
    void a_name_longer_than_the_field_allows_is_refused_by_the_service_too() {
        open(owner, "teams");
        assertThat(_get(TextField.class, spec -> spec.withId("team-name")).getMaxLength())
                .isEqualTo(TeamService.NAME_MAX_LENGTH);

        // a forged request gets past the browser's maxlength: the service's own check answers it
        create("x".repeat(TeamService.NAME_MAX_LENGTH + 1));

        assertThat(markup("team-create-error").text()).isEqualTo("A team's name can have at most 100 characters; this one has 101.");
        assertThat(teams.myTeams()).isEmpty();
    }

    @Test
    void each_team_shows_its_owner_members_the_users_part_and_what_they_share() {
        long teamId = team("Platform");
        join(teamId, ada);
        as(ada);
        teams.share(teamId, true);

        open(ada, "teams");

        String item = markup("team-" + teamId).text();
        assertThat(item).contains("Platform").contains("Owner: tui-list.owner Tester").contains("2 members")
                .contains("Member").doesNotContain("You own it").contains("levels and your evidence notes");
        assertThat(markup("team-link-" + teamId).attr("href")).isEqualTo("teams/" + teamId);
        assertThat(markup("team-settings-" + teamId).attr("href")).isEqualTo("teams/" + teamId + "/settings");

        open(owner, "teams");
        assertThat(markup("team-" + teamId).text()).contains("You own it").contains("The team sees your levels only.");
    }

    @Test
    void a_removed_member_no_longer_finds_the_team() {
        long teamId = team("Platform");
        join(teamId, ada);
        as(owner);
        teams.remove(teamId, ada.id());

        open(ada, "teams");

        assertThat(markup().getElementById("team-" + teamId)).isNull();
        assertThat(markup("teams-empty").text()).contains("You are in no team yet");
    }
}

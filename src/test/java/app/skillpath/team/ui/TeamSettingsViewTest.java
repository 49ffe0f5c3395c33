package app.skillpath.team.ui;

import app.skillpath.account.Account;
import app.skillpath.team.Suggestion;
import app.skillpath.team.TeamInvitationSummary;
import app.skillpath.team.TeamMatrix;
import app.skillpath.team.TeamService;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.AbstractField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's settings page as every kind of visitor sees it: the owner's controls work and are stored, a member gets
 * only their own choices, and anyone else (or a forged address) the plain refusal with no control at all.
 */
class TeamSettingsViewTest extends TeamUiTest {

    private static final String MLE = TeamService.roleProfileKey("machine-learning-engineer");
    private static final String DSM = TeamService.roleProfileKey("data-science-manager");

    @Autowired
    TargetService targets;

    TeamSettingsViewTest() {
        super("tui-settings");
    }

    /** The ids of the page's own controls (buttons and fields), the layout's log-out and colour buttons left out. */
    private static Set<String> controls() {
        TeamSettingsView page = _get(TeamSettingsView.class);
        return _find(page, Component.class).stream()
                .filter(component -> component instanceof Button || component instanceof AbstractField<?, ?>)
                .map(component -> component.getId().orElse("(no id) " + component.getClass().getSimpleName()))
                .collect(Collectors.toSet());
    }

    private void assertRefusedWithoutControls() {
        assertThat(markup("team-refused").text()).isEqualTo(TeamService.NOT_YOUR_TEAM);
        assertThat(controls()).isEmpty();
    }

    private TeamMatrix matrixAs(Account account, long teamId) {
        as(account);
        return teams.matrix(teamId);
    }

    // ---- who gets in ----

    @Test
    void a_stranger_gets_the_plain_refusal_and_no_controls() {
        long teamId = teamOfThree();

        open(stranger, TeamSettingsView.path(teamId));

        assertRefusedWithoutControls();
        assertThat(pageText()).doesNotContain("Data science").doesNotContain("tui-settings.ada");
    }

    @Test
    void an_address_naming_no_team_reads_like_someone_elses_team() {
        long teamId = teamOfThree();

        for (String id : List.of("abc", "99999999999999999999999", "-1", "0", String.valueOf(teamId + 100_000))) {
            open(owner, "teams/" + id + "/settings");

            assertRefusedWithoutControls();
        }
    }

    @Test
    void a_removed_member_gets_the_refusal_even_with_the_page_still_open() {
        long teamId = teamOfThree();
        open(ada, TeamSettingsView.path(teamId));
        RadioButtonGroup<Boolean> sharing = sharing();
        as(owner);
        teams.remove(teamId, ada.id());
        as(ada);

        sharing.setValue(true);

        assertRefusedWithoutControls();
        open(ada, TeamSettingsView.path(teamId));
        assertRefusedWithoutControls();
    }

    @Test
    void a_former_owner_who_handed_over_and_left_gets_the_refusal() {
        long teamId = teamOfThree();
        teams.handOver(teamId, ada.id());
        teams.leave(teamId);

        open(owner, TeamSettingsView.path(teamId));

        assertRefusedWithoutControls();
    }

    @Test
    void a_member_gets_only_their_sharing_choice_and_leaving() {
        long teamId = teamOfThree();

        open(ada, TeamSettingsView.path(teamId));

        assertThat(controls()).containsExactlyInAnyOrder("team-sharing", "team-leave");
        assertThat(markup("team-facts").text()).contains("Owner: tui-settings.owner Tester").contains("3 members");
        assertThat(markup().getElementById("team-members")).isNull();
        assertThat(pageText()).contains("never shown to the team").doesNotContain("Invite members");
    }

    // ---- what a member chooses ----

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Boolean> sharing() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("team-sharing"));
    }

    @Test
    void a_member_shares_notes_at_once_and_can_go_back_to_levels_only() {
        long teamId = teamOfThree();
        open(ada, TeamSettingsView.path(teamId));
        assertThat(sharing().getValue()).isFalse();

        sharing().setValue(true);

        assertThat(matrixAs(owner, teamId).member(ada.id()).orElseThrow().sharesNotes()).isTrue();
        open(ada, TeamSettingsView.path(teamId));
        assertThat(sharing().getValue()).isTrue();
        sharing().setValue(false);
        assertThat(matrixAs(owner, teamId).member(ada.id()).orElseThrow().sharesNotes()).isFalse();
    }

    @Test
    void leaving_after_confirming_takes_the_member_out_and_back_to_the_list() {
        long teamId = teamOfThree();
        open(ada, TeamSettingsView.path(teamId));

        click("team-leave");
        confirm("confirm-leave");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(TeamsView.class);
        assertThat(matrixAs(owner, teamId).member(ada.id())).isEmpty();
    }

    @Test
    void the_owner_cannot_leave_and_is_told_to_hand_over_or_delete_first() {
        long teamId = teamOfThree();

        open(owner, TeamSettingsView.path(teamId));

        _assertNone(Button.class, spec -> spec.withId("team-leave"));
        assertThat(markup("team-owner-cannot-leave").text()).contains("hand it over").contains("delete it");
    }

    // ---- links ----

    @Test
    void a_new_link_is_shown_once_then_listed_as_open_and_can_be_withdrawn() {
        long teamId = teamOfThree();
        open(owner, TeamSettingsView.path(teamId));

        click("team-link-create");

        TextField link = _get(TextField.class, spec -> spec.withId("team-link"));
        assertThat(link.isReadOnly()).isTrue();
        assertThat(link.getValue()).matches("https?://.*/invitation/[A-Za-z0-9_-]{43}");
        _get(Button.class, spec -> spec.withId("team-link-copy"));
        TeamInvitationSummary made = teams.invitations(teamId).getFirst();
        assertThat(made.state()).isEqualTo(TeamInvitationSummary.State.OPEN);
        assertThat(markup("link-" + made.id()).text()).contains("Open").contains("expires on");

        open(owner, TeamSettingsView.path(teamId));
        _assertNone(TextField.class, spec -> spec.withId("team-link"));

        click("withdraw-link-" + made.id());
        confirm("confirm-withdraw-link");

        as(owner);
        assertThat(teams.invitations(teamId).getFirst().state()).isEqualTo(TeamInvitationSummary.State.WITHDRAWN);
        assertThat(markup("link-" + made.id()).text()).contains("Withdrawn");
        _assertNone(Button.class, spec -> spec.withId("withdraw-link-" + made.id()));
    }

    @Test
    void a_used_link_says_who_joined_by_it() {
        long teamId = teamOfThree();

        open(owner, TeamSettingsView.path(teamId));

        assertThat(markup().getElementsByClass("team-state-accepted").eachText())
                .containsExactlyInAnyOrder("Joined by tui-settings.ada Tester", "Joined by tui-settings.bo Tester");
    }

    // ---- members ----

    @Test
    void removing_a_member_after_confirming_takes_their_row_off_the_team() {
        long teamId = teamOfThree();
        open(owner, TeamSettingsView.path(teamId));

        onMember(ada.id(), "member-remove");
        confirm("confirm-remove");

        assertThat(matrixAs(owner, teamId).members()).extracting(TeamMatrix.Member::id)
                .containsExactlyInAnyOrder(owner.id(), bo.id());
        assertThat(markup().getElementById("member-" + ada.id())).isNull();
        assertThat(offered(bo.id())).isTrue();
        assertThat(offered(ada.id())).isFalse();
    }

    @Test
    void handing_over_makes_the_member_owner_and_leaves_the_old_owner_no_owner_controls() {
        long teamId = teamOfThree();
        open(owner, TeamSettingsView.path(teamId));
        assertThat(offered(owner.id())).as("the owner is not offered to themselves").isFalse();

        onMember(bo.id(), "member-make-owner");
        confirm("confirm-hand-over");

        assertThat(matrixAs(bo, teamId).viewerIsOwner()).isTrue();
        as(owner);
        assertThat(controls()).containsExactlyInAnyOrder("team-sharing", "team-leave");
        open(owner, TeamSettingsView.path(teamId));
        assertThat(controls()).containsExactlyInAnyOrder("team-sharing", "team-leave");
        open(bo, TeamSettingsView.path(teamId));
        assertThat(offered(owner.id())).as("the old owner is now a member the new owner can manage").isTrue();
    }

    // ---- composition ----

    @SuppressWarnings("unchecked")
    private static void line(int index, String profileKey, int people) {
        Select<TeamService.ProfileChoice> profile = _get(Select.class, spec -> spec.withId("composition-profile-" + index));
        profile.setValue(profile.getListDataView().getItems().filter(choice -> choice.key().equals(profileKey))
                .findFirst().orElseThrow());
        _get(IntegerField.class, spec -> spec.withId("composition-count-" + index)).setValue(people);
    }

    @Test
    void a_composition_set_on_the_page_is_stored_and_shown_again() {
        long teamId = teamOfThree();
        open(owner, TeamSettingsView.path(teamId));
        assertThat(markup("composition-empty").text()).contains("No composition yet");

        click("composition-add");
        line(0, MLE, 2);
        click("composition-add");
        line(1, DSM, 1);
        click("composition-save");

        assertThat(matrixAs(owner, teamId).composition())
                .containsExactly(new TeamMatrix.Need(MLE, 2), new TeamMatrix.Need(DSM, 1));
        open(owner, TeamSettingsView.path(teamId));
        assertThat(_get(IntegerField.class, spec -> spec.withId("composition-count-0")).getValue()).isEqualTo(2);
        assertThat(markup("composition-target-note").text()).contains("shares its title and required levels");
    }

    @Test
    @SuppressWarnings("unchecked")
    void one_of_the_owners_targets_can_be_a_line_and_its_title_and_levels_reach_the_members() {
        long teamId = teamOfThree();
        Target target = targets.create(new TargetDraft("Analytics lead", "", "", "", List.of(
                TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)), Optional.empty(), List.of()));
        open(owner, TeamSettingsView.path(teamId));
        click("composition-add");
        Select<TeamService.ProfileChoice> profile = _get(Select.class, spec -> spec.withId("composition-profile-0"));
        assertThat(profile.getItemLabelGenerator().apply(profile.getListDataView().getItems()
                .filter(choice -> choice.key().equals(target.key())).findFirst().orElseThrow()))
                .isEqualTo("Your target: Analytics lead");

        line(0, target.key(), 1);
        click("composition-save");

        TeamMatrix seenByAda = matrixAs(ada, teamId);
        assertThat(seenByAda.composition()).containsExactly(new TeamMatrix.Need(target.key(), 1));
        assertThat(seenByAda.profile(target.key()).orElseThrow().title()).isEqualTo("Analytics lead");
        assertThat(seenByAda.profile(target.key()).orElseThrow().required("statistics")).contains(3);
    }

    @Test
    void removing_a_line_and_saving_keeps_only_the_others() {
        long teamId = teamOfThree();
        teams.setComposition(teamId, List.of(new TeamMatrix.Need(MLE, 2), new TeamMatrix.Need(DSM, 1)));
        open(owner, TeamSettingsView.path(teamId));

        click("composition-remove-0");
        click("composition-save");

        assertThat(matrixAs(owner, teamId).composition()).containsExactly(new TeamMatrix.Need(DSM, 1));
    }

    @Test
    void a_line_without_a_role_or_with_too_many_people_is_refused_and_nothing_changes() {
        long teamId = teamOfThree();
        teams.setComposition(teamId, List.of(new TeamMatrix.Need(MLE, 2)));
        open(owner, TeamSettingsView.path(teamId));

        click("composition-add");
        click("composition-save");
        assertThat(markup("composition-error").text()).contains("Choose a role or target on every line");

        line(1, DSM, TeamService.MAX_HEAD_COUNT + 1);
        click("composition-save");
        assertThat(markup("composition-error").text()).isEqualTo("Each line needs 1 to 50 people, not 51.");

        assertThat(matrixAs(owner, teamId).composition()).containsExactly(new TeamMatrix.Need(MLE, 2));
    }

    @Test
    void no_more_than_the_limit_of_lines_can_be_added() {
        long teamId = teamOfThree();
        open(owner, TeamSettingsView.path(teamId));
        Button add = _get(Button.class, spec -> spec.withId("composition-add"));

        for (int i = 0; i < TeamService.MAX_COMPOSITION_LINES; i++) {
            _click(add);
        }

        assertThat(add.isEnabled()).isFalse();
        _get(Select.class, spec -> spec.withId("composition-profile-" + (TeamService.MAX_COMPOSITION_LINES - 1)));
    }

    // ---- suggestions ----

    @Test
    @SuppressWarnings("unchecked")
    void a_suggested_step_reaches_the_member_and_is_listed_as_waiting() {
        long teamId = teamOfThree();
        open(owner, TeamSettingsView.path(teamId));
        Select<TeamMatrix.Member> member = _get(Select.class, spec -> spec.withId("suggest-member"));
        assertThat(member.getListDataView().getItems().map(TeamMatrix.Member::id).toList())
                .containsExactlyInAnyOrder(ada.id(), bo.id());
        member.setValue(member.getListDataView().getItems().filter(m -> m.id() == ada.id()).findFirst().orElseThrow());
        ComboBox<TeamMatrix.MatrixSkill> skill = _get(ComboBox.class, spec -> spec.withId("suggest-skill"));
        skill.setValue(skill.getListDataView().getItems().filter(s -> s.key().equals("statistics")).findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId("suggest-title")).setValue("Refresh hypothesis testing");
        _get(TextArea.class, spec -> spec.withId("suggest-action")).setValue("Work through chapter 4.");

        click("suggest-send");

        Suggestion sent = teams.sentSuggestions(teamId).getFirst();
        assertThat(sent.title()).isEqualTo("Refresh hypothesis testing");
        assertThat(sent.memberId()).isEqualTo(ada.id());
        assertThat(markup("suggestion-" + sent.id()).text()).contains("Refresh hypothesis testing")
                .contains("tui-settings.ada Tester").contains("Waiting for an answer");
        as(ada);
        assertThat(teams.suggestionsForMe()).extracting(Suggestion::action).containsExactly("Work through chapter 4.");
    }

    @Test
    void a_suggestion_without_a_title_or_member_is_refused_with_a_message() {
        long teamId = teamOfThree();
        open(owner, TeamSettingsView.path(teamId));

        click("suggest-send");
        assertThat(markup("suggest-error").text()).isEqualTo("Choose the member the suggestion is for.");

        @SuppressWarnings("unchecked")
        Select<TeamMatrix.Member> member = _get(Select.class, spec -> spec.withId("suggest-member"));
        member.setValue(member.getListDataView().getItems().findFirst().orElseThrow());
        click("suggest-send");
        assertThat(markup("suggest-error").text()).isEqualTo("A suggestion needs a title of 1 to 200 characters.");
        assertThat(teams.sentSuggestions(teamId)).isEmpty();
    }

    // ---- the team ----

    @Test
    void renaming_shows_the_new_name_and_a_too_long_one_is_refused() {
        long teamId = teamOfThree();
        open(owner, TeamSettingsView.path(teamId));

        _get(TextField.class, spec -> spec.withId("team-rename-name")).setValue("x".repeat(101));
        click("team-rename");
        assertThat(markup("team-rename-error").text()).startsWith("A team's name can have at most 100 characters");

        _get(TextField.class, spec -> spec.withId("team-rename-name")).setValue("Analytics");
        click("team-rename");
        assertThat(markup("team-title").text()).isEqualTo("Analytics");
        assertThat(matrixAs(ada, teamId).teamName()).isEqualTo("Analytics");
    }

    @Test
    void deleting_after_confirming_ends_the_team_for_every_member() {
        long teamId = teamOfThree();
        open(owner, TeamSettingsView.path(teamId));

        click("team-delete");
        confirm("confirm-delete");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(TeamsView.class);
        assertThat(teams.myTeams()).isEmpty();
        open(ada, TeamSettingsView.path(teamId));
        assertRefusedWithoutControls();
    }
}

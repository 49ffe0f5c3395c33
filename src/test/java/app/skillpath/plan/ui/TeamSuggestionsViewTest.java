package app.skillpath.plan.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.invitation.Invitations;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.team.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.TEAM_SUGGESTION;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** "Suggested by your team" on /plan: a member adds a suggestion to a plan of theirs, or declines it. */
class TeamSuggestionsViewTest extends KaribuTest {

    private static final String ENGINEER = "machine-learning-engineer";
    private static final String MANAGER = "data-science-manager";

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    @Autowired
    PlanService plans;

    @Autowired
    AssessmentService assessment;

    @Autowired
    DSLContext dsl;

    private Account owner;
    private Account ada;
    private Account bo;
    private long teamId;

    @BeforeEach
    void aTeamOfThree() {
        owner = testAccounts.create("tsv.owner");
        ada = testAccounts.create("tsv.ada");
        bo = testAccounts.create("tsv.bo");
        as(owner);
        teamId = teams.create("Data science");
        for (Account member : new Account[]{ada, bo}) {
            as(owner);
            String token = teams.invite(teamId).token();
            as(member);
            invitations.accept(token);
        }
    }

    private void as(Account account) {
        login(account, testAccounts.passwordHash(account));
    }

    /** The owner suggests a step to the member; the suggestion's id. */
    private long suggest(Account member, String title, String action) {
        as(owner);
        return teams.suggest(teamId, member.id(), "programming", title, action);
    }

    private void open(Account account, String location) {
        as(account);
        navigate("roles");
        navigate(location);
    }

    @Test
    void a_suggestion_shows_who_suggested_it_in_which_team_its_skill_and_what_to_do() {
        long id = suggest(ada, "Learn pandas", "Work through the 10-minute tutorial");
        as(ada);
        plans.createPlan(ENGINEER, 10);

        open(ada, "plan?role=" + ENGINEER);

        assertThat(markup("suggestion-from-" + id).text())
                .isEqualTo("From tsv.owner Tester, owner of Data science · Skill: " + skillName("programming"));
        assertThat(pageText()).contains("Suggested by your team").contains("Learn pandas").contains("Work through the 10-minute tutorial");
        assertThat(_get(Select.class, spec -> spec.withId("suggestion-plan-" + id)).getLabel()).isEqualTo("Add to my plan for");
    }

    private String skillName(String key) {
        return dsl.select(SKILL.NAME).from(SKILL).where(SKILL.KEY.eq(key)).fetchOne().value1();
    }

    @Test
    void adding_a_suggestion_to_the_plan_shown_lists_the_step_at_once_and_the_suggestion_leaves() {
        long id = suggest(ada, "Learn pandas", "");
        as(ada);
        assessment.rate("statistics", 1);
        plans.createPlan(ENGINEER, 10);
        open(ada, "plan?role=" + ENGINEER);

        _click(_get(Button.class, spec -> spec.withId("accept-suggestion-" + id)));

        expectNotifications("Added “Learn pandas” to your plan for Machine Learning Engineer.");
        StepCard card = _get(StepCard.class, spec -> spec.withId("step-suggested-" + id));
        assertThat(_get(card, HtmlBlock.class).innerHtml()).contains("Suggested by your team").contains("Learn pandas");
        _assertNone(TeamSuggestions.class);
        PlanStep last = plans.myPlan(ENGINEER).orElseThrow().steps().getLast();
        assertThat(last.key()).isEqualTo("suggested:" + id);
    }

    @Test
    void adding_a_suggestion_to_another_plan_opens_that_plan_with_the_step() {
        long id = suggest(ada, "Lead a retro", "");
        as(ada);
        plans.createPlan(ENGINEER, 10);
        plans.createPlan(MANAGER, 5);
        open(ada, "plan?role=" + ENGINEER);
        @SuppressWarnings("unchecked")
        Select<PlanView.Choice> picker = _get(Select.class, spec -> spec.withId("suggestion-plan-" + id));
        assertThat(picker.getValue().key()).as("the plan shown is chosen first").isEqualTo(ENGINEER);
        assertThat(picker.getListDataView().getItems().map(PlanView.Choice::key).toList()).containsExactlyInAnyOrder(ENGINEER, MANAGER);

        picker.setValue(picker.getListDataView().getItems().filter(choice -> choice.key().equals(MANAGER)).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("accept-suggestion-" + id)));

        @SuppressWarnings("unchecked")
        Select<PlanView.Choice> shown = _get(Select.class, spec -> spec.withId("plan-role"));
        assertThat(shown.getValue().key()).isEqualTo(MANAGER);
        _get(StepCard.class, spec -> spec.withId("step-suggested-" + id));
        assertThat(plans.myPlan(ENGINEER).orElseThrow().steps()).extracting(PlanStep::key).doesNotContain("suggested:" + id);
    }

    @Test
    void declining_removes_the_suggestion_says_so_and_adds_no_step() {
        long id = suggest(ada, "Learn pandas", "");
        as(ada);
        plans.createPlan(ENGINEER, 10);
        int steps = plans.myPlan(ENGINEER).orElseThrow().steps().size();
        open(ada, "plan?role=" + ENGINEER);

        _click(_get(Button.class, spec -> spec.withId("decline-suggestion-" + id)));

        expectNotifications("You declined “Learn pandas”; tsv.owner Tester sees your answer.");
        _assertNone(TeamSuggestions.class);
        assertThat(plans.myPlan(ENGINEER).orElseThrow().steps()).hasSize(steps);
        assertThat(dsl.select(TEAM_SUGGESTION.STATE).from(TEAM_SUGGESTION).where(TEAM_SUGGESTION.ID.eq(id)).fetchOne().value1())
                .isEqualTo("declined");
    }

    @Test
    void without_a_plan_the_member_is_told_to_create_one_first_and_can_only_decline() {
        long id = suggest(ada, "Learn pandas", "");

        open(ada, "plan?role=" + ENGINEER);

        assertThat(pageText()).contains("You have no learning plan yet: create a plan first");
        _assertNone(Select.class, spec -> spec.withId("suggestion-plan-" + id));
        _assertNone(Button.class, spec -> spec.withId("accept-suggestion-" + id));
        _get(Button.class, spec -> spec.withId("decline-suggestion-" + id));
    }

    @Test
    void a_suggestion_from_a_team_the_member_left_is_not_shown() {
        long id = suggest(ada, "Learn pandas", "");
        as(ada);
        teams.leave(teamId);

        open(ada, "plan?role=" + ENGINEER);

        _assertNone(TeamSuggestions.class);
        assertThat(pageText()).doesNotContain("Learn pandas");
        assertThat(dsl.fetchCount(TEAM_SUGGESTION, TEAM_SUGGESTION.ID.eq(id))).isZero();
    }

    @Test
    void a_suggestion_for_another_member_is_not_on_the_page_and_a_removed_members_is_gone() {
        suggest(bo, "Only for Bo", "");
        suggest(ada, "For Ada, removed next", "");
        as(owner);
        teams.remove(teamId, ada.id());

        open(ada, "plan?role=" + ENGINEER);

        _assertNone(TeamSuggestions.class);
        assertThat(pageText()).doesNotContain("Only for Bo").doesNotContain("For Ada, removed next");
    }

    @Test
    void a_suggestion_answered_in_another_tab_meanwhile_is_refused_with_the_reason_and_leaves_the_page() {
        long id = suggest(ada, "Learn pandas", "");
        as(ada);
        plans.createPlan(ENGINEER, 10);
        open(ada, "plan?role=" + ENGINEER);
        teams.decline(id);

        _click(_get(Button.class, spec -> spec.withId("accept-suggestion-" + id)));

        expectNotifications("This suggestion is not waiting for you any more: it was answered, or you left the team that made it.");
        _assertNone(TeamSuggestions.class);
        assertThat(plans.myPlan(ENGINEER).orElseThrow().steps()).extracting(PlanStep::key).doesNotContain("suggested:" + id);
    }
}

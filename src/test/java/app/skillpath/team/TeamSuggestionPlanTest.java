package app.skillpath.team;

import app.skillpath.SpringTest;
import app.skillpath.account.TestAccounts;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanException;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepDraft;
import app.skillpath.plan.StepKind;
import app.skillpath.plan.StepStatus;
import app.skillpath.transfer.UserDataService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.PLAN_STEP;
import static app.skillpath.db.generated.Tables.TEAM_SUGGESTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A member accepts an owner's suggestion into one of their plans: where it lands, what keeps it, what refuses it. */
@SpringTest
class TeamSuggestionPlanTest extends TeamServiceTestBase {

    private static final String ENGINEER = "machine-learning-engineer";

    @Autowired
    PlanService plans;

    @Autowired
    UserDataService userData;

    TeamSuggestionPlanTest() {
        super("team-suggestion-plan");
    }

    /** A team of three; the owner suggests a step to Ada, who is logged in at the end; the suggestion's id. */
    private long suggestionToAda(String action) {
        long teamId = teamOfThree();
        long id = teams.suggest(teamId, ada.id(), "programming", "Learn pandas", action);
        TestAccounts.logIn(ada);
        return id;
    }

    private void rateAdaWithGaps() {
        assessment.rate("statistics", 1);
        assessment.rate("programming", 3);
    }

    @Test
    void an_accepted_suggestion_is_the_plans_last_step_and_the_suggestion_is_answered() {
        long id = suggestionToAda("Work through the 10-minute tutorial");
        rateAdaWithGaps();
        Plan before = plans.createPlan(ENGINEER, 10);

        Plan after = teams.accept(id, ENGINEER);

        assertThat(after.steps()).hasSize(before.steps().size() + 1);
        PlanStep added = after.steps().getLast();
        assertThat(added.key()).isEqualTo("suggested:" + id);
        assertThat(added.draft().title()).isEqualTo("Learn pandas");
        assertThat(added.draft().skillKey()).contains("programming");
        assertThat(added.draft().action()).startsWith("Work through the 10-minute tutorial").contains("team-suggestion-plan.owner");
        assertThat(added.status()).isEqualTo(StepStatus.TODO);
        assertThat(after.steps().subList(0, before.steps().size())).extracting(PlanStep::key)
                .containsExactlyElementsOf(before.steps().stream().map(PlanStep::key).toList());
        assertThat(teams.suggestionsForMe()).isEmpty();
        assertThat(dsl.select(TEAM_SUGGESTION.STATE).from(TEAM_SUGGESTION).where(TEAM_SUGGESTION.ID.eq(id)).fetchOne().value1())
                .isEqualTo("accepted");
    }

    @Test
    void an_accepted_step_with_an_effort_is_dated_after_the_open_steps_at_the_plans_pace() {
        TestAccounts.logIn(ada);
        rateAdaWithGaps();
        Plan plan = plans.createPlan(ENGINEER, 10);
        LocalDate lastDue = plan.expectedCompletion().orElseThrow();
        StepDraft draft = new StepDraft("suggested:99001", StepKind.SKILL, "Read the book", Optional.of("statistics"),
                Optional.empty(), Optional.empty(), List.of(), "Chapter 1 to 5", Optional.of(20));

        PlanStep added = plans.addSuggestedStep(ENGINEER, draft).steps().getLast();

        // 20 hours at 10 hours a week: 14 days, starting when the last open step is due
        assertThat(added.startsOn()).contains(lastDue);
        assertThat(added.dueOn()).contains(lastDue.plusDays(14));
    }

    @Test
    void updating_the_plan_from_the_ratings_keeps_the_accepted_step_with_its_status_and_note() {
        long id = suggestionToAda("");
        rateAdaWithGaps();
        plans.createPlan(ENGINEER, 10);
        PlanStep added = teams.accept(id, ENGINEER).steps().getLast();
        plans.updateStep(added.id(), added.version(), StepStatus.IN_PROGRESS, "Two chapters in");
        // the statistics gap closes: its generated step is closed by the ratings, the suggested one is left alone
        assessment.rate("statistics", 4);

        Plan regenerated = plans.regenerate(ENGINEER);

        PlanStep kept = regenerated.steps().stream().filter(step -> step.key().equals("suggested:" + id)).findFirst().orElseThrow();
        assertThat(kept.status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(kept.note()).contains("Two chapters in");
        assertThat(kept.closedByRating()).isFalse();
        assertThat(regenerated.steps()).filteredOn(step -> step.key().equals("skill:statistics"))
                .extracting(PlanStep::closedByRating).containsExactly(true);
    }

    @Test
    void accepting_into_a_plan_the_member_does_not_have_is_refused_and_the_suggestion_still_waits() {
        long id = suggestionToAda("");

        assertThatThrownBy(() -> teams.accept(id, ENGINEER)).isInstanceOf(PlanException.class)
                .hasMessageContaining("create the plan first");

        assertThat(teams.suggestionsForMe()).extracting(Suggestion::id).containsExactly(id);
        assertThat(dsl.fetchCount(PLAN_STEP, PLAN_STEP.OWNER_ID.eq(ada.id()))).isZero();
    }

    @Test
    void the_same_suggestion_cannot_be_added_to_one_plan_twice() {
        long id = suggestionToAda("");
        rateAdaWithGaps();
        plans.createPlan(ENGINEER, 10);
        PlanStep added = teams.accept(id, ENGINEER).steps().getLast();
        int steps = plans.myPlan(ENGINEER).orElseThrow().steps().size();

        assertThatThrownBy(() -> plans.addSuggestedStep(ENGINEER, added.draft())).isInstanceOf(PlanException.class)
                .hasMessage("This suggestion is in that plan already.");
        assertThatThrownBy(() -> teams.accept(id, ENGINEER)).isInstanceOf(TeamException.class);
        assertThat(plans.myPlan(ENGINEER).orElseThrow().steps()).hasSize(steps);
    }

    @Test
    void a_plan_with_an_accepted_step_survives_export_and_import_unchanged() {
        long id = suggestionToAda("x".repeat(TeamService.ACTION_MAX_LENGTH));
        rateAdaWithGaps();
        plans.createPlan(ENGINEER, 10);
        PlanStep added = teams.accept(id, ENGINEER).steps().getLast();
        plans.updateStep(added.id(), added.version(), StepStatus.DONE, "Done, thanks");
        String exported = userData.exportMine();

        TestAccounts.logIn(stranger);
        userData.importIntoMine(exported.getBytes(StandardCharsets.UTF_8));

        assertThat(userData.exportMine()).isEqualTo(exported);
        PlanStep imported = plans.myPlan(ENGINEER).orElseThrow().steps().getLast();
        assertThat(imported.key()).isEqualTo("suggested:" + id);
        assertThat(imported.draft()).isEqualTo(added.draft());
        assertThat(imported.status()).isEqualTo(StepStatus.DONE);
        assertThat(imported.doneOn()).contains(LocalDate.now(ZoneOffset.UTC));
    }

    @Test
    void an_accepted_suggestions_markup_stays_plain_words_in_the_members_plan_download() {
        long teamId = teamOfThree();
        long id = teams.suggest(teamId, ada.id(), "programming", "Learn *pandas* <img src=x onerror=alert(1)>",
                "Read this\n\n## 99. A step the member never accepted\n![](https://tracker.example/p.png) [win](javascript:alert(1))");
        TestAccounts.logIn(ada);
        plans.createPlan(ENGINEER, 10);

        Plan plan = teams.accept(id, ENGINEER);
        String markdown = app.skillpath.plan.PlanExport.markdown(plan, "Machine Learning Engineer");

        // the owner's words are the member's to read, not structure, links, images or HTML in their file
        assertThat(markdown.lines()).noneMatch(line -> line.startsWith("## 99."));
        assertThat(markdown).doesNotContain("![").doesNotContain("<img").contains("\\[win\\](javascript").doesNotContain("*pandas*")
                .contains("Learn \\*pandas\\* &lt;img src=x onerror=alert(1)>")
                .contains("Read this \\#\\# 99. A step the member never accepted");
    }
}

package app.skillpath.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Regenerating a plan that holds steps accepted from a team's suggestions (plain Java). */
class PlanMergeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static StepDraft generated(String key, int effort) {
        return new StepDraft(key, StepKind.SKILL, "Step " + key, Optional.of("statistics"), Optional.of(1), Optional.of(3),
                List.of(), "Do " + key, Optional.of(effort));
    }

    private static StepDraft suggestion(long id) {
        return new StepDraft(PlanMerge.SUGGESTED_PREFIX + id, StepKind.SKILL, "Learn pandas " + id, Optional.of("programming"),
                Optional.empty(), Optional.empty(), List.of(), "Work through the pandas tutorial (Suggested by Ann, Data science.)",
                Optional.empty());
    }

    @Test
    void a_suggested_step_is_kept_exactly_as_it_is_when_its_skill_has_no_gap_any_more() {
        PlanStep ownStep = new PlanStep(1, 0, generated("skill:programming", 40), Optional.of(MONDAY), Optional.of(MONDAY.plusDays(35)),
                StepStatus.TODO, Optional.empty(), Optional.empty(), false, 0);
        PlanStep suggested = new PlanStep(2, 1, suggestion(7), Optional.empty(), Optional.empty(), StepStatus.IN_PROGRESS,
                Optional.of("Half of the tutorial"), Optional.empty(), false, 4);

        // the ratings now show no gap at all: the generator gives no step
        List<PlanMerge.Merged> merged = PlanMerge.merge(List.of(ownStep, suggested), List.of(), MONDAY);

        PlanMerge.Merged kept = merged.stream().filter(m -> m.draft().key().equals("suggested:7")).findFirst().orElseThrow();
        assertThat(kept).isEqualTo(new PlanMerge.Merged(Optional.of(2L), suggestion(7), StepStatus.IN_PROGRESS,
                Optional.of("Half of the tutorial"), Optional.empty(), false, Optional.empty(), Optional.empty(), 4));
        PlanMerge.Merged closed = merged.stream().filter(m -> m.draft().key().equals("skill:programming")).findFirst().orElseThrow();
        assertThat(closed.closedByRating()).as("the generated step whose gap closed is closed, as before").isTrue();
    }

    @Test
    void suggested_steps_done_or_skipped_stay_as_they_are_and_none_is_dropped() {
        PlanStep done = new PlanStep(3, 0, suggestion(1), Optional.empty(), Optional.empty(), StepStatus.DONE,
                Optional.empty(), Optional.of(MONDAY.minusDays(3)), false, 2);
        PlanStep skipped = new PlanStep(4, 1, suggestion(2), Optional.empty(), Optional.empty(), StepStatus.SKIPPED,
                Optional.of("Not now"), Optional.empty(), false, 1);
        PlanStep open = new PlanStep(5, 2, suggestion(3), Optional.empty(), Optional.empty(), StepStatus.TODO,
                Optional.empty(), Optional.empty(), false, 0);

        List<PlanMerge.Merged> merged = PlanMerge.merge(List.of(done, skipped, open), List.of(generated("skill:statistics", 20)), MONDAY);

        assertThat(merged).extracting(m -> m.draft().key())
                .containsExactly("skill:statistics", "suggested:1", "suggested:2", "suggested:3");
        assertThat(merged.subList(1, 4)).extracting(PlanMerge.Merged::status)
                .containsExactly(StepStatus.DONE, StepStatus.SKIPPED, StepStatus.TODO);
        assertThat(merged.get(1).doneOn()).contains(MONDAY.minusDays(3));
        assertThat(merged.get(2).note()).contains("Not now");
        assertThat(merged.subList(1, 4)).extracting(PlanMerge.Merged::closedByRating).containsOnly(false);
        assertThat(merged.subList(1, 4)).extracting(PlanMerge.Merged::id).containsExactly(Optional.of(3L), Optional.of(4L), Optional.of(5L));
    }

    @Test
    void suggested_steps_come_after_the_generated_ones_and_before_those_closed_by_the_ratings() {
        PlanStep closing = new PlanStep(1, 0, generated("skill:mathematics", 30), Optional.empty(), Optional.empty(),
                StepStatus.TODO, Optional.empty(), Optional.empty(), false, 0);
        PlanStep suggested = new PlanStep(2, 1, suggestion(9), Optional.empty(), Optional.empty(), StepStatus.TODO,
                Optional.empty(), Optional.empty(), false, 0);

        List<PlanMerge.Merged> merged = PlanMerge.merge(List.of(closing, suggested), List.of(generated("skill:statistics", 20)), MONDAY);

        assertThat(merged).extracting(m -> m.draft().key()).containsExactly("skill:statistics", "suggested:9", "skill:mathematics");
        assertThat(merged.get(2).closedByRating()).isTrue();
        assertThat(merged.get(1).status()).isEqualTo(StepStatus.TODO);
    }

    @Test
    void only_keys_that_start_with_suggested_count_as_suggestions() {
        assertThat(PlanMerge.isSuggested("suggested:12")).isTrue();
        assertThat(PlanMerge.isSuggested("skill:suggested")).isFalse();
        assertThat(PlanMerge.isSuggested("evidence:mle-projects")).isFalse();
        assertThat(PlanMerge.isSuggested(null)).isFalse();
    }

    @Test
    void a_suggested_step_without_an_effort_is_left_out_of_the_progress_by_skill_instead_of_reading_done() {
        PlanStep statistics = new PlanStep(1, 0, generated("skill:statistics", 20), Optional.empty(), Optional.empty(),
                StepStatus.TODO, Optional.empty(), Optional.empty(), false, 0);
        PlanStep suggested = new PlanStep(2, 1, suggestion(4), Optional.empty(), Optional.empty(), StepStatus.TODO,
                Optional.empty(), Optional.empty(), false, 0);

        assertThat(PlanProgress.percentDoneBySkill(List.of(statistics, suggested))).containsOnlyKeys("statistics");
    }
}

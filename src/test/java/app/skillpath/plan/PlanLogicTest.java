package app.skillpath.plan;

import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogFiles;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.Role;
import app.skillpath.scoring.Answers;
import app.skillpath.scoring.FitCalculator;
import app.skillpath.scoring.RoleRequirements;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Plan generation, dating, regeneration, progress and exports, as plain Java on the article's catalog. */
class PlanLogicTest {

    private static final Catalog CATALOG = CatalogParser.parse(CatalogFiles.real());
    private static final Role ENGINEER = CATALOG.role("machine-learning-engineer").orElseThrow();
    private static final Map<String, Integer> ENGINEER_MET = Map.of("programming", 3, "ml-frameworks", 3,
            "data-structures-algorithms", 3, "statistics", 3, "mathematics", 3, "cloud-computing", 2);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void a_name_inside_a_sentence_keeps_its_capitals_and_an_ordinary_word_is_lowered() {
        assertThat(PlanGenerator.lowerFirst("Programming")).isEqualTo("programming");
        assertThat(PlanGenerator.lowerFirst("Data structures and algorithms")).isEqualTo("data structures and algorithms");
        assertThat(PlanGenerator.lowerFirst("R")).isEqualTo("R");
        assertThat(PlanGenerator.lowerFirst("C++ programming")).isEqualTo("C++ programming");
        assertThat(PlanGenerator.lowerFirst("SQL")).isEqualTo("SQL");
        assertThat(PlanGenerator.lowerFirst("PyTorch basics")).isEqualTo("PyTorch basics");
        assertThat(PlanGenerator.lowerFirst("")).isEmpty();
    }

    @Test
    void one_gap_gives_one_skill_step_with_the_articles_tip_and_the_recurring_step() {
        Map<String, Integer> ratings = new HashMap<>(ENGINEER_MET);
        ratings.put("statistics", 1);

        List<StepDraft> steps = generate(ratings, EducationLevel.BACHELOR, "computer-science");

        assertThat(steps).extracting(StepDraft::key).containsExactly("skill:statistics", "ongoing:mle-stay-current");
        StepDraft statistics = steps.getFirst();
        assertThat(statistics.title()).isEqualTo("Statistical concepts and methods: from 1 aware to 3 proficient");
        assertThat(statistics.articleTips()).containsExactly("Gain a strong foundation in Computer Science, mathematics, and statistics");
        assertThat(statistics.effortHours()).contains(80);
        assertThat(statistics.action()).startsWith("Spend about 80 hours on statistical concepts and methods");
        assertThat(steps.get(1).kind()).isEqualTo(StepKind.ONGOING);
        assertThat(steps.get(1).effortHours()).isEmpty();
    }

    @Test
    void many_gaps_come_in_gap_order_with_education_and_evidence_steps() {
        List<StepDraft> steps = generate(Map.of(), null, null);

        assertThat(steps).extracting(StepDraft::key).containsExactly(
                "skill:programming", "skill:ml-frameworks", "skill:data-structures-algorithms", "skill:statistics",
                "skill:mathematics", "education", "skill:cloud-computing", "evidence:mle-projects", "ongoing:mle-stay-current");
        assertThat(steps.get(0).effortHours()).contains(3 * 40);
        assertThat(steps.get(0).title()).isEqualTo("Programming: from not rated yet to 3 proficient");
        assertThat(steps.get(1).articleTips()).containsExactly(
                "Familiarize oneself with machine learning libraries and frameworks like TensorFlow, Keras, or PyTorch");
        assertThat(steps.get(1).action()).contains("working with TensorFlow, Keras, PyTorch");
        StepDraft evidence = steps.get(7);
        assertThat(evidence.articleTips()).containsExactly("Build projects that demonstrate one's machine learning skills");
        assertThat(evidence.effortHours()).contains(2 * 20);
    }

    @Test
    void a_skill_without_a_tip_in_the_article_says_so_and_uses_the_default_effort() {
        Map<String, Integer> ratings = new HashMap<>(ENGINEER_MET);
        ratings.remove("cloud-computing");

        StepDraft cloud = generate(ratings, EducationLevel.MASTER, "mathematics").getFirst();

        assertThat(cloud.key()).isEqualTo("skill:cloud-computing");
        assertThat(cloud.articleTips()).isEmpty();
        assertThat(cloud.effortHours()).contains(2 * PlanGenerator.DEFAULT_HOURS_PER_LEVEL_STEP);
        assertThat(cloud.action()).contains("The article gives no tip for this skill.");
    }

    @Test
    void an_unmet_education_requirement_is_its_own_long_term_step() {
        List<StepDraft> steps = generate(ENGINEER_MET, EducationLevel.HIGH_SCHOOL, "computer-science");

        assertThat(steps).extracting(StepDraft::key).containsExactly("education", "ongoing:mle-stay-current");
        assertThat(steps.getFirst().title())
                .isEqualTo("Education (long-term): from High school to Bachelor's degree in Computer science, Mathematics or a related field");
        assertThat(steps.getFirst().effortHours()).isEmpty();
    }

    @Test
    void no_gaps_leave_only_the_recurring_step() {
        assertThat(generate(ENGINEER_MET, EducationLevel.BACHELOR, "mathematics"))
                .extracting(StepDraft::kind).containsExactly(StepKind.ONGOING);
    }

    @Test
    void steps_are_dated_one_after_another_at_the_pace_and_a_new_pace_moves_the_dates() {
        List<PlanStep> steps = List.of(step(1, "skill:a", 80, StepStatus.TODO), step(2, "education", null, StepStatus.TODO),
                step(3, "skill:b", 40, StepStatus.TODO));

        List<PlanSchedule.Dates> atTen = PlanSchedule.schedule(steps, MONDAY, 10);
        assertThat(atTen.get(0)).isEqualTo(new PlanSchedule.Dates(Optional.of(MONDAY), Optional.of(MONDAY.plusDays(56))));
        assertThat(atTen.get(1)).isEqualTo(new PlanSchedule.Dates(Optional.empty(), Optional.empty()));
        assertThat(atTen.get(2)).isEqualTo(new PlanSchedule.Dates(Optional.of(MONDAY.plusDays(56)), Optional.of(MONDAY.plusDays(84))));
        assertThat(PlanSchedule.completion(atTen)).contains(MONDAY.plusDays(84));

        List<PlanSchedule.Dates> atTwenty = PlanSchedule.schedule(steps, MONDAY, 20);
        assertThat(PlanSchedule.completion(atTwenty)).contains(MONDAY.plusDays(42));
        assertThat(PlanSchedule.days(1, 40)).isEqualTo(1);
    }

    @Test
    void done_and_skipped_steps_keep_their_dates_and_take_no_time() {
        PlanStep done = new PlanStep(1, 0, draft("skill:a", 80), Optional.of(MONDAY.minusDays(30)), Optional.of(MONDAY.minusDays(2)),
                StepStatus.DONE, Optional.empty(), Optional.of(MONDAY.minusDays(1)), false, 1);
        List<PlanSchedule.Dates> dates = PlanSchedule.schedule(List.of(done, step(2, "skill:b", 40, StepStatus.SKIPPED),
                step(3, "skill:c", 7, StepStatus.TODO)), MONDAY, 7);

        assertThat(dates.get(0).dueOn()).contains(MONDAY.minusDays(2));
        assertThat(dates.get(2)).isEqualTo(new PlanSchedule.Dates(Optional.of(MONDAY), Optional.of(MONDAY.plusDays(7))));
    }

    @Test
    void regenerating_keeps_what_the_user_did_and_wrote_adds_new_gaps_and_closes_closed_ones() {
        PlanStep inProgress = new PlanStep(1, 0, draft("skill:a", 80), Optional.empty(), Optional.empty(), StepStatus.IN_PROGRESS,
                Optional.of("Half way through the course"), Optional.empty(), false, 3);
        PlanStep closed = new PlanStep(2, 1, draft("skill:b", 40), Optional.empty(), Optional.empty(), StepStatus.TODO,
                Optional.of("Bought the book"), Optional.empty(), false, 0);
        PlanStep skipped = new PlanStep(3, 2, draft("skill:c", 10), Optional.empty(), Optional.empty(), StepStatus.SKIPPED,
                Optional.of("Not for me"), Optional.empty(), false, 2);

        List<PlanMerge.Merged> merged = PlanMerge.merge(List.of(inProgress, closed, skipped),
                List.of(draft("skill:a", 40), draft("skill:d", 30), draft("skill:c", 10)), MONDAY);

        assertThat(merged).extracting(m -> m.draft().key()).containsExactly("skill:a", "skill:d", "skill:c", "skill:b");
        assertThat(merged.get(0).status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(merged.get(0).note()).contains("Half way through the course");
        assertThat(merged.get(0).draft().effortHours()).contains(40);
        assertThat(merged.get(1).id()).isEmpty();
        assertThat(merged.get(1).status()).isEqualTo(StepStatus.TODO);
        assertThat(merged.get(2).status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(merged.get(2).note()).contains("Not for me");
        PlanMerge.Merged gone = merged.get(3);
        assertThat(gone.status()).isEqualTo(StepStatus.DONE);
        assertThat(gone.closedByRating()).isTrue();
        assertThat(gone.doneOn()).contains(MONDAY);
        assertThat(gone.note()).contains("Bought the book");
    }

    @Test
    void progress_is_the_share_of_effort_done_and_skipped_steps_leave_the_total() {
        List<PlanStep> steps = List.of(step(1, "skill:a", 30, StepStatus.DONE), step(2, "skill:b", 10, StepStatus.TODO),
                step(3, "skill:c", 60, StepStatus.SKIPPED), step(4, "education", null, StepStatus.TODO));

        assertThat(PlanProgress.percentDone(steps)).isCloseTo(75.0, within(1e-9));
        assertThat(PlanProgress.percentDoneBySkill(steps)).containsEntry("a", 100.0).containsEntry("b", 0.0);
    }

    @Test
    void exports_carry_the_steps_as_markdown_csv_and_calendar_events() throws IOException {
        PlanStep first = new PlanStep(11, 0, draft("skill:a", 80), Optional.of(MONDAY), Optional.of(MONDAY.plusDays(56)),
                StepStatus.DONE, Optional.of("Finished, with a \"quote\", and a comma"), Optional.of(MONDAY.plusDays(50)), false, 1);
        Plan plan = new Plan(7, "machine-learning-engineer", 10, MONDAY, List.of(first, step(12, "education", null, StepStatus.TODO)));

        String markdown = PlanExport.markdown(plan, "Machine Learning Engineer");
        assertThat(markdown).startsWith("# Learning plan: Machine Learning Engineer")
                .contains("## 1. Step skill:a").contains("- Status: Done (2027-01-19)").contains("- From the article: “tip for skill:a”");

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(PlanExport.csv(plan))).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().get("note")).isEqualTo("Finished, with a \"quote\", and a comma");
        assertThat(rows.getFirst().get("due_on")).isEqualTo("2027-01-25");

        String ics = PlanExport.calendar(plan, "Machine Learning Engineer");
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("PRODID:-//Skillpath//Learning plan//EN")
                .contains("DTSTART;VALUE=DATE:20261130").contains("DTEND;VALUE=DATE:20270126")
                .contains("UID:plan-7-step-11@skillpath");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
    }

    @Test
    void the_weekly_trend_replays_the_rating_history() {
        RoleRequirements requirements = new RoleRequirements("r", "R",
                List.of(new RoleRequirements.SkillRequirement("a", "A", 2, 1)),
                new RoleRequirements.EducationRequirement(EducationLevel.NONE, Set.of("x"), 1));
        var history = List.of(
                new app.skillpath.assessment.RatingChange("a", Optional.of(1), MONDAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)),
                new app.skillpath.assessment.RatingChange("a", Optional.of(2), MONDAY.plusDays(9).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));

        var weeks = FitTrend.weekly(requirements, history, new Answers(Map.of("a", 2), Optional.of(EducationLevel.NONE), Optional.of("x")),
                MONDAY.plusDays(20));

        assertThat(weeks).extracting(FitTrend.Week::weekStart).containsExactly(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2));
        assertThat(weeks).extracting(FitTrend.Week::fit).containsExactly(75.0, 100.0, 100.0);
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_as_a_formula_are_neutralised_with_a_quote() throws IOException {
        // OWASP's CSV injection advice: = + - @ and a leading tab or carriage return start a formula in spreadsheets.
        // Every text column can hold text that did not come from the catalog: a note, and a title, tips and action
        // from an imported file or a team's suggested step.
        List<String> dangerous = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd");
        List<PlanStep> steps = new ArrayList<>();
        for (int i = 0; i < dangerous.size(); i++) {
            String text = dangerous.get(i);
            StepDraft hostile = new StepDraft("skill:s" + i, StepKind.SKILL, text, Optional.of("s" + i), Optional.empty(),
                    Optional.empty(), List.of(text, "a second tip"), text, Optional.of(10));
            steps.add(new PlanStep(i + 1, i, hostile, Optional.empty(), Optional.empty(), StepStatus.TODO,
                    Optional.of(text), Optional.empty(), false, 0));
        }
        steps.add(new PlanStep(99, 99, draft("skill:plain", 10), Optional.empty(), Optional.empty(), StepStatus.TODO,
                Optional.of("A plain note - with a dash inside"), Optional.empty(), false, 0));
        Plan plan = new Plan(7, "machine-learning-engineer", 10, MONDAY, steps);

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(PlanExport.csv(plan))).getRecords();

        for (int i = 0; i < dangerous.size(); i++) {
            String quoted = "'" + dangerous.get(i);
            assertThat(rows.get(i).get("title")).isEqualTo(quoted);
            assertThat(rows.get(i).get("article_tips")).isEqualTo(quoted + " | a second tip");
            assertThat(rows.get(i).get("action")).isEqualTo(quoted);
            assertThat(rows.get(i).get("note")).isEqualTo(quoted);
        }
        assertThat(rows.getLast().get("note")).isEqualTo("A plain note - with a dash inside");
        assertThat(rows.getLast().get("title")).isEqualTo("Step skill:plain");
        assertThat(rows.getLast().get("action")).isEqualTo("Do skill:plain");
    }

    @Test
    void a_history_from_the_year_1000_yields_at_most_two_years_of_weekly_points() {
        RoleRequirements requirements = new RoleRequirements("r", "R",
                List.of(new RoleRequirements.SkillRequirement("a", "A", 2, 1)),
                new RoleRequirements.EducationRequirement(EducationLevel.NONE, Set.of("x"), 1));
        var history = List.of(
                new app.skillpath.assessment.RatingChange("a", Optional.of(2), LocalDate.of(1000, 1, 1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)),
                new app.skillpath.assessment.RatingChange("a", Optional.of(1), MONDAY.minusWeeks(200).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));

        var weeks = FitTrend.weekly(requirements, history, new Answers(Map.of("a", 1), Optional.of(EducationLevel.NONE), Optional.of("x")),
                MONDAY);

        assertThat(weeks).hasSizeLessThanOrEqualTo(105).hasSizeGreaterThan(100);
        assertThat(weeks.getLast().weekStart()).isEqualTo(MONDAY);
        // the first point shown still counts every change before it: the rating of 1 from 200 weeks ago
        assertThat(weeks.getFirst().fit()).isEqualTo(75.0);
    }

    @Test
    void the_evidence_step_names_the_skills_with_gaps_it_demonstrates_and_the_recurring_step_the_habit() {
        List<StepDraft> steps = generate(Map.of(), null, null);

        StepDraft evidence = steps.get(7);
        assertThat(evidence.title()).isEqualTo("Show it: build projects that demonstrate one's machine learning skills");
        assertThat(evidence.action()).isEqualTo("Build one small project that shows machine learning libraries and frameworks "
                + "and programming (about 40 hours), publish it, and add it to your evidence notes.");
        assertThat(steps.get(8).title()).isEqualTo("Every week: stay up-to-date with the latest machine learning techniques and tools");
    }

    @Test
    void a_skill_name_that_starts_with_an_acronym_keeps_its_capitals_in_the_action() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.realWith("shared.yaml",
                "name: Statistical concepts and methods", "name: SQL and statistics"));
        Map<String, Integer> ratings = new HashMap<>(ENGINEER_MET);
        ratings.put("statistics", 1);

        StepDraft statistics = generate(catalog, ratings, EducationLevel.BACHELOR, "computer-science").getFirst();

        assertThat(statistics.title()).isEqualTo("SQL and statistics: from 1 aware to 3 proficient");
        assertThat(statistics.action()).isEqualTo("Spend about 80 hours on SQL and statistics: a course, a book or guided "
                + "exercises, about 40 hours per level. Then rate yourself again.");
    }

    @Test
    void a_one_letter_skill_name_still_gives_a_step() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.realWith("shared.yaml", "name: Mathematics\n    area:", "name: M\n    area:"));
        Map<String, Integer> ratings = new HashMap<>(ENGINEER_MET);
        ratings.put("mathematics", 2);

        StepDraft mathematics = generate(catalog, ratings, EducationLevel.BACHELOR, "computer-science").getFirst();

        assertThat(mathematics.title()).isEqualTo("M: from 2 working to 3 proficient");
        assertThat(mathematics.effortHours()).contains(40);
    }

    @Test
    void a_plan_is_expected_complete_on_the_last_due_date_of_its_open_steps() {
        PlanStep done = dated(1, StepStatus.DONE, MONDAY.plusDays(200));
        PlanStep skipped = dated(2, StepStatus.SKIPPED, MONDAY.plusDays(300));
        PlanStep inProgress = dated(3, StepStatus.IN_PROGRESS, MONDAY.plusDays(40));
        PlanStep todo = dated(4, StepStatus.TODO, MONDAY.plusDays(90));
        PlanStep undated = step(5, "education", null, StepStatus.TODO);

        assertThat(plan(done, skipped, inProgress, todo, undated).expectedCompletion()).contains(MONDAY.plusDays(90));
        assertThat(plan(done, inProgress, undated).expectedCompletion()).contains(MONDAY.plusDays(40));
        // finished steps are not waited for, however late they were due
        assertThat(plan(done, skipped, undated).expectedCompletion()).isEmpty();
    }

    @Test
    void a_plans_percent_done_is_its_share_of_effort_done() {
        Plan plan = plan(step(1, "skill:a", 30, StepStatus.DONE), step(2, "skill:b", 90, StepStatus.IN_PROGRESS),
                step(3, "skill:c", 50, StepStatus.SKIPPED));

        assertThat(plan.percentDone()).isCloseTo(25.0, within(1e-9));
        assertThat(plan(step(1, "education", null, StepStatus.TODO)).percentDone()).isEqualTo(100.0);
    }

    @Test
    void a_step_closed_by_a_rating_opens_again_when_its_gap_comes_back_and_finished_steps_stay_finished() {
        PlanStep closedByRating = new PlanStep(1, 0, draft("skill:a", 40), Optional.empty(), Optional.empty(), StepStatus.DONE,
                Optional.of("Took the course"), Optional.of(MONDAY.minusDays(9)), true, 4);
        PlanStep doneByHand = new PlanStep(2, 1, draft("skill:b", 40), Optional.empty(), Optional.empty(), StepStatus.DONE,
                Optional.empty(), Optional.of(MONDAY.minusDays(5)), false, 2);
        PlanStep skipped = new PlanStep(3, 2, draft("skill:c", 40), Optional.empty(), Optional.empty(), StepStatus.SKIPPED,
                Optional.of("Not for me"), Optional.empty(), false, 1);
        PlanStep closedEarlier = new PlanStep(4, 3, draft("skill:d", 40), Optional.empty(), Optional.empty(), StepStatus.DONE,
                Optional.empty(), Optional.of(MONDAY.minusDays(20)), true, 1);

        List<PlanMerge.Merged> merged = PlanMerge.merge(List.of(closedByRating, doneByHand, skipped, closedEarlier),
                List.of(draft("skill:a", 40)), MONDAY);

        assertThat(merged).extracting(m -> m.draft().key()).containsExactly("skill:a", "skill:b", "skill:c", "skill:d");
        PlanMerge.Merged reopened = merged.get(0);
        assertThat(reopened.status()).isEqualTo(StepStatus.TODO);
        assertThat(reopened.doneOn()).isEmpty();
        assertThat(reopened.closedByRating()).isFalse();
        assertThat(reopened.note()).contains("Took the course");
        assertThat(reopened.version()).isEqualTo(4);
        // gaps closed now: what the user finished or skipped keeps its status and date, and is not claimed by the rating
        assertThat(merged.get(1).status()).isEqualTo(StepStatus.DONE);
        assertThat(merged.get(1).doneOn()).contains(MONDAY.minusDays(5));
        assertThat(merged.get(1).closedByRating()).isFalse();
        assertThat(merged.get(2).status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(merged.get(2).doneOn()).isEmpty();
        assertThat(merged.get(2).closedByRating()).isFalse();
        assertThat(merged.get(3).doneOn()).contains(MONDAY.minusDays(20));
        assertThat(merged.get(3).closedByRating()).isTrue();
    }

    @Test
    void statuses_and_kinds_are_stored_by_key_and_read_back() {
        assertThat(StepStatus.values()).extracting(StepStatus::key).containsExactly("todo", "in-progress", "done", "skipped");
        assertThat(StepStatus.values()).extracting(StepStatus::label).containsExactly("To do", "In progress", "Done", "Skipped");
        assertThat(StepStatus.fromKey("in-progress")).contains(StepStatus.IN_PROGRESS);
        assertThat(StepStatus.fromKey("todo")).contains(StepStatus.TODO);
        assertThat(StepStatus.fromKey("finished")).isEmpty();
        assertThat(StepStatus.values()).filteredOn(StepStatus::isOpen).containsExactly(StepStatus.TODO, StepStatus.IN_PROGRESS);
        assertThat(StepKind.values()).extracting(StepKind::key).containsExactly("skill", "evidence", "education", "ongoing");
        assertThat(StepKind.fromKey("evidence")).contains(StepKind.EVIDENCE);
        assertThat(StepKind.fromKey("skill")).contains(StepKind.SKILL);
        assertThat(StepKind.fromKey("habit")).isEmpty();
    }

    @Test
    void a_stale_save_carries_the_step_as_it_now_is() {
        PlanStep current = step(3, "skill:a", 40, StepStatus.DONE);

        StaleStepException stale = new StaleStepException(current);

        assertThat(stale.current()).isSameAs(current);
        assertThat(stale).hasMessage("This step was changed in another tab or window since you opened it. It now shows the latest "
                + "version; make your change again if you still want it.");
    }

    @Test
    void no_rating_history_gives_no_weekly_trend() {
        RoleRequirements requirements = new RoleRequirements("r", "R",
                List.of(new RoleRequirements.SkillRequirement("a", "A", 2, 1)),
                new RoleRequirements.EducationRequirement(EducationLevel.NONE, Set.of("x"), 1));

        assertThat(FitTrend.weekly(requirements, List.of(), new Answers(Map.of("a", 2), Optional.empty(), Optional.empty()), MONDAY))
                .isEmpty();
    }

    private static PlanStep dated(long id, StepStatus status, LocalDate due) {
        return new PlanStep(id, (int) id, draft("skill:s" + id, 10), Optional.of(MONDAY), Optional.of(due), status,
                Optional.empty(), Optional.empty(), false, 0);
    }

    private static Plan plan(PlanStep... steps) {
        return new Plan(1, "machine-learning-engineer", 10, MONDAY, List.of(steps));
    }

    private static List<StepDraft> generate(Map<String, Integer> ratings, EducationLevel education, String field) {
        return generate(CATALOG, ratings, education, field);
    }

    private static List<StepDraft> generate(Catalog catalog, Map<String, Integer> ratings, EducationLevel education, String field) {
        Answers answers = new Answers(ratings, Optional.ofNullable(education), Optional.ofNullable(field));
        Role engineer = catalog.role(ENGINEER.key()).orElseThrow();
        var skills = catalog.skillsByKey();
        RoleRequirements requirements = new RoleRequirements(engineer.key(), engineer.title(),
                engineer.requiredSkills().stream().map(r -> new RoleRequirements.SkillRequirement(r.skillKey(),
                        skills.get(r.skillKey()).name(), r.requiredLevel(), r.weight())).toList(),
                new RoleRequirements.EducationRequirement(engineer.education().minimum(), Set.copyOf(engineer.education().fieldKeys()),
                        engineer.education().weight()));
        return PlanGenerator.generate(engineer, FitCalculator.score(requirements, answers), answers, skills,
                catalog.toolsByKey(), catalog.fieldsByKey());
    }

    private static StepDraft draft(String key, Integer effort) {
        return new StepDraft(key, key.startsWith("skill:") ? StepKind.SKILL : StepKind.EDUCATION, "Step " + key,
                key.startsWith("skill:") ? Optional.of(key.substring(6)) : Optional.empty(), Optional.empty(), Optional.empty(),
                new ArrayList<>(List.of("tip for " + key)), "Do " + key, Optional.ofNullable(effort));
    }

    private static PlanStep step(long id, String key, Integer effort, StepStatus status) {
        return new PlanStep(id, (int) id, draft(key, effort), Optional.empty(), Optional.empty(), status, Optional.empty(),
                Optional.empty(), false, 0);
    }

    /** A target's basis as PlanService builds it: its own needs, the article's tips, education without the article's words. */
    private static PlanBasis targetBasis(Optional<PlanBasis.EducationNeed> education, PlanBasis.Need... needs) {
        List<app.skillpath.catalog.Tip> tips = new ArrayList<>(ENGINEER.tips());
        return new PlanBasis(List.of(needs), tips, education);
    }

    private static RoleRequirements targetRequirements(PlanBasis basis, Optional<RoleRequirements.EducationRequirement> education) {
        return new RoleRequirements("target:1", "Posting", basis.skills().stream()
                .map(need -> new RoleRequirements.SkillRequirement(need.skillKey(), need.name(), need.requiredLevel(), 2)).toList(),
                education);
    }

    @Test
    void a_custom_skill_step_counts_its_owners_hours_per_level_and_says_the_article_has_no_tip() {
        PlanBasis basis = targetBasis(Optional.empty(),
                new PlanBasis.Need("custom:7", "Kubernetes", 3, java.util.OptionalInt.of(12)),
                new PlanBasis.Need("statistics", "Statistical concepts and methods", 3, java.util.OptionalInt.empty()));
        Answers answers = new Answers(Map.of("custom:7", 1, "statistics", 3), Optional.empty(), Optional.empty());

        List<StepDraft> steps = PlanGenerator.generate(basis, FitCalculator.score(targetRequirements(basis, Optional.empty()), answers),
                answers, CATALOG.toolsByKey(), CATALOG.fieldsByKey());

        assertThat(steps).extracting(StepDraft::key).containsExactly("skill:custom:7", "ongoing:mle-stay-current");
        StepDraft kubernetes = steps.getFirst();
        assertThat(kubernetes.title()).isEqualTo("Kubernetes: from 1 aware to 3 proficient");
        assertThat(kubernetes.effortHours()).contains(2 * 12);
        assertThat(kubernetes.articleTips()).isEmpty();
        assertThat(kubernetes.action()).startsWith("Spend about 24 hours on Kubernetes")
                .endsWith("(This is a skill of your own: the article gives no tip for it, and the hours per level are your own estimate.)");
    }

    @Test
    void a_targets_catalog_skill_gets_the_articles_tip_and_a_target_without_education_gets_no_education_step() {
        PlanBasis basis = targetBasis(Optional.empty(),
                new PlanBasis.Need("ml-frameworks", "Machine learning libraries and frameworks", 4, java.util.OptionalInt.empty()));
        Answers answers = new Answers(Map.of(), Optional.empty(), Optional.empty());

        List<StepDraft> steps = PlanGenerator.generate(basis, FitCalculator.score(targetRequirements(basis, Optional.empty()), answers),
                answers, CATALOG.toolsByKey(), CATALOG.fieldsByKey());

        assertThat(steps).extracting(StepDraft::key)
                .containsExactly("skill:ml-frameworks", "evidence:mle-projects", "ongoing:mle-stay-current");
        // the article's tip for the frameworks counts 30 hours per level
        assertThat(steps.getFirst().effortHours()).contains(4 * 30);
        assertThat(steps.getFirst().action()).contains("working with TensorFlow, Keras, PyTorch").doesNotContain("no tip");
        assertThat(steps.get(1).action()).contains("machine learning libraries and frameworks");
    }

    @Test
    void a_targets_education_step_names_its_fields_and_has_no_article_words_when_the_posting_gave_none() {
        PlanBasis basis = targetBasis(Optional.of(new PlanBasis.EducationNeed(EducationLevel.MASTER, List.of("statistics"), true,
                        Optional.empty())),
                new PlanBasis.Need("statistics", "Statistical concepts and methods", 3, java.util.OptionalInt.empty()));
        Answers answers = new Answers(Map.of("statistics", 3), Optional.of(EducationLevel.BACHELOR), Optional.of("statistics"));
        RoleRequirements requirements = targetRequirements(basis, Optional.of(
                new RoleRequirements.EducationRequirement(EducationLevel.MASTER, Set.of("statistics"), 2)));

        List<StepDraft> steps = PlanGenerator.generate(basis, FitCalculator.score(requirements, answers), answers,
                CATALOG.toolsByKey(), CATALOG.fieldsByKey());

        StepDraft education = steps.getFirst();
        assertThat(education.key()).isEqualTo("education");
        assertThat(education.title()).isEqualTo("Education (long-term): from Bachelor's degree to Master's degree in Statistics or a related field");
        assertThat(education.articleTips()).isEmpty();
        assertThat(education.action()).contains("master's degree or equivalent study in Statistics or a related field");
    }

    @Test
    void an_education_need_with_no_named_field_reads_as_any_related_field_or_none() {
        Answers answers = new Answers(Map.of(), Optional.empty(), Optional.empty());
        for (boolean related : List.of(true, false)) {
            PlanBasis basis = targetBasis(Optional.of(new PlanBasis.EducationNeed(EducationLevel.BACHELOR, List.of(), related,
                    Optional.of("A degree"))));
            RoleRequirements requirements = new RoleRequirements("target:2", "Degree only", List.of(),
                    Optional.of(new RoleRequirements.EducationRequirement(EducationLevel.BACHELOR, Set.of(), 1)));

            StepDraft education = PlanGenerator.generate(basis, FitCalculator.score(requirements, answers), answers,
                    CATALOG.toolsByKey(), CATALOG.fieldsByKey()).getFirst();

            assertThat(education.title()).isEqualTo("Education (long-term): from not answered to Bachelor's degree"
                    + (related ? " in a related field" : ""));
            assertThat(education.articleTips()).containsExactly("A degree");
        }
    }

    @Test
    void a_roles_basis_leaves_out_a_skill_the_catalog_no_longer_offers() {
        Map<String, app.skillpath.catalog.Skill> withoutCloud = new HashMap<>(CATALOG.skillsByKey());
        withoutCloud.remove("cloud-computing");

        PlanBasis basis = PlanBasis.of(ENGINEER, withoutCloud);

        assertThat(basis.skills()).extracting(PlanBasis.Need::skillKey)
                .containsExactly("programming", "ml-frameworks", "data-structures-algorithms", "statistics", "mathematics");
        assertThat(basis.need("cloud-computing")).isEmpty();
        assertThat(basis.skills()).noneMatch(PlanBasis.Need::isOwnSkill);
    }
}

package app.skillpath.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three downloads, compared whole with what a user should get: a step of every kind and status, a note
 * with a line break and quotes, cells a spreadsheet would run as formulas. Dates are worked out from MONDAY by hand
 * (2026-11-30 + 56 days = 2027-01-25, + 77 = 2027-02-15, + 91 = 2027-03-01).
 */
class PlanExportTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static Plan plan() {
        PlanStep done = new PlanStep(11, 0, new StepDraft("skill:statistics", StepKind.SKILL,
                "Statistics: from 1 aware to 3 proficient", Optional.of("statistics"), Optional.of(1), Optional.of(3),
                List.of("Gain a strong foundation in statistics"), "Spend about 80 hours on statistics.", Optional.of(80)),
                Optional.of(MONDAY), Optional.of(MONDAY.plusDays(56)), StepStatus.DONE,
                Optional.of("Finished the course,\nwith \"notes\""), Optional.of(MONDAY.plusDays(50)), false, 2);
        PlanStep closed = new PlanStep(12, 1, new StepDraft("skill:cloud-computing", StepKind.SKILL,
                "Cloud: from 1 aware to 2 working", Optional.of("cloud-computing"), Optional.of(1), Optional.of(2),
                List.of(), "=Spend about 30 hours on cloud.", Optional.of(30)),
                Optional.of(MONDAY.plusDays(56)), Optional.of(MONDAY.plusDays(77)), StepStatus.DONE,
                Optional.empty(), Optional.of(MONDAY.plusDays(60)), true, 1);
        PlanStep education = new PlanStep(13, 2, new StepDraft("education", StepKind.EDUCATION,
                "Education (long-term): from High school to Bachelor's degree in Mathematics", Optional.empty(),
                Optional.empty(), Optional.empty(), List.of("A bachelor's degree is typically required"),
                "Plan a bachelor's degree.", Optional.empty()),
                Optional.empty(), Optional.empty(), StepStatus.TODO, Optional.empty(), Optional.empty(), false, 0);
        PlanStep open = new PlanStep(14, 3, new StepDraft("evidence:mle-projects", StepKind.EVIDENCE,
                "Show it: build projects", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of("Build projects", "Publish them"), "Build one small project.", Optional.of(20)),
                Optional.of(MONDAY.plusDays(77)), Optional.of(MONDAY.plusDays(91)), StepStatus.IN_PROGRESS,
                Optional.of("+started"), Optional.empty(), false, 3);
        PlanStep skipped = new PlanStep(15, 4, new StepDraft("skill:mathematics", StepKind.SKILL,
                "Mathematics: from 2 working to 3 proficient", Optional.of("mathematics"), Optional.of(2), Optional.of(3),
                List.of(), "Spend about 40 hours on mathematics.", Optional.of(40)),
                Optional.empty(), Optional.of(MONDAY.plusDays(120)), StepStatus.SKIPPED,
                Optional.empty(), Optional.empty(), false, 1);
        return new Plan(7, "machine-learning-engineer", 10, MONDAY, List.of(done, closed, education, open, skipped));
    }

    @Test
    void the_markdown_export_lists_every_step_with_its_status_dates_tips_and_note() {
        assertThat(PlanExport.markdown(plan(), "Machine Learning Engineer")).isEqualTo("""
                # Learning plan: Machine Learning Engineer

                - Pace: 10 hours a week
                - Started: 2026-11-30
                - Expected completion: 2027-03-01
                - Done: 85% of the effort

                ## 1. Statistics: from 1 aware to 3 proficient

                - Status: Done (2027-01-19)
                - Effort: about 80 hours
                - Dates: 2026-11-30 to 2027-01-25
                - From the article: “Gain a strong foundation in statistics”
                - Action: Spend about 80 hours on statistics.
                - Note: Finished the course, with "notes"

                ## 2. Cloud: from 1 aware to 2 working

                - Status: Done (2027-01-29), closed by your ratings
                - Effort: about 30 hours
                - Dates: 2027-01-25 to 2027-02-15
                - Action: =Spend about 30 hours on cloud.

                ## 3. Education (long-term): from High school to Bachelor's degree in Mathematics

                - Status: To do
                - From the article: “A bachelor's degree is typically required”
                - Action: Plan a bachelor's degree.

                ## 4. Show it: build projects

                - Status: In progress
                - Effort: about 20 hours
                - Dates: 2027-02-15 to 2027-03-01
                - From the article: “Build projects”
                - From the article: “Publish them”
                - Action: Build one small project.
                - Note: +started

                ## 5. Mathematics: from 2 working to 3 proficient

                - Status: Skipped
                - Effort: about 40 hours
                - Action: Spend about 40 hours on mathematics.
                """);
    }

    @Test
    void a_plan_with_no_open_dated_step_says_there_is_nothing_left_to_date() {
        PlanStep education = plan().steps().get(2);
        Plan plan = new Plan(8, "data-science-manager", 5, MONDAY, List.of(education));

        assertThat(PlanExport.markdown(plan, "Data Science Manager")).startsWith("""
                # Learning plan: Data Science Manager

                - Pace: 5 hours a week
                - Started: 2026-11-30
                - Expected completion: nothing left to date
                - Done: 100% of the effort

                ## 1. Education (long-term)""");
    }

    @Test
    void the_csv_export_has_one_row_per_step_numbered_from_1_with_formula_cells_neutralised() {
        // commons-csv's default format: CRLF between records, quotes around a cell with a comma, quote or line break
        assertThat(PlanExport.csv(plan())).isEqualTo(
                "step,title,kind,status,effort_hours,starts_on,due_on,done_on,article_tips,action,note\r\n"
                + "1,Statistics: from 1 aware to 3 proficient,skill,done,80,2026-11-30,2027-01-25,2027-01-19,"
                + "Gain a strong foundation in statistics,Spend about 80 hours on statistics.,\"Finished the course,\nwith \"\"notes\"\"\"\r\n"
                + "2,Cloud: from 1 aware to 2 working,skill,done,30,2027-01-25,2027-02-15,2027-01-29,,'=Spend about 30 hours on cloud.,\r\n"
                + "3,Education (long-term): from High school to Bachelor's degree in Mathematics,education,todo,,,,,"
                + "A bachelor's degree is typically required,Plan a bachelor's degree.,\r\n"
                + "4,Show it: build projects,evidence,in-progress,20,2027-02-15,2027-03-01,,Build projects | Publish them,"
                + "Build one small project.,'+started\r\n"
                + "5,Mathematics: from 2 working to 3 proficient,skill,skipped,40,,2027-03-30,,,Spend about 40 hours on mathematics.,\r\n");
    }

    @Test
    void the_calendar_has_an_all_day_event_per_step_with_both_dates_ending_the_day_after_it_is_due() {
        String calendar = PlanExport.calendar(plan(), "Machine Learning Engineer");

        // DTSTAMP is the time of the download (RFC 5545 requires it), the only line that is not the plan's
        assertThat(calendar).containsPattern("DTSTAMP:\\d{8}T\\d{6}Z\r\n");
        assertThat(calendar.replaceAll("DTSTAMP:\\d{8}T\\d{6}Z\r\n", "")).isEqualTo("""
                BEGIN:VCALENDAR
                PRODID:-//Skillpath//Learning plan//EN
                VERSION:2.0
                CALSCALE:GREGORIAN
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20261130
                DTEND;VALUE=DATE:20270126
                SUMMARY:Machine Learning Engineer: Statistics: from 1 aware to 3 proficient
                UID:plan-7-step-11@skillpath
                DESCRIPTION:Spend about 80 hours on statistics. Status: Done.
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270125
                DTEND;VALUE=DATE:20270216
                SUMMARY:Machine Learning Engineer: Cloud: from 1 aware to 2 working
                UID:plan-7-step-12@skillpath
                DESCRIPTION:=Spend about 30 hours on cloud. Status: Done.
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270215
                DTEND;VALUE=DATE:20270302
                SUMMARY:Machine Learning Engineer: Show it: build projects
                UID:plan-7-step-14@skillpath
                DESCRIPTION:Build one small project. Status: In progress.
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n"));
    }

    @Test
    void downloads_are_named_after_the_role() {
        assertThat(PlanExport.fileName("machine-learning-engineer", "md")).isEqualTo("skillpath-plan-machine-learning-engineer.md");
        assertThat(PlanExport.fileName("data-science-manager", "ics")).isEqualTo("skillpath-plan-data-science-manager.ics");
    }

    @Test
    void a_targets_downloads_are_named_after_its_title_made_safe_for_any_file_system() {
        assertThat(PlanExport.fileName("data-science-manager", "Ignored for a role", "md"))
                .isEqualTo("skillpath-plan-data-science-manager.md");
        assertThat(PlanExport.fileName("target:12", "Analyst @ Acme / Berlin", "csv")).isEqualTo("skillpath-plan-analyst-acme-berlin.csv");
        assertThat(PlanExport.fileName("target:12", "  Ingénieure ML (Zürich)  ", "ics")).isEqualTo("skillpath-plan-ingenieure-ml-zurich.ics");
        // nothing left of the title: the key, without the colon Windows refuses
        assertThat(PlanExport.fileName("target:12", "@@@ ///", "md")).isEqualTo("skillpath-plan-target-12.md");
        // a long title is cut at 60 characters, never leaving a trailing hyphen
        String cut = PlanExport.fileName("target:12", "a".repeat(59) + " b" + "c".repeat(40), "md");
        assertThat(cut).isEqualTo("skillpath-plan-" + "a".repeat(59) + ".md");
        assertThat(PlanExport.fileName("target:12", "x".repeat(60), "md")).isEqualTo("skillpath-plan-" + "x".repeat(60) + ".md");
        assertThat(PlanExport.fileName("target:12", "y".repeat(61), "md")).isEqualTo("skillpath-plan-" + "y".repeat(60) + ".md");
    }
}

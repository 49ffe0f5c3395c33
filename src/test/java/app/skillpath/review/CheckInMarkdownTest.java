package app.skillpath.review;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A check-in's Markdown: both sets of levels, the agreed ones and the comments, with user text kept in its cell. */
class CheckInMarkdownTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String HOSTILE = "Strong | but\nsee <script>alert(1)</script> & more";

    private static CheckIn checkIn(String comment) {
        CheckIn.Snapshot snapshot = new CheckIn.Snapshot("Hand-picked skills (2)", Instant.parse("2026-11-20T10:00:00Z"),
                List.of(new CheckIn.Item("stats", "Statistics", 2, 3, false, 3, comment),
                        new CheckIn.Item("sql", "SQL", 4, null, true, 4, null)),
                List.of(new CheckIn.Fit("analyst", "Analyst", 67, 83L, 50), new CheckIn.Fit("target:3", "Data lead", 40, null, 40)));
        // 23:30 in UTC is the next day in Berlin: the file is dated in the owner's zone
        return new CheckIn(12, Instant.parse("2026-11-26T23:30:00Z"), "Rita", snapshot);
    }

    private static List<String> lines(String markdown) {
        return markdown.lines().toList();
    }

    /** The cells of a table row, split on the pipes that are not escaped. */
    private static List<String> cells(String row) {
        String[] parts = row.split("(?<!\\\\)\\|", -1);
        return Arrays.stream(parts, 1, parts.length - 1).map(String::strip).toList();
    }

    private static String rowOf(String markdown, String firstCell) {
        return lines(markdown).stream().filter(line -> line.startsWith("| " + firstCell + " |")).findFirst().orElseThrow();
    }

    @Test
    void the_skills_table_has_both_levels_the_flag_the_agreed_level_and_the_comment() {
        String markdown = CheckInMarkdown.write(checkIn("Runs our experiments"), BERLIN);

        assertThat(markdown).startsWith("# Check-in of 2026-11-27: a second opinion\n");
        assertThat(markdown).contains("- Reviewer: Rita\n", "- Review submitted: 2026-11-20\n");
        assertThat(cells(rowOf(markdown, "Statistics"))).containsExactly("Statistics", "2 working", "3 proficient",
                "1 level apart: worth a conversation", "3 proficient", "Runs our experiments");
        assertThat(cells(rowOf(markdown, "SQL"))).containsExactly("SQL", "4 expert", "can't judge",
                "Not compared: one of you gave no level", "4 expert", "");
    }

    @Test
    void a_skill_the_owner_never_rated_says_not_rated_in_both_of_their_columns() {
        CheckIn.Snapshot snapshot = new CheckIn.Snapshot("Statistics", Instant.parse("2026-11-20T10:00:00Z"),
                List.of(new CheckIn.Item("stats", "Statistics", null, 2, false, null, null)), List.of());

        String markdown = CheckInMarkdown.write(new CheckIn(3, Instant.parse("2026-11-21T10:00:00Z"), "Rita", snapshot), BERLIN);

        assertThat(cells(rowOf(markdown, "Statistics"))).containsExactly("Statistics", "not rated", "2 working",
                "Not compared: one of you gave no level", "not rated", "");
    }

    @Test
    void the_fit_table_gives_whole_percents_and_says_when_the_reviewer_gave_no_levels() {
        String markdown = CheckInMarkdown.write(checkIn(null), BERLIN);

        assertThat(cells(rowOf(markdown, "Analyst"))).containsExactly("Analyst", "67%", "83%", "50%");
        assertThat(cells(rowOf(markdown, "Data lead"))).containsExactly("Data lead", "40%", "no levels given", "40%");
    }

    @Test
    void a_comment_with_a_pipe_a_line_break_a_script_and_an_ampersand_stays_in_its_cell_and_inert() {
        String markdown = CheckInMarkdown.write(checkIn(HOSTILE), BERLIN);

        String row = rowOf(markdown, "Statistics");
        List<String> cells = cells(row);
        assertThat(cells).hasSize(6);
        assertThat(cells.get(5)).isEqualTo("Strong \\| but see &lt;script>alert(1)&lt;/script> &amp; more");
        assertThat(markdown).doesNotContain("<script", "</script", "& more").contains("| SQL | 4 expert |");
        // the comment's line break did not end the row: the next skill's row follows it directly
        List<String> lines = lines(markdown);
        assertThat(lines.get(lines.indexOf(row) + 1)).startsWith("| SQL |");
    }

    @Test
    void the_file_name_carries_the_owners_date_and_the_check_ins_number() {
        assertThat(CheckInMarkdown.fileName(checkIn(null), BERLIN)).isEqualTo("skillpath-check-in-2026-11-27-12.md");
        assertThat(CheckInMarkdown.fileName(checkIn(null), ZoneId.of("UTC"))).isEqualTo("skillpath-check-in-2026-11-26-12.md");
    }
}

package app.skillpath.team;

import app.skillpath.team.TeamMatrix.MatrixSkill;
import app.skillpath.team.TeamMatrix.Need;
import app.skillpath.team.TeamMatrix.Profile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static app.skillpath.team.TeamFixture.ANA;
import static app.skillpath.team.TeamFixture.team;
import static org.assertj.core.api.Assertions.assertThat;

/** The hiring brief of {@link TeamFixture}'s team, compared whole, and with hostile names in it. */
class HiringBriefTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void the_brief_lists_the_composition_and_every_gap_in_the_analysis_order() {
        TeamMatrix matrix = team();

        // the gaps are TeamAnalysisTest's worked example; the role the team cannot see is not listed
        assertThat(HiringBrief.markdown(matrix, TeamAnalysis.hiringGap(matrix), TODAY)).isEqualTo("""
                # Hiring brief: Data team

                - Date: 2026-11-27
                - Members now: 3
                - Levels: 0 none, 1 aware, 2 working, 3 proficient, 4 expert

                ## Target composition

                - 2 × Data Scientist
                - 1 × Analyst
                - 1 × Data lead

                ## Gaps

                People needed and Have count everyone at the level needed or above.

                | Skill | Level needed | People needed | Have | Short by |
                |---|---|---|---|---|
                | Machine learning | 2 working | 2 | 0 | 2 |
                | Statistics | 3 proficient | 2 | 1 | 1 |
                | Python | 3 proficient | 2 | 1 | 1 |
                | Python | 2 working | 3 | 2 | 1 |
                """);
    }

    @Test
    void a_team_that_meets_its_composition_gets_a_sentence_instead_of_a_table() {
        TeamMatrix matrix = team(List.of(ANA), List.of(new Need("role:analyst", 1)));

        String markdown = HiringBrief.markdown(matrix, TeamAnalysis.hiringGap(matrix), TODAY);

        assertThat(markdown).endsWith("""
                ## Target composition

                - 1 × Analyst

                ## Gaps

                No skill falls short: the team has enough people at every level its target composition asks for.
                """).doesNotContain("| Skill |");
    }

    @Test
    void a_team_without_a_composition_says_so() {
        TeamMatrix matrix = team(List.of(ANA), List.of(new Need("role:not-visible", 2)));

        assertThat(HiringBrief.markdown(matrix, List.of(), TODAY))
                .contains("## Target composition\n\nNo target composition is set.\n\n## Gaps\n")
                .doesNotContain("not-visible");
    }

    @Test
    void a_hostile_team_name_stays_inert_in_the_brief() {
        String hostile = "Ops | <script>alert(1)</script>\n# [click](javascript:alert(1)) ![x](https://t.example/p.png) *b* _i_ `c` & co";
        MatrixSkill skill = new MatrixSkill("python", "Py|thon\n| x |", "Programming");
        Profile profile = new Profile("target:3", "- [Lead](https://evil.example)\n## owned", true, Map.of("python", 3));
        TeamMatrix matrix = new TeamMatrix(7, hostile, 1, true, List.of(ANA), List.of(skill), List.of(profile),
                List.of(new Need("target:3", 2)));

        String markdown = HiringBrief.markdown(matrix, TeamAnalysis.hiringGap(matrix), TODAY);

        List<String> lines = markdown.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("# Hiring brief: Ops \\| &lt;script>alert(1)&lt;/script> \\# \\[click\\](javascript:alert(1)) "
                + "!\\[x\\](https://t.example/p.png) \\*b\\* \\_i\\_ \\`c\\` &amp; co");
        assertThat(lines).contains("- 2 × - \\[Lead\\](https://evil.example) \\#\\# owned",
                "| Py\\|thon \\| x \\| | 3 proficient | 2 | 1 | 1 |");
        // no user text started a line of its own: every line is one the brief writes
        assertThat(lines).filteredOn(line -> line.startsWith("#")).containsExactly(lines.getFirst(),
                "## Target composition", "## Gaps");
        // no link or image: every "](" is escaped
        assertThat(markdown).doesNotContain("<script", "& co").doesNotContainPattern("[^\\\\]\\]\\(");
    }

    @Test
    void the_file_is_named_after_the_teams_number_and_the_date() {
        assertThat(HiringBrief.fileName(team(), TODAY)).isEqualTo("skillpath-hiring-brief-team-7-2026-11-27.md");
    }
}

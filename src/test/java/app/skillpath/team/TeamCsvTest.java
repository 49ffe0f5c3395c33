package app.skillpath.team;

import app.skillpath.team.TeamMatrix.Member;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static app.skillpath.team.TeamFixture.ANA;
import static app.skillpath.team.TeamFixture.BEN;
import static app.skillpath.team.TeamFixture.CLEO;
import static app.skillpath.team.TeamFixture.team;
import static org.assertj.core.api.Assertions.assertThat;

/** The matrix as CSV, read back with commons-csv as a spreadsheet would. */
class TeamCsvTest {

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }

    @Test
    void the_csv_has_a_member_column_then_one_column_per_skill_and_a_row_per_member_with_unrated_as_zero() {
        assertThat(TeamCsv.csv(team())).isEqualTo("""
                Member,Statistics,Python,SQL,Machine learning\r
                Ana,2,3,4,0\r
                Ben,0,2,3,0\r
                Cleo,3,0,0,1\r
                """);
    }

    @Test
    void a_formula_in_a_member_name_is_inert_in_the_csv() throws IOException {
        Member hostile = TeamFixture.member(4, "=HYPERLINK(\"https://evil.example\",\"Click\")", Map.of("python", 2));
        Member plus = TeamFixture.member(5, "+1, Dana", Map.of());

        List<CSVRecord> records = parse(TeamCsv.csv(team(List.of(ANA, hostile, plus))));

        assertThat(records).hasSize(4);
        assertThat(records.get(2).values()).containsExactly("'=HYPERLINK(\"https://evil.example\",\"Click\")", "0", "2", "0", "0");
        assertThat(records.get(3).values()).containsExactly("'+1, Dana", "0", "0", "0", "0");
    }

    @Test
    void notes_stay_out_of_the_csv_even_when_shared() {
        Member sharing = new Member(4, "Dev", false, true, Map.of("python", 3), Map.of("python", "ran the migration"));

        String csv = TeamCsv.csv(team(List.of(sharing, BEN, CLEO)));

        assertThat(csv).doesNotContain("migration");
        assertThat(csv.lines().toList().get(1)).isEqualTo("Dev,0,3,0,0");
    }

    @Test
    void a_team_without_members_gets_the_header_only() {
        assertThat(TeamCsv.csv(team(List.of()))).isEqualTo("Member,Statistics,Python,SQL,Machine learning\r\n");
    }

    @Test
    void the_file_is_named_after_the_teams_number_and_the_date() {
        assertThat(TeamCsv.fileName(team(), LocalDate.of(2026, 11, 27))).isEqualTo("skillpath-team-7-2026-11-27.csv");
    }
}

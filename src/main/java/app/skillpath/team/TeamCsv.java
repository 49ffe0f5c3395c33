package app.skillpath.team;

import app.skillpath.base.text.CsvText;
import app.skillpath.team.TeamMatrix.MatrixSkill;
import app.skillpath.team.TeamMatrix.Member;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The matrix as CSV (commons-csv, its default format): a "Member" column, then one column per skill in catalog order;
 * one row per member with their level 0-4 (unrated is 0). Notes stay out: they are shared with the team's page only.
 * Names are text cells safe from spreadsheet formula injection ({@link CsvText#cell}).
 */
public final class TeamCsv {

    public static final String TYPE = "text/csv; charset=UTF-8";

    private TeamCsv() {
    }

    /** "skillpath-team-7-2026-11-27.csv": the team's number, not its name, which may hold anything. */
    public static String fileName(TeamMatrix matrix, LocalDate today) {
        return "skillpath-team-" + matrix.teamId() + "-" + today + ".csv";
    }

    public static String csv(TeamMatrix matrix) {
        List<String> header = new ArrayList<>();
        header.add("Member");
        matrix.skills().forEach(skill -> header.add(CsvText.cell(skill.name())));
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Member member : matrix.members()) {
                List<Object> row = new ArrayList<>();
                row.add(CsvText.cell(member.name()));
                for (MatrixSkill skill : matrix.skills()) {
                    row.add(member.level(skill.key()));
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

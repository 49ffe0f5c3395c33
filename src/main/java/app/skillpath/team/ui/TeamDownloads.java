package app.skillpath.team.ui;

import app.skillpath.account.CurrentUser;
import app.skillpath.team.HiringBrief;
import app.skillpath.team.TeamAnalysis;
import app.skillpath.team.TeamCsv;
import app.skillpath.team.TeamException;
import app.skillpath.team.TeamMatrix;
import app.skillpath.team.TeamService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * The team's hiring brief (Markdown) and matrix (CSV) downloads. Each reads the matrix again at download time, for the
 * logged-in user, through the service: a member removed (or gone) after the page was opened gets the plain refusal
 * and no file, and the file holds the team as it is at that moment.
 */
final class TeamDownloads {

    private TeamDownloads() {
    }

    static Div links(TeamService teamService, CurrentUser currentUser, Clock clock, long teamId) {
        Anchor brief = anchor(teamService, currentUser, clock, teamId, "Download hiring brief (Markdown)", HiringBrief.TYPE,
                HiringBrief::fileName,
                (matrix, today) -> HiringBrief.markdown(matrix, TeamAnalysis.hiringGap(matrix), today));
        brief.setId("team-download-brief");
        Anchor csv = anchor(teamService, currentUser, clock, teamId, "Download matrix (CSV)", TeamCsv.TYPE,
                TeamCsv::fileName, (matrix, today) -> TeamCsv.csv(matrix));
        csv.setId("team-download-csv");
        Div actions = new Div(brief, csv);
        actions.addClassNames("actions", "team-downloads");
        return actions;
    }

    private static Anchor anchor(TeamService teamService, CurrentUser currentUser, Clock clock, long teamId, String text,
                                 String type, BiFunction<TeamMatrix, LocalDate, String> fileName,
                                 BiFunction<TeamMatrix, LocalDate, String> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            TeamMatrix matrix;
            try {
                matrix = teamService.matrix(teamId);
            } catch (TeamException refused) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN, refused.getMessage());
            }
            LocalDate today = currentUser.today(clock);
            byte[] bytes = content.apply(matrix, today).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.apply(matrix, today), type, bytes.length);
        }), text);
        anchor.addClassName("button-link");
        return anchor;
    }
}

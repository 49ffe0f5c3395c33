package app.skillpath.browser;

import app.skillpath.account.Account;
import app.skillpath.account.AccountRepository;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.invitation.Invitations;
import app.skillpath.team.TeamMatrix;
import app.skillpath.team.TeamService;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The team matrix in a real browser: the owner of a team of three with a target composition sees the heatmap, a
 * single point of knowledge and the gap, free of serious accessibility problems in light and dark, without scrolling
 * sideways on a phone (the heatmap scrolls inside its box), downloads the brief, and after a member leaves, a reload
 * shows their row gone.
 */
class TeamMatrixBrowserIT extends BrowserTest {

    private static final String USER = "team.matrix.browser";

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    @Autowired
    AssessmentService assessment;

    @Test
    void the_owner_reads_the_matrix_downloads_the_brief_and_a_member_who_leaves_is_gone_on_reload() throws IOException {
        signUp(page, USER);
        Account owner = accountRepository.findByUsername(USER).orElseThrow().toAccount();
        Account ada = testAccounts.create("team.browser.ada");
        Account bo = testAccounts.create("team.browser.bo");
        long teamId;
        try {
            TestAccounts.logIn(owner);
            assessment.rate("programming", 4);
            teamId = teams.create("Data science");
            teams.setComposition(teamId, List.of(new TeamMatrix.Need(TeamService.roleProfileKey("machine-learning-engineer"), 2)));
            for (Account member : List.of(ada, bo)) {
                TestAccounts.logIn(owner);
                String token = teams.invite(teamId).token();
                TestAccounts.logIn(member);
                invitations.accept(token);
                assessment.rate("statistics", 3);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }

        page.navigate(url("teams/" + teamId));
        assertThat(page.locator("#team-name")).hasText("Data science");
        assertThat(page.locator("#team-heatmap tbody tr")).hasCount(3);
        assertThat(page.locator("#team-coverage-programming")).containsText("single point of knowledge: " + owner.name());
        assertThat(page.locator("#team-gap-programming-3")).containsText("3 proficient");
        screenshot("team-matrix");
        assertNoSeriousAxeViolations("light");
        page.evaluate("document.getElementById('color-scheme-toggle').click()");
        page.waitForTimeout(500);
        assertNoSeriousAxeViolations("dark");
        screenshot("team-matrix-dark");

        page.setViewportSize(390, 844);
        page.waitForTimeout(300);
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("() => { const main = document.querySelector('.team-matrix');"
                + " return main.scrollWidth - main.clientWidth; }")).intValue()).as("the page wider than a phone").isLessThanOrEqualTo(0);
        page.setViewportSize(1280, 900);

        Download brief = page.waitForDownload(() -> page.locator("#team-download-brief").click());
        String markdown = Files.readString(brief.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(brief.suggestedFilename()).startsWith("skillpath-hiring-brief-team-" + teamId + "-")
                .endsWith(".md");
        org.assertj.core.api.Assertions.assertThat(markdown).contains("# Hiring brief: Data science")
                .contains("- 2 × Machine Learning Engineer").contains("| 3 proficient | 2 | 1 | 1 |");

        try {
            TestAccounts.logIn(bo);
            teams.leave(teamId);
        } finally {
            SecurityContextHolder.clearContext();
        }
        page.reload();
        assertThat(page.locator("#team-heatmap tbody tr")).hasCount(2);
        assertThat(page.locator("#team-row-" + bo.id())).hasCount(0);
    }

    private void assertNoSeriousAxeViolations(String scheme) {
        List<String> problems = new ArrayList<>();
        for (Rule violation : new AxeBuilder(page).analyze().getViolations()) {
            if (Set.of("serious", "critical").contains(violation.getImpact())) {
                problems.add(violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp() + " at "
                        + violation.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary()).limit(5).toList());
            }
        }
        org.assertj.core.api.Assertions.assertThat(problems).as("serious or critical axe-core violations, " + scheme).isEmpty();
    }
}

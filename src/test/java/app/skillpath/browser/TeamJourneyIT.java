package app.skillpath.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15's "done when", in three browsers and through the pages only: an owner creates a team with a target
 * composition; two people with accounts of their own join through the links and choose what to share; the owner sees
 * the matrix with coverage, a single point of knowledge and the hiring gap, downloads the brief and the CSV; after a
 * member leaves, that member's row is gone from the owner's matrix at once (on the next load).
 */
class TeamJourneyIT extends BrowserTest {

    @Test
    void an_owner_builds_a_team_two_members_join_and_share_the_owner_reads_the_matrix_and_a_member_leaves() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ownerName = "tj.owner-" + suffix;
        String adaName = "tj.ada-" + suffix;
        String boName = "tj.bo-" + suffix;

        // the owner: a team, a composition of 2 Machine Learning Engineers and 1 Data Science Manager, two links
        signUp(page, ownerName);
        page.navigate(url("teams"));
        page.locator("#team-name input").fill("Data science");
        page.locator("#team-create").click();
        assertThat(page.locator("#team-title")).hasText("Data science");
        // the address follows the page's content a moment later (the browser's history is updated after the DOM)
        page.waitForURL("**/teams/*/settings");
        String settings = page.url();
        String matrix = settings.replaceFirst("/settings$", "");
        chooseLine(0, "Machine Learning Engineer", 2);
        chooseLine(1, "Data Science Manager", 1);
        page.locator("#composition-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("composition is saved");
        String adaLink = newLink();
        String boLink = newLink();
        assertThat(adaLink).isNotEqualTo(boLink);

        Page ownerPage = page;
        BrowserContext adaBrowser = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        BrowserContext boBrowser = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        try {
            // Ada: the only one proficient in programming; she shares her levels only (the default)
            page = adaBrowser.newPage();
            page.setDefaultTimeout(30_000);
            signUp(page, adaName);
            page.navigate(url("assessment"));
            rate("programming", 4);
            rate("statistics", 2);
            join(adaLink, ownerName);
            assertThat(page.locator("#team-sharing vaadin-radio-button").nth(0)).hasAttribute("checked", "");
            Page adaPage = page;

            // Bo: statistics at 3, with a note, and he shares levels and notes
            page = boBrowser.newPage();
            page.setDefaultTimeout(30_000);
            signUp(page, boName);
            page.navigate(url("assessment"));
            rate("statistics", 3);
            rate("programming", 2);
            join(boLink, ownerName);
            page.locator("#team-sharing vaadin-radio-button").nth(1).click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("levels and your evidence notes");

            // the owner reads the matrix: three rows, a single point of knowledge, the gap
            page = ownerPage;
            page.navigate(matrix);
            assertThat(page.locator("#team-heatmap tbody tr")).hasCount(3);
            assertThat(page.locator("#team-heatmap")).containsText(adaName);
            assertThat(page.locator("#team-heatmap")).containsText(boName);
            assertThat(page.locator("#team-coverage-programming")).containsText("single point of knowledge: " + adaName);
            assertThat(page.locator("#team-gap-block")).isVisible();
            screenshot("team-journey-matrix");

            Download brief = page.waitForDownload(() -> page.locator("#team-download-brief").click());
            String markdown = Files.readString(brief.path(), StandardCharsets.UTF_8);
            assertThat(markdown).startsWith("# Hiring brief: Data science")
                    .contains("- 2 × Machine Learning Engineer").contains("- 1 × Data Science Manager")
                    .contains("| Skill |");
            Download csv = page.waitForDownload(() -> page.locator("#team-download-csv").click());
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(Files.readString(csv.path(), StandardCharsets.UTF_8))).getRecords();
            assertThat(rows).extracting(row -> row.get("Member")).containsExactlyInAnyOrder(ownerName, adaName, boName);
            CSVRecord ada = rows.stream().filter(row -> row.get("Member").equals(adaName)).findFirst().orElseThrow();
            assertThat(ada.toMap()).containsValue("4");

            // Ada leaves from her own browser; her row is gone from the owner's matrix on its next load
            page = adaPage;
            page.navigate(settings);
            page.locator("#team-leave").click();
            page.locator("#confirm-leave vaadin-button[slot=confirm-button]").click();
            page.waitForURL("**/teams");
            page.navigate(matrix);
            assertThat(page.locator("#team-refused")).isVisible();
            assertThat(page.locator("#team-heatmap")).hasCount(0);

            page = ownerPage;
            page.navigate(matrix);
            assertThat(page.locator("#team-heatmap tbody tr")).hasCount(2);
            assertThat(page.locator("#team-heatmap")).not().containsText(adaName);
            screenshot("team-journey-after-leaving");
        } finally {
            page = ownerPage;
            adaBrowser.close();
            boBrowser.close();
        }
    }

    /** Adds a composition line on the owner's settings page. */
    private void chooseLine(int index, String profile, int count) {
        page.locator("#composition-add").click();
        page.locator("#composition-profile-" + index).click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText(profile)).first().click();
        page.locator("#composition-count-" + index + " input").fill(String.valueOf(count));
    }

    /** Makes a new link on the owner's settings page and returns it as shown (once). */
    private String newLink() {
        page.locator("#team-link-create").click();
        String link = page.locator("#team-link input").inputValue();
        assertThat(link).matches("http://localhost:\\d+/invitation/[A-Za-z0-9_-]{43}");
        page.reload();
        return link;
    }

    /** Opens the link in this browser, sees who invites, joins and lands on the team; then opens its settings. */
    private void join(String link, String ownerName) {
        page.navigate(link);
        assertThat(page.locator("#invitation-summary")).containsText(ownerName + " invites you to join the team Data science");
        page.locator("#invitation-accept").click();
        page.waitForURL("**/teams/*");
        assertThat(page.locator("#team-name")).hasText("Data science");
        page.locator("#team-settings-link").click();
        page.waitForURL("**/teams/*/settings");
    }
}

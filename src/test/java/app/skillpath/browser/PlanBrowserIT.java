package app.skillpath.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The learning plan in a real browser: create it, mark a step done, see progress, download it. */
class PlanBrowserIT extends BrowserTest {


    @Test
    void create_a_plan_mark_a_step_done_and_download_the_markdown() throws IOException {
        signUp(page, "planner.browser");

        page.navigate(url("assessment"));
        rate("statistics", 1);
        assertThat(page.locator("#assessment-progress")).hasText("1 of 11 skills rated");

        page.navigate(url("fit"));
        page.locator("#plan-link-data-science-manager").click();
        page.locator("#plan-pace input").fill("8");
        page.locator("#create-plan").click();
        assertThat(page.locator("#plan-completion")).containsText("Expected completion");
        assertThat(page.locator("#step-skill-statistics")).containsText("from 1 aware to 3 proficient");
        assertThat(page.locator("#step-skill-statistics"))
                .containsText("From the article: “Gain a strong foundation in data science, statistics, and business”");
        screenshot("plan");

        page.locator("#edit-skill-statistics").click();
        page.locator("#status-skill-statistics").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Done").setVisible(true)).first().click();
        page.locator("#note-skill-statistics textarea").fill("Finished an applied statistics course");
        page.locator("#save-skill-statistics").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Rate me 3 proficient")).first().click();
        assertThat(page.locator("#plan-progress")).not().hasText("0% of the effort done");
        assertThat(page.locator("#plan-timeline")).containsText("Statistical concepts and methods");
        assertThat(page.locator("#trend-chart-data-science-manager")).hasAttribute("data-rendered", "true");
        screenshot("plan-progress");

        Download download = page.waitForDownload(() -> page.locator("#download-md").click());
        assertThat(download.suggestedFilename()).isEqualTo("skillpath-plan-data-science-manager.md");
        String markdown = Files.readString(download.path());
        assertThat(markdown).startsWith("# Learning plan: Data Science Manager")
                .contains("- Status: Done").contains("Finished an applied statistics course");

        Download calendar = page.waitForDownload(() -> page.locator("#download-ics").click());
        assertThat(calendar.suggestedFilename()).isEqualTo("skillpath-plan-data-science-manager.ics");
        assertThat(Files.readString(calendar.path())).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");

        page.navigate(url("fit"));
        assertThat(page.locator("#fit-summary-data-science-manager")).isVisible();
        assertThat(page.locator("#fit-row-data-science-manager-statistics")).containsText("3 proficient3 proficient");
    }
}

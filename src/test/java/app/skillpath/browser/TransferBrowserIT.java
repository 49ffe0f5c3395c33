package app.skillpath.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Moving all of one's data to another account in the browser: download the JSON, upload it there. */
class TransferBrowserIT extends BrowserTest {


    @Test
    void all_data_moves_to_a_new_account_by_export_and_import() {
        signUp(page, "exporter.browser");
        page.navigate(url("assessment"));
        rate("mathematics", 4);
        assertThat(page.locator("#status-mathematics")).hasText("Rated 4 expert");
        page.navigate(url("account"));
        Download download = page.waitForDownload(() -> page.locator("#download-data").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("skillpath-data-exporter.browser.json");
        // a user picks the saved file by its name; Playwright keeps downloads under a random one
        Path file = SCREENSHOTS.getParent().resolve("skillpath-data-exporter.browser.json");
        download.saveAs(file);

        BrowserContext other = newContext(new Browser.NewContextOptions());
        Page importer = other.newPage();
        signUp(importer, "importer.browser");
        importer.navigate(url("account"));
        importer.locator("#import-data input[type=file]").setInputFiles(file);
        assertThat(importer.locator("vaadin-notification-card").first()).containsText("Your data was imported");

        importer.navigate(url("assessment"));
        assertThat(importer.locator("#status-mathematics")).hasText("Rated 4 expert");

        importer.navigate(url("account"));
        importer.locator("#import-data input[type=file]").setInputFiles(file);
        assertThat(importer.locator("vaadin-notification-card").first()).containsText("Nothing was imported");
        other.close();
    }
}

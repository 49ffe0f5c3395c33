package app.skillpath.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import app.skillpath.transfer.CountingInputStream;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

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
        importer.locator("#show-import").click();
        importer.locator("#import-data input[type=file]").setInputFiles(file);
        assertThat(importer.locator("vaadin-notification-card").first()).containsText("Your data was imported");

        importer.navigate(url("assessment"));
        assertThat(importer.locator("#status-mathematics")).hasText("Rated 4 expert");

        importer.navigate(url("account"));
        importer.locator("#show-import").click();
        importer.locator("#import-data input[type=file]").setInputFiles(file);
        assertThat(importer.locator("vaadin-notification-card").first()).containsText("Nothing was imported");
        other.close();
    }

    @Test
    void a_file_with_a_mistake_is_refused_with_the_entry_named() throws IOException {
        Path file = SCREENSHOTS.getParent().resolve("skillpath-data-with-a-mistake.json");
        Files.writeString(file, "{\"format\":\"skillpath-user-data\",\"version\":1,\"ratings\":[{\"skill\":\"alchemy\","
                + "\"level\":3,\"note\":null}],\"ratingHistory\":[],\"education\":{},\"tools\":[],\"plans\":[]}");
        signUp(page, "mistaken.browser");
        page.navigate(url("account"));
        page.locator("#show-import").click();

        page.locator("#import-data input[type=file]").setInputFiles(file);

        assertThat(page.locator("vaadin-notification-card").first())
                .containsText("Nothing was imported. ratings[0].skill: unknown skill “alchemy”.");
    }

    @Test
    void an_over_size_upload_sent_past_the_browser_check_is_refused_quickly_and_the_app_stays_responsive() throws Exception {
        signUp(page, "oversize.browser");
        page.navigate(url("account"));
        page.locator("#show-import").click();
        URI target = URI.create(url(page.locator("#import-data").getAttribute("target")));
        String cookies = page.context().cookies().stream().map(c -> c.name + "=" + c.value).collect(Collectors.joining("; "));

        // a hostile client skips the browser's 5 MB check and streams 200 MB straight to the upload URL,
        // once saying its length and once not (chunked), so that only reading can tell
        for (boolean announced : new boolean[] {true, false}) {
            CountingInputStream body = new CountingInputStream(200L * 1024 * 1024);
            var publisher = HttpRequest.BodyPublishers.ofInputStream(() -> body);
            HttpRequest request = HttpRequest.newBuilder(target).header("Cookie", cookies)
                    .header("Content-Type", "application/json").header("X-Filename", "huge.json")
                    .POST(announced ? HttpRequest.BodyPublishers.fromPublisher(publisher, body.size()) : publisher).build();
            long start = System.nanoTime();
            int status;
            try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                // the server may close the connection rather than read the rest: refused just the same
                status = -1;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("200 MB upload (length %s) refused in %d ms, status %d, %.1f MB sent%n",
                    announced ? "announced" : "not announced", millis, status, body.bytesRead() / 1024.0 / 1024);

            org.assertj.core.api.Assertions.assertThat(status).isNotEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(body.bytesRead()).isLessThan(50L * 1024 * 1024);
        }
        page.navigate(url("account"));
        assertThat(page.locator("#account-who")).containsText("oversize.browser");
    }
}

package app.skillpath.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar feed's journey in a real browser: a user signs up in Berlin (the browser's zone becomes theirs),
 * turns the feed on on /account, a calendar app (Java's HttpClient here) fetches the address and reads it with
 * ical4j, the user turns the feed off, and the same address answers 404.
 */
class FeedBrowserIT extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void turn_on_the_feed_subscribe_with_a_calendar_app_then_turn_it_off_and_the_address_is_dead() throws Exception {
        BrowserContext berlin = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setTimezoneId("Europe/Berlin"));
        Page mainPage = page;
        try {
            page = berlin.newPage();
            page.setDefaultTimeout(30_000);
            signUp(page, "feed.browser-" + UUID.randomUUID().toString().substring(0, 8));

            page.navigate(url("account"));
            assertThat(page.locator("#time-zone input")).hasValue("Europe/Berlin");
            assertThat(page.locator("#feed-status")).hasText("Your calendar feed is off.");
            page.locator("#feed-time input").fill("18:30");
            page.locator("#feed-time input").press("Enter");
            page.locator("#feed-turn-on").click();

            assertThat(page.locator("#feed-status")).hasText("Your calendar feed is on.");
            String address = page.locator("#feed-address input").inputValue();
            assertThat(address).matches("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics");
            page.locator("#calendar-feed").scrollIntoViewIfNeeded();
            page.waitForTimeout(300);
            page.locator("#calendar-feed").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("account-calendar-feed-on.png")));

            HttpResponse<String> subscribed = fetch(address);
            assertThat(subscribed.statusCode()).isEqualTo(200);
            assertThat(subscribed.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
            Calendar calendar = new CalendarBuilder().build(new StringReader(subscribed.body()));
            VEvent review = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
            assertThat(review.getSummary().getValue()).isEqualTo("Skillpath weekly review");
            assertThat(review.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY");
            assertThat(review.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("Europe/Berlin");
            assertThat(review.getProperty("DTSTART").orElseThrow().getValue()).endsWith("T183000");

            page.locator("#feed-turn-off").click();
            page.locator("#confirm-feed-off vaadin-button[slot=confirm-button]").click();
            assertThat(page.locator("#feed-status")).hasText("Your calendar feed is off.");
            assertThat(page.locator("#feed-address")).hasCount(0);
            page.waitForTimeout(300);
            page.locator("#calendar-feed").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("account-calendar-feed-off.png")));
            page.locator("#time-zone-section").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("account-time-zone.png")));

            assertThat(fetch(address).statusCode()).isEqualTo(404);
        } finally {
            page = mainPage;
            berlin.close();
        }
    }

    private HttpResponse<String> fetch(String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

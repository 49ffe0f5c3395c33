package app.skillpath.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base for tests in a real headless Chromium (Debian's, never a downloaded one) against the app on
 * a random port. Without Chromium the tests are skipped, except under CI=true where that is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("skillpath.chromium", "/usr/bin/chromium"));
    protected static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** The password of every account the browser tests sign up. */
    protected static final String PASSWORD = "correct horse battery";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "No Chromium at " + CHROMIUM + ": browser tests need Debian's chromium "
                    + "(apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; under CI=true this is a failure");
            }
            assumeTrue(false, message + "; skipped");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** How far the app layout's content (the part that scrolls) is scrolled down. */
    /** Signs up through the sign-up form in this tab and checks that the header names the new user. */
    protected void signUp(Page target, String username) {
        target.navigate(url("signup"));
        target.locator("#signup-username input").fill(username);
        target.locator("#signup-password input").fill(PASSWORD);
        target.locator("#signup-confirmation input").fill(PASSWORD);
        target.locator("#signup-create").click();
        // as patient as the page's own timeout: the first sign-up after start-up on a loaded machine can take over 5 s
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(target.locator("#user-name")).hasText(username,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
    }

    /** Rates a skill on the self-assessment page and waits until the server has saved it. */
    protected void rate(String skill, int level) {
        page.locator("#radio-" + skill + "-" + level).click();
        waitUntilAnswersSaved();
    }

    /** Waits until the self-assessment form has no answer on its way to the server. */
    protected void waitUntilAnswersSaved() {
        page.locator("#assessment-form:not([saving])").waitFor();
    }

    protected int contentScrollTop() {
        return ((Number) page.evaluate("() => { const layout = document.querySelector('vaadin-app-layout');"
                + " const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~=\"content\"]');"
                + " return content ? content.scrollTop : window.scrollY; }")).intValue();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Full-page screenshots at desktop (1280 px) and phone (390 px) widths. */
    protected void screenshot(String name) {
        page.evaluate("() => { const layout = document.querySelector('vaadin-app-layout');"
                + " const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~=\"content\"]');"
                + " if (content) { content.scrollTop = 0; } window.scrollTo(0, 0); }");
        page.setViewportSize(1280, 900);
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-1280.png")).setFullPage(true));
        page.setViewportSize(390, 844);
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-390.png")).setFullPage(true));
        page.setViewportSize(1280, 900);
    }
}

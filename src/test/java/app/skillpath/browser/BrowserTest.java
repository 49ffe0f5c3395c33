package app.skillpath.browser;

import org.springframework.beans.factory.annotation.Autowired;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ApplicationContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Base for tests in a real headless Chromium (Debian's, never a downloaded one) against the app on
 * a random port. Without Chromium the tests are skipped, except under CI=true where that is a failure.
 * Every page of every test is watched for Content-Security-Policy violations: any one fails the test,
 * so the policy can never be stricter than what the pages need without the suite saying so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    protected static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** The password of every account the browser tests sign up. */
    protected static final String PASSWORD = "correct horse battery";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;

    /** Content-Security-Policy violations reported by any page of this test, checked after the test. */
    protected final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = Chromium.launch(playwright);
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

    /**
     * Each application context's security filter chain holds the context-holder strategy that was global when the
     * context was built, with its own thread-locals; a context built later (a test with properties of its own, a
     * second node) makes its strategy the global one. Code that calls SecurityContextHolder statically (the login
     * after sign-up) then wrote into thread-locals that this application's filter chain never cleared, and a later
     * request of another browser on that Tomcat thread found the user logged in (LogPrivacyIT on CI). So every test
     * puts back the strategy of the application it talks to, remembered when that context was first used.
     */
    private static final Map<ApplicationContext, SecurityContextHolderStrategy> STRATEGIES = new ConcurrentHashMap<>();

    @Autowired
    private ApplicationContext applicationContext;

    @BeforeEach
    void useThisApplicationsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(
                STRATEGIES.computeIfAbsent(applicationContext, built -> SecurityContextHolder.getContextHolderStrategy()));
    }

    @BeforeEach
    void openPage() {
        context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        try {
            // a round trip to every open page delivers the reports still on their way
            for (Page open : context.pages()) {
                try {
                    open.evaluate("() => true");
                } catch (PlaywrightException navigatingOrClosed) {
                    // a page in the middle of a navigation has nothing left to report
                }
            }
            if (!cspViolations.isEmpty()) {
                fail("Content-Security-Policy violations:\n  " + String.join("\n  ", cspViolations));
            }
        } finally {
            closeWithoutRoutes(context);
        }
    }

    /**
     * Closes a context after dropping its request routes. Playwright Java answers a routed request that arrives while
     * the context is closing by updating its interception patterns, and that call threw TargetClosedError out of
     * {@code close()}: VaadinUsageBrowserIT, whose aborted heartbeats keep coming, failed so on CI (27 Nov) after its
     * assertions had passed; a script closing a context with a route under a request every 5 ms failed 4 closes of 20
     * that way, and none of 80 with the routes dropped first.
     */
    private static void closeWithoutRoutes(BrowserContext closing) {
        for (Page open : closing.pages()) {
            open.unrouteAll();
        }
        closing.unrouteAll();
        closing.close();
    }

    /**
     * A further browser context (a second user, say) whose pages are watched for Content-Security-Policy
     * violations like the test's own page; the test closes it.
     */
    protected BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext created = browser.newContext(options);
        // the page reports each violation event to the test as it happens (it survives navigation:
        // init scripts run in every new document before the page's own scripts) ...
        created.exposeBinding("__skillpathCspViolation", (source, args) -> {
            cspViolations.add(source.page().url() + ": " + args[0]);
            return null;
        });
        created.addInitScript("document.addEventListener('securitypolicyviolation', event =>"
                + " window.__skillpathCspViolation(event.disposition + ' ' + event.effectiveDirective + ' refused '"
                + " + (event.blockedURI || 'inline code') + (event.sourceFile ? ' in ' + event.sourceFile"
                + " + ':' + event.lineNumber : '') + (event.sample ? ' [' + event.sample + ']' : '')));");
        // ... and Chromium's own console report catches what no document event sees (workers, say)
        created.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add("console: " + message.text());
            }
        });
        return created;
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

    /**
     * The page at 1280 and 390 px as tall as its content: the app layout scrolls its content area, not the window, so a
     * "full page" screenshot would stop at the viewport's height; the viewport is made as tall as the content instead.
     */
    protected void wholePage(String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, 900);
            page.waitForTimeout(300);
            int height = ((Number) page.evaluate("() => { const layout = document.querySelector('vaadin-app-layout');"
                    + " const content = layout.shadowRoot.querySelector('[part~=\"content\"]');"
                    + " return content.scrollHeight + content.getBoundingClientRect().top; }")).intValue();
            page.setViewportSize(width, Math.max(900, height));
            page.waitForTimeout(300);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
        }
        page.setViewportSize(1280, 900);
    }
}

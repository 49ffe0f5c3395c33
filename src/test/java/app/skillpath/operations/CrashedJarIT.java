package app.skillpath.operations;

import app.skillpath.browser.Chromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash test of issue #10 as a user meets it: ratings confirmed on the assessment page of the production jar, in
 * Chromium, then the jar's JVM and every process of its embedded PostgreSQL killed with SIGKILL right after the last
 * confirmation. The next start on the same data directory comes up and shows every one of them. ("Confirmed" is what
 * the page shows: the form's {@code saving} attribute is gone once the server has answered every answer sent, and the
 * server answers only after the save's transaction has committed.) With the embedded server's old settings
 * ({@code synchronous_commit=off}) a commit returned before its write-ahead log left PostgreSQL's memory, so a kill
 * right after it lost the last saves.
 */
class CrashedJarIT {

    private static final Duration START = Duration.ofSeconds(180);
    private static final String PASSWORD = "correct horse battery";
    /** Every skill of the real catalog, each rated twice (the second answer is the one to survive). */
    private static final List<String> SKILLS = List.of("programming", "data-structures-algorithms", "ml-frameworks",
            "mathematics", "statistics", "data-science-foundations", "data-science-tools", "cloud-computing",
            "team-leadership", "communication-collaboration", "business-strategy");

    @TempDir
    Path temp;

    @Test
    void every_rating_confirmed_in_the_browser_is_there_after_sigkill_of_the_jvm_and_postgresql() throws Exception {
        Path data = temp.resolve("data");
        Map<String, Integer> confirmed = new LinkedHashMap<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = Chromium.launch(playwright)) {
            JarNode node = JarNode.start(data, Map.of()).awaitReady(START);
            try {
                Page page = page(browser);
                page.navigate(url(node, "signup"));
                page.locator("#signup-username input").fill("crash.survivor");
                page.locator("#signup-password input").fill(PASSWORD);
                page.locator("#signup-confirmation input").fill(PASSWORD);
                page.locator("#signup-create").click();
                assertThat(page.locator("#user-name")).hasText("crash.survivor");
                page.navigate(url(node, "assessment"));
                for (int round = 0; round < 2; round++) {
                    for (int i = 0; i < SKILLS.size(); i++) {
                        String skill = SKILLS.get(i);
                        int level = round == 0 ? 1 : 1 + (i + 1) % 4; // the second round moves most of them
                        page.locator("#radio-" + skill + "-" + level).click();
                        page.locator("#assessment-form:not([saving])").waitFor();
                        assertThat(page.locator("#rating-error-" + skill)).isHidden();
                        confirmed.put(skill, level);
                    }
                }

                // the last answer is confirmed: kill the whole server at once (its backends and WAL writer too), then the JVM
                ProcessHandle postmaster = ProcessHandle.of(node.postmasterPid()).orElseThrow();
                List<ProcessHandle> backends = postmaster.descendants().toList();
                postmaster.destroyForcibly();
                backends.forEach(ProcessHandle::destroyForcibly);
                node.process().destroyForcibly();
                node.awaitExit(Duration.ofSeconds(30));
                postmaster.onExit().join();
            } finally {
                node.close();
            }
            assertThat(Files.exists(data.resolve("postmaster.pid"))).as("the crash left PostgreSQL's lock file").isTrue();

            JarNode restarted = JarNode.start(data, Map.of()).awaitReady(START);
            try {
                assertThat(restarted.printed(line -> line.contains("that no longer runs")))
                        .as("the start says what it found:\n" + restarted.tail(80)).isTrue();
                assertThat(restarted.printed(line -> line.contains("redo done at") || line.contains("automatic recovery in progress")))
                        .as("PostgreSQL recovered from its write-ahead log:\n" + restarted.tail(80)).isTrue();
                Page page = page(browser);
                page.navigate(url(restarted, "login"));
                page.locator("vaadin-login-form input[name='username']").fill("crash.survivor");
                page.locator("vaadin-login-form input[name='password']").fill(PASSWORD);
                page.locator("vaadin-login-form vaadin-button").filter(new Locator.FilterOptions().setHasText("Log in"))
                        .first().click();
                assertThat(page.locator("#user-name")).hasText("crash.survivor");
                page.navigate(url(restarted, "assessment"));
                assertThat(page.locator("#radio-" + SKILLS.getFirst() + "-1")).isVisible();
                Map<String, Integer> lost = new LinkedHashMap<>();
                confirmed.forEach((skill, level) -> {
                    if (!page.locator("#radio-" + skill + "-" + level).isChecked()) {
                        lost.put(skill, level);
                    }
                });
                assertThat(lost).as("confirmed ratings (skill=level) missing after the crash, of " + confirmed).isEmpty();
            } finally {
                restarted.close();
            }
        }
    }

    private static String url(JarNode node, String path) {
        return "http://127.0.0.1:" + node.port + "/" + path;
    }

    private static Page page(Browser browser) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }
}

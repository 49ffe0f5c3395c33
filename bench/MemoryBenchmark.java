import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live heap per open Vaadin session, as Vaadin's docs describe: the server's live heap after a
 * full GC with N sessions open (each logged in, on one page) minus with none, divided by N.
 * Run by bench/memory.sh: java MemoryBenchmark.java BASE_URL SERVER_PID PAGE N USER_PREFIX PASSWORD
 *
 * <p>200 live Chromium tabs do not fit on a 2-core, 24 GiB machine (about 120 MB each), so each tab
 * taken offline and closed once its page has rendered: offline, the tab's closing message never
 * reaches the server, which keeps the session and its UI until three heartbeats are missed
 * (15 minutes by default), long enough to measure. The server side, which is what is measured, is
 * the same as with the tab open.
 */
public class MemoryBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String pid = args[1];
        String path = args[2];
        int sessions = Integer.parseInt(args[3]);
        String prefix = args[4];
        String password = args[5];
        String readySelector = args.length > 6 ? args[6]
                : path.equals("fit") ? "#fit-score-data-science-manager" : "#assessment-progress";

        long cold = liveHeapKb(pid);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            // warm-up: a few sessions open the page and log out (which ends their session), so that
            // what the first pages load once for all (classes, caches) is not counted per session
            for (int i = 0; i < WARM_UP_SESSIONS; i++) {
                BrowserContext context = browser.newContext();
                Page page = open(context, base, path, readySelector, prefix + i, password);
                page.locator("#logout").click();
                page.waitForSelector("#login-link");
                context.close();
            }
            long before = liveHeapKb(pid);
            for (int i = 0; i < sessions; i++) {
                BrowserContext context = browser.newContext();
                open(context, base, path, readySelector, prefix + i, password);
                context.setOffline(true);
                context.close();
                if ((i + 1) % 50 == 0) {
                    System.out.println("  " + (i + 1) + " sessions open on /" + path);
                }
            }
            long after = liveHeapKb(pid);
            System.out.printf("/%s: live heap %d KB before any page, %d KB after %d warm-up sessions had ended, "
                            + "%d KB with %d sessions open; per session %.1f KB (%.1f KB counting the warm-up in)%n",
                    path, cold, before, WARM_UP_SESSIONS, after, sessions, (after - before) / (double) sessions,
                    (after - cold) / (double) sessions);
        }
    }

    static final int WARM_UP_SESSIONS = 5;

    /** Logs in through the login form in a new tab and opens the page; returns the tab. */
    static Page open(BrowserContext context, String base, String path, String readySelector, String user,
                     String password) {
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(user);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Log in")).first().click();
        try {
            page.waitForSelector("#user-name");
        } catch (RuntimeException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/memory-bench/failure.png")));
            throw e;
        }
        page.navigate(base + "/" + path);
        page.waitForSelector(readySelector);
        return page;
    }

    /** Live heap after a full GC, from jcmd (run twice so that what the first frees is collected). */
    static long liveHeapKb(String pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Thread.sleep(500);
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("Unexpected GC.heap_info output: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/jcmd", pid, command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}

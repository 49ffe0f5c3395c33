import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live heap per open Vaadin session on one page, as Vaadin's docs describe: the server's live heap after
 * a full GC with N sessions open (each on the page) minus with none, divided by N. Run by bench/memory.sh:
 * <pre>
 * java MemoryBenchmark.java BASE_URL SERVER_PID NAME PATH READY_SELECTOR N USER_PREFIX PASSWORD [option=value...]
 * </pre>
 * PATH is the page's address without the leading slash ("" for the start page), READY_SELECTOR an element
 * that only the rendered page has. Options:
 * <ul>
 * <li>{@code anonymous=true}: nobody logs in; every session is a visitor's (USER_PREFIX and PASSWORD unused)</li>
 * <li>{@code count=SELECTOR:K}: every page must show exactly K elements matching SELECTOR (a check that the
 *     page measured is the page meant, e.g. a plan of 10 steps)</li>
 * <li>{@code template=USER} and {@code setup=SQL_FILE}: before the warm-up, USER opens the page and presses
 *     {@code #create-plan}, so that the app itself generates one plan; then {@code psql -f SQL_FILE} (connection
 *     from the PG* environment variables) copies it to the other users</li>
 * <li>{@code plans=ROLE,ROLE...} with {@code template}: USER makes a plan on {@code plan?role=ROLE} for each role
 *     instead of on the page measured (the home page, say, which shows the plans but makes none)</li>
 * <li>{@code results=FILE}: the Markdown file a table row is appended to</li>
 * <li>{@code shared=true}: the server is shared with the other pages (bench/memory.sh's default), so its
 *     heap before the warm-up is not cold: no cold figure, and the row has no cold column</li>
 * <li>{@code histograms=DIR}: writes the server's class histogram ({@code jcmd GC.class_histogram}, live
 *     objects) with no session open (after the warm-up) and with the N sessions, and their difference per
 *     session, largest first, to DIR/NAME-before.txt, DIR/NAME-after.txt and DIR/NAME-per-session.txt</li>
 * </ul>
 * {@code java MemoryBenchmark.java heap SERVER_PID} prints the live heap in KB (measured as below) and nothing else.
 *
 * <p>200 live Chromium tabs do not fit on a 2-core, 24 GiB machine (about 120 MB each), so each tab is
 * taken offline and closed once its page has rendered: offline, the tab's closing message never reaches
 * the server. Vaadin removes a UI whose heartbeats stopped only while handling a later request of the same
 * session, and each of these sessions gets none, so the session and its UI stay until the session times
 * out (bench/memory.sh sets 24 hours), long enough to measure. The server side, which is what is
 * measured, is the same as with the tab open.
 */
public class MemoryBenchmark {

    static final int WARM_UP_SESSIONS = 5;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("heap")) {
            System.out.println(liveHeapKb(args[1]));
            return;
        }
        String base = args[0];
        String pid = args[1];
        String name = args[2];
        String path = args[3];
        String ready = args[4];
        int sessions = Integer.parseInt(args[5]);
        String prefix = args[6];
        String password = args[7];
        Map<String, String> options = new HashMap<>();
        for (int i = 8; i < args.length; i++) {
            String[] option = args[i].split("=", 2);
            options.put(option[0], option[1]);
        }
        boolean anonymous = Boolean.parseBoolean(options.getOrDefault("anonymous", "false"));
        String count = options.get("count");
        boolean shared = Boolean.parseBoolean(options.getOrDefault("shared", "false"));
        Path histograms = options.containsKey("histograms") ? Path.of(options.get("histograms")) : null;

        long cold = shared ? -1 : liveHeapKb(pid);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            if (options.containsKey("template")) {
                List<String> planPages = options.containsKey("plans")
                        ? Arrays.stream(options.get("plans").split(",")).map(role -> "plan?role=" + role).toList()
                        : List.of(path);
                for (String planPage : planPages) {
                    createTemplatePlan(browser, base, planPage, options.get("template"), password);
                }
                psql(options.get("setup"));
            }
            // warm-up: a few sessions open the page and end, so that what the first pages load once for all
            // (classes, caches) is not counted per session. A logged-in session ends with its logout; a
            // visitor has no logout, so the warm-up visitors' sessions stay and are counted in the cold figure.
            for (int i = 0; i < WARM_UP_SESSIONS; i++) {
                BrowserContext context = browser.newContext();
                Page page = context.newPage();
                if (anonymous) {
                    openAnonymous(page, base, path, ready, count);
                    context.setOffline(true);
                } else {
                    open(page, base, path, ready, count, prefix + i, password);
                    page.locator("#logout").click();
                    page.waitForSelector("#login-link");
                }
                context.close();
            }
            long before = liveHeapKb(pid);
            String histogramBefore = histograms == null ? null : histogram(pid, histograms, name + "-before.txt");
            long start = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                BrowserContext context = browser.newContext();
                Page page = context.newPage();
                if (anonymous) {
                    openAnonymous(page, base, path, ready, count);
                } else {
                    open(page, base, path, ready, count, prefix + i, password);
                }
                context.setOffline(true);
                context.close();
                if ((i + 1) % 25 == 0) {
                    System.out.println("  " + (i + 1) + " sessions open on /" + path);
                }
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            long after = liveHeapKb(pid);
            if (histograms != null) {
                String histogramAfter = histogram(pid, histograms, name + "-after.txt");
                Files.writeString(histograms.resolve(name + "-per-session.txt"),
                        histogramDifference(histogramBefore, histogramAfter, sessions));
            }
            double warm = (after - before) / (double) sessions;
            if (shared) {
                System.out.printf("%s (/%s): live heap %d KB after %d warm-up sessions, %d KB with %d sessions more "
                                + "(opened in %d s); per session %.1f KB warm%n",
                        name, path, before, WARM_UP_SESSIONS, after, sessions, seconds, warm);
                if (options.containsKey("results")) {
                    Files.writeString(Path.of(options.get("results")), String.format(
                                    "| %s (/%s) | %d | %,d KB | %,d KB | **%.1f KB** |%n",
                                    name, path, sessions, before, after, warm),
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
                return;
            }
            int openAtCold = anonymous ? sessions + WARM_UP_SESSIONS : sessions;
            double fromCold = (after - cold) / (double) openAtCold;
            System.out.printf("%s (/%s): live heap %d KB cold, %d KB warm (after %d warm-up sessions), %d KB with %d "
                            + "sessions open (opened in %d s); per session %.1f KB warm, %.1f KB cold%n",
                    name, path, cold, before, WARM_UP_SESSIONS, after, sessions, seconds, warm, fromCold);
            if (options.containsKey("results")) {
                Files.writeString(Path.of(options.get("results")), String.format(
                                "| %s (/%s) | %d | %,d KB | %,d KB | **%.1f KB** | %.1f KB |%n",
                                name, path, sessions, before, after, warm, fromCold),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
    }

    /** Logs in through the login form and opens the page in the tab, checking that it shows what it should. */
    static void open(Page page, String base, String path, String ready, String count, String user, String password) {
        page.setDefaultTimeout(60_000);
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(user);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").filter(new Locator.FilterOptions().setHasText("Log in"))
                .first().click();
        try {
            page.waitForSelector("#user-name");
            page.navigate(base + "/" + path);
            page.waitForSelector(ready);
        } catch (RuntimeException e) {
            throw failure(page, e);
        }
        check(page, count);
    }

    /** A visitor: opens the page without logging in; the header's login link shows that nobody is logged in. */
    static void openAnonymous(Page page, String base, String path, String ready, String count) {
        page.setDefaultTimeout(60_000);
        try {
            page.navigate(base + "/" + path);
            page.waitForSelector(ready);
            page.waitForSelector("#login-link");
        } catch (RuntimeException e) {
            throw failure(page, e);
        }
        check(page, count);
    }

    /** count is SELECTOR:K: the page must have exactly K elements matching SELECTOR. */
    static void check(Page page, String count) {
        if (count == null) {
            return;
        }
        int colon = count.lastIndexOf(':');
        String selector = count.substring(0, colon);
        int expected = Integer.parseInt(count.substring(colon + 1));
        int actual = page.locator(selector).count();
        if (actual != expected) {
            throw failure(page, new IllegalStateException(page.url() + " shows " + actual + " × " + selector
                    + ", not " + expected));
        }
    }

    static RuntimeException failure(Page page, RuntimeException e) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/memory-bench/failure.png")));
        return e;
    }

    /** One user makes a plan through the page's own button, so that the copies have the generator's real steps. */
    static void createTemplatePlan(Browser browser, String base, String path, String user, String password) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        open(page, base, path, "#create-plan", null, user, password);
        page.locator("#create-plan").click();
        page.waitForSelector(".step-card");
        page.locator("#logout").click();
        page.waitForSelector("#login-link");
        context.close();
    }

    static void psql(String file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", file).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql -f " + file + " failed");
        }
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

    /** The class histogram of the live objects (jcmd runs a full GC first), also written to DIR/FILE. */
    static String histogram(String pid, Path dir, String file) throws IOException, InterruptedException {
        String histogram = jcmd(pid, "GC.class_histogram");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), histogram);
        return histogram;
    }

    /** Instances and bytes per session by class, after minus before, divided by N; largest first, down to 100 B. */
    static String histogramDifference(String before, String after, int sessions) {
        Map<String, long[]> counts = new HashMap<>();  // class -> {instances, bytes}, after minus before
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(.+)$", Pattern.MULTILINE);
        for (int sign : new int[] {-1, 1}) {
            Matcher m = row.matcher(sign < 0 ? before : after);
            while (m.find()) {
                long[] c = counts.computeIfAbsent(m.group(3).trim(), k -> new long[2]);
                c[0] += sign * Long.parseLong(m.group(1));
                c[1] += sign * Long.parseLong(m.group(2));
            }
        }
        StringBuilder out = new StringBuilder(String.format("%12s %12s  %s   (after minus before, / %d sessions)%n",
                "instances", "bytes", "class", sessions));
        long total = counts.values().stream().mapToLong(c -> c[1]).sum();
        out.append(String.format("%12s %12.0f  %s%n", "", total / (double) sessions, "(all classes)"));
        counts.entrySet().stream()
                .filter(e -> Math.abs(e.getValue()[1]) >= 100L * sessions)
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .forEach(e -> out.append(String.format("%12.1f %12.0f  %s%n", e.getValue()[0] / (double) sessions,
                        e.getValue()[1] / (double) sessions, e.getKey())));
        return out.toString();
    }

    static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/jcmd", pid, command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.util.List;
import java.util.Map;

/**
 * Live heap per anonymous visitor in a real browser: N new Chromium contexts each open a page without
 * logging in and go away (offline first, so no unload message reaches the server), then the server's
 * live heap after full GCs (MemoryBenchmark's jcmd helpers) and the live sessions and UIs are printed.
 * Sessions that reach the anonymous timeout while the run lasts are already gone: divide the heap
 * difference by the sessions still live. Usage, with the app running (for example from target/classes):
 * java -cp TEST_CLASSPATH bench/AnonymousBrowserMemory.java http://localhost:PORT PID roles N '#login-link'
 */
public class AnonymousBrowserMemory {
    public static void main(String[] args) throws Exception {
        String base = args[0]; String pid = args[1]; String path = args[2]; int n = Integer.parseInt(args[3]);
        String ready = args[4];
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            for (int i = 0; i < 5; i++) { visit(browser, base, path, ready); }
            long before = MemoryBenchmark.liveHeapKb(pid);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) { visit(browser, base, path, ready); }
            long after = MemoryBenchmark.liveHeapKb(pid);
            System.out.printf("/%s: %d anonymous browser visits in %d s; live heap %d KB before, %d KB after: %.1f KB per session%n",
                    path, n, (System.nanoTime() - start) / 1_000_000_000L, before, after, (after - before) / (double) n);
            System.out.println("histogram: " + MemoryBenchmark.jcmd(pid, "GC.class_histogram").lines()
                    .filter(l -> l.endsWith(" com.vaadin.flow.component.UI") || l.endsWith(" org.apache.catalina.session.StandardSession")).toList());
        }
    }

    static void visit(Browser browser, String base, String path, String ready) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(base + "/" + path);
        page.waitForSelector(ready);
        // offline first, so that no unload message reaches the server: like a visitor whose tab just goes away
        context.setOffline(true);
        context.close();
    }
}

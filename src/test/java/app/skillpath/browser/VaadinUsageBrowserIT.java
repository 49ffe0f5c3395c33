package app.skillpath.browser;

import app.skillpath.operations.SkillpathMetrics;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gauges of open Vaadin sessions and UIs in a real browser against the real server: a tab opens a UI (and the first
 * one a session), a tab whose heartbeats stop reaching the server is dropped by Vaadin after three missed heartbeats,
 * and a session that ends (expired by Tomcat, as at its timeout) takes its remaining UIs with it. Heartbeats every
 * second here, so that three are missed in seconds rather than minutes.
 */
@TestPropertySource(properties = "vaadin.heartbeatInterval=1")
class VaadinUsageBrowserIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MeterRegistry registry;

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void tabs_count_while_they_answer_and_a_session_until_it_ends() throws InterruptedException {
        int sessions = gauge(SkillpathMetrics.VAADIN_SESSIONS);
        int uis = gauge(SkillpathMetrics.VAADIN_UIS);

        page.navigate(url("roles"));
        awaitGauges(sessions + 1, uis + 1);

        Page secondTab = page.context().newPage();
        secondTab.navigate(url("roles"));
        awaitGauges(sessions + 1, uis + 2);

        // the second tab goes silent, as a crashed or frozen tab would; the first one keeps sending its heartbeats
        secondTab.route(address -> address.contains("v-r=heartbeat"), Route::abort);
        awaitGauges(sessions + 1, uis + 1);

        // the browser goes away without a word, then its session times out
        page.context().route(address -> true, Route::abort);
        String sessionId = page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .findFirst().orElseThrow().value;
        expire(sessionId);
        awaitGauges(sessions, uis);
    }

    /** Ends the HTTP session the way Tomcat does when its time is up (its background expiry calls the same method). */
    private void expire(String sessionId) {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) applicationContext).getWebServer();
        Context context = (Context) server.getTomcat().getHost().findChildren()[0];
        Session session;
        try {
            session = context.getManager().findSession(sessionId);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(session).as("the browser's session on the server").isNotNull();
        session.expire();
    }

    private void awaitGauges(int sessions, int uis) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)
                && (gauge(SkillpathMetrics.VAADIN_SESSIONS) != sessions || gauge(SkillpathMetrics.VAADIN_UIS) != uis)) {
            Thread.sleep(100);
        }
        assertThat(gauge(SkillpathMetrics.VAADIN_SESSIONS)).as("open sessions").isEqualTo(sessions);
        assertThat(gauge(SkillpathMetrics.VAADIN_UIS)).as("open UIs").isEqualTo(uis);
    }

    private int gauge(String name) {
        return (int) registry.get(name).gauge().value();
    }
}

package app.skillpath.operations.ui;

import app.skillpath.operations.SkillpathMetrics;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the gauges of open Vaadin sessions and UIs. A session counts from its init to its destroy event: Vaadin fires
 * the destroy once per session (it ignores a session already closed), when the HTTP session times out or is
 * invalidated (logout), and not for the session-id change at login, which keeps the same Vaadin session. A UI counts
 * from its init to its detach: Vaadin detaches a UI whenever it removes it from its session, which it does for a UI
 * that missed three heartbeats (closed, then removed at the end of the next request to that session) and for every UI
 * of a session that ends.
 */
@Component
class VaadinUsage implements VaadinServiceInitListener {

    private final SkillpathMetrics metrics;

    VaadinUsage(SkillpathMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> metrics.vaadinSessionStarted());
        event.getSource().addSessionDestroyListener(destroy -> metrics.vaadinSessionEnded());
        event.getSource().addUIInitListener(init -> {
            metrics.vaadinUiOpened();
            init.getUI().addDetachListener(detached -> {
                // counted down once only, should a UI ever be detached again
                detached.unregisterListener();
                metrics.vaadinUiClosed();
            });
        });
    }
}

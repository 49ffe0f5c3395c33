package app.skillpath.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.dao.DataAccessResourceFailureException;

/** A page that fails as it opens, as one would during a database outage (test sources only). */
@Route(value = "test-failing-page", layout = MainLayout.class)
@AnonymousAllowed
public class FailingTestView extends Main {
    public FailingTestView() {
        throw new DataAccessResourceFailureException("Connection refused (simulated outage)");
    }
}

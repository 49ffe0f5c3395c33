package app.skillpath.base.ui;

import app.skillpath.catalog.ui.RoleListView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly page for unknown addresses and unknown role keys, instead of a stack trace. */
@ParentLayout(MainLayout.class)
@PageTitle("Not found" + MainLayout.TITLE_SUFFIX)
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    private final Paragraph explanation = new Paragraph();

    public NotFoundView() {
        addClassNames("page", "not-found");
        setId("not-found");
        H2 heading = new H2("We could not find that page");
        RouterLink roles = new RouterLink("See all roles", RoleListView.class);
        roles.addClassNames("button-link", "primary");
        RouterLink home = new RouterLink("Go to the start page", HomeView.class);
        home.addClassName("button-link");
        Div actions = new Div(roles, home);
        actions.addClassName("actions");
        add(heading, explanation, actions);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // only our own exceptions carry a message meant for users; the router's says "Couldn't find route"
        String message = parameter.getException() instanceof ExplainedNotFoundException && parameter.hasCustomMessage()
                ? parameter.getCustomMessage()
                : "There is nothing at “/" + event.getLocation().getPath() + "”. Check the address, or start again below.";
        explanation.setText(message);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

package app.skillpath.catalog.ui;

import app.skillpath.base.ui.ExplainedNotFoundException;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import java.util.Map;
import java.util.Set;

/** One role with every section of the article, at a bookmarkable address such as /roles/data-science-manager. */
@Route(value = "roles/:roleKey", layout = MainLayout.class)
@AnonymousAllowed
public class RoleDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalogService;
    private String title = "Role" + MainLayout.TITLE_SUFFIX;

    public RoleDetailView(CatalogService catalogService) {
        this.catalogService = catalogService;
        addClassNames("page", "role-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("roleKey").orElse("");
        var role = catalogService.role(key);
        if (role.isEmpty()) {
            String message = "There is no role called “" + key + "”. The catalog has: "
                    + String.join(", ", catalogService.roles().stream().map(Role::title).toList()) + ".";
            event.rerouteToError(new ExplainedNotFoundException(message), message);
            return;
        }
        show(role.get());
    }

    private void show(Role role) {
        removeAll();
        title = role.title() + MainLayout.TITLE_SUFFIX;
        setId("role-" + role.key());

        Paragraph summary = new Paragraph(role.summary());
        summary.addClassName("lead");
        Div links = new Div();
        links.addClassName("actions");
        catalogService.roles().stream().filter(other -> !other.key().equals(role.key())).forEach(other -> {
            RouterLink compare = new RouterLink("Compare with " + other.title(), CompareView.class);
            compare.setQueryParameters(QueryParameters.simple(Map.of("left", role.key(), "right", other.key())));
            compare.addClassName("button-link");
            links.add(compare);
        });
        RouterLink all = new RouterLink("All roles", RoleListView.class);
        all.addClassName("button-link");
        links.add(all);
        add(summary, links);

        RoleSections sections = new RoleSections(catalogService.catalog());
        for (RoleSections.Section section : RoleSections.Section.values()) {
            Section element = new Section(new H2(section.heading), sections.render(section, role, Set.of(), Set.of()));
            element.addClassName("article-section");
            element.setId("section-" + section.id);
            add(element);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

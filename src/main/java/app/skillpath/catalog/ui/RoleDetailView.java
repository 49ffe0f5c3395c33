package app.skillpath.catalog.ui;

import app.skillpath.base.text.UserText;
import app.skillpath.base.ui.ExplainedNotFoundException;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.CatalogService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One role with every section of the article, at a bookmarkable address such as
 * /roles/data-science-manager. Read-only, so markup: one page per role, built once per catalog
 * ({@link CatalogMarkup}) and shared by everyone who opens it.
 */
@Route(value = "roles/:roleKey", layout = MainLayout.class)
@AnonymousAllowed
public class RoleDetailView extends Composite<HtmlBlock> implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalogService;
    private final CatalogMarkup catalogMarkup;
    private String title = "Role" + MainLayout.TITLE_SUFFIX;

    RoleDetailView(CatalogService catalogService, CatalogMarkup catalogMarkup) {
        this.catalogService = catalogService;
        this.catalogMarkup = catalogMarkup;
    }

    @Override
    protected HtmlBlock initContent() {
        return HtmlBlock.page(SafeHtml.EMPTY, "role-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("roleKey").orElse("");
        // one catalog for the whole page, even if it is reloaded meanwhile
        Catalog catalog = catalogService.catalog();
        var role = catalog.role(key);
        if (role.isEmpty()) {
            String message = "There is no role called " + UserText.quote(key) + ". The catalog has: "
                    + catalog.roles().stream().map(Role::title).collect(Collectors.joining(", ")) + ".";
            event.rerouteToError(new ExplainedNotFoundException(message), message);
            return;
        }
        title = role.get().title() + MainLayout.TITLE_SUFFIX;
        getContent().setId("role-" + key);
        getContent().setContent(catalogMarkup.page(catalog, "roles/" + key, page -> content(page, catalog, role.get())));
    }

    private static void content(Element page, Catalog catalog, Role role) {
        page.appendElement("p").addClass("lead").text(role.summary());
        Element links = page.appendElement("div").addClass("actions");
        catalog.roles().stream().filter(other -> !other.key().equals(role.key())).forEach(other ->
                Markup.link(links, CompareView.class, QueryParameters.simple(Map.of("left", role.key(), "right", other.key())),
                        "Compare with " + other.title()).addClass("button-link"));
        Markup.link(links, RoleListView.class, "All roles").addClass("button-link");

        RoleSections sections = new RoleSections(catalog);
        for (RoleSections.Section section : RoleSections.Section.values()) {
            Element element = page.appendElement("section").addClass("article-section").id("section-" + section.id);
            element.appendElement("h2").text(section.heading);
            sections.render(element, section, role, Set.of(), Set.of());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

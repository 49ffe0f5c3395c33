package app.skillpath.catalog.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.catalog.Article;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jsoup.nodes.Element;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every role of the catalog: title, one-line definition and salary, leading to its full page.
 * Read-only, so markup: the same for every visitor, built once per catalog ({@link CatalogMarkup}).
 */
@Menu(order = 1, title = "Roles", icon = "vaadin:briefcase")
@Route(value = "roles", layout = MainLayout.class)
@PageTitle("Roles" + MainLayout.TITLE_SUFFIX)
@AnonymousAllowed
public class RoleListView extends Composite<HtmlBlock> {

    static final DateTimeFormatter ARTICLE_DATE = DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.US);

    private final CatalogService catalogService;
    private final CatalogMarkup catalogMarkup;

    RoleListView(CatalogService catalogService, CatalogMarkup catalogMarkup) {
        this.catalogService = catalogService;
        this.catalogMarkup = catalogMarkup;
    }

    @Override
    protected HtmlBlock initContent() {
        Catalog catalog = catalogService.catalog();
        return HtmlBlock.page(catalogMarkup.page(catalog, "roles", content -> content(content, catalog)), "role-list");
    }

    private static void content(Element page, Catalog catalog) {
        Article article = catalog.article();
        page.appendElement("p").addClass("source-line").text("From the article “" + article.title() + "”, "
                + article.readTime() + " · " + ARTICLE_DATE.format(article.published()));
        page.appendElement("p").addClass("lead").id("article-introduction").text(article.introduction());
        Element cards = page.appendElement("div").addClass("card-grid");
        for (Role role : catalog.roles()) {
            card(cards, role);
        }
    }

    private static void card(Element cards, Role role) {
        Element card = cards.appendElement("div").addClass("card").id("role-card-" + role.key());
        RouteParameters page = new RouteParameters("roleKey", role.key());
        Markup.link(card.appendElement("h2"), RoleDetailView.class, page, role.title());
        card.appendElement("p").text(role.summary());
        RoleSections.salary(card, role);
        Markup.link(card.appendElement("div").addClass("actions"), RoleDetailView.class, page, "Read every section")
                .addClass("button-link").addClass("primary");
    }
}

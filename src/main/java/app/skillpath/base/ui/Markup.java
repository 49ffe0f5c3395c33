package app.skillpath.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.menu.MenuEntry;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The pieces every read-only page is built from, so the same kind of thing looks and reads the same
 * on every page: links to routes (their address taken from the route class, so renaming a route
 * cannot leave a dead link), badges and data tables. Used inside {@link SafeHtml#build}.
 */
public final class Markup {

    private Markup() {
    }

    /** A link to a route that Vaadin's router follows within the page, as a RouterLink does. */
    public static Element link(Element parent, Class<? extends Component> target, String text) {
        return routerLink(parent, url(target)).text(text);
    }

    /** A link to a route with parameters in its path, such as a role's page. */
    public static Element link(Element parent, Class<? extends Component> target, RouteParameters parameters, String text) {
        return routerLink(parent, RouteConfiguration.forApplicationScope().getUrl(target, parameters)).text(text);
    }

    /** A link to a route with a query, such as a plan for one role. */
    public static Element link(Element parent, Class<? extends Component> target, QueryParameters query, String text) {
        return routerLink(parent, url(target) + "?" + query.getQueryString()).text(text);
    }

    /** A link to the route of a menu entry, whose path Vaadin took from the route; its title as the text. */
    public static Element link(Element parent, MenuEntry entry) {
        return routerLink(parent, path(entry)).text(entry.title());
    }

    /**
     * A link to a path given by another feature (which took it from its route). Prefer the route
     * class where it can be named; base cannot name features' routes.
     */
    public static Element link(Element parent, String routePath, String text) {
        return routerLink(parent, routePath).text(text);
    }

    /** A menu entry's path relative to the app's root (Vaadin gives it from "/"), so it works under any context path. */
    public static String path(MenuEntry entry) {
        return entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
    }

    /** The address of a route without parameters, relative to the app's root. */
    public static String url(Class<? extends Component> target) {
        return RouteConfiguration.forApplicationScope().getUrl(target);
    }

    private static Element routerLink(Element parent, String href) {
        return parent.appendElement("a").attr("href", href).attr("router-link", "");
    }

    /** A short label: a step's kind, a fit band, a date range. */
    public static Element badge(Element parent, String text) {
        return parent.appendElement("span").addClass("badge").text(text);
    }

    /**
     * A data table with a caption and column headings in a horizontally scrolling wrapper (narrow
     * screens), styled as every table of figures in the app; add rows with {@link Table#row}.
     */
    public static Table table(Element parent, String id, String caption, List<String> headings) {
        Element table = parent.appendElement("div").addClass("table-scroll")
                .appendElement("table").id(id).addClass("fit-table");
        table.appendElement("caption").text(caption);
        cells(table.appendElement("thead").appendElement("tr"), "th", headings);
        return new Table(table, table.appendElement("tbody"));
    }

    private static Element cells(Element row, String tag, List<String> texts) {
        texts.forEach(text -> row.appendElement(tag).text(text));
        return row;
    }

    /** A table being built: body rows, and an optional footer row with totals. */
    public record Table(Element table, Element body) {

        public Element row(String... cells) {
            return cells(body.appendElement("tr"), "td", List.of(cells));
        }

        public Element footer(String... cells) {
            return cells(table.appendElement("tfoot").appendElement("tr"), "td", List.of(cells));
        }
    }
}

package app.skillpath.catalog.ui;

import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.Catalog;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The catalog pages' markup, built once per catalog and shared by every open page: it is the same
 * for every visitor, so each open page then holds a reference to one string instead of its own copy
 * of a role page (tens of kilobytes). Kept per {@link Catalog} instance, not in a static field,
 * because the catalog can be reloaded (a changed catalog file, a test installing another one): a
 * page asked for with another catalog than the one kept starts afresh. Bounded by the catalog:
 * one list page, one page per role and one comparison per pair of roles.
 */
@Component
class CatalogMarkup {

    private record Entries(Catalog catalog, Map<String, SafeHtml> pages) {
    }

    private volatile Entries entries = new Entries(null, Map.of());

    /**
     * The markup for {@code key}, built from {@code catalog} by {@code content} the first time it is
     * asked for. The key must name everything the content depends on besides the catalog.
     */
    SafeHtml page(Catalog catalog, String key, Consumer<Element> content) {
        Entries current = entries;
        // identity, not equals: a record comparison would walk the whole catalog on every page view
        if (current.catalog() != catalog) {
            current = new Entries(catalog, new ConcurrentHashMap<>());
            entries = current;
        }
        return current.pages().computeIfAbsent(key, ignored -> SafeHtml.build(content));
    }
}

package app.skillpath.base.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Markup that is safe to show as it is: it can only be made by {@link #build}, which hands the
 * caller a jsoup element tree and serializes it. jsoup escapes every text and attribute value, so
 * a user's words can never become markup; the methods of jsoup that parse raw HTML into the tree
 * are barred from main code by {@code ArchitectureTest}. There is no way to make one from a string.
 */
public final class SafeHtml {

    public static final SafeHtml EMPTY = new SafeHtml("");

    private final String html;

    private SafeHtml(String html) {
        this.html = html;
    }

    /**
     * The markup the given code builds under an empty root element. Build shared, unchanging markup
     * once and pass the same value to every page: it is then held once, not per page.
     */
    public static SafeHtml build(Consumer<Element> content) {
        Document document = Document.createShell("");
        // ASCII with entities for the rest: Java then keeps the string at one byte per character
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.US_ASCII);
        Element root = document.body();
        content.accept(root);
        return new SafeHtml(root.html());
    }

    /** The serialized markup, for the one place that hands it to the browser ({@link HtmlBlock}). */
    String html() {
        return html;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml that && html.equals(that.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return html;
    }
}

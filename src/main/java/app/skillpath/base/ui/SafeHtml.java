package app.skillpath.base.ui;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Markup that is safe to show as it is: it can only be made by {@link #build}, which hands the
 * caller a jsoup element tree and serializes it. jsoup escapes every text and attribute value, so
 * a user's words can never become markup; the methods of jsoup that parse raw HTML into the tree
 * are barred from main code by {@code ArchitectureTest}. There is no way to make one from a string.
 * <p>
 * Escaping alone does not make every tree harmless: jsoup writes the text of a {@code <script>} or
 * {@code <style>} unescaped (it holds it as data), and an escaped value still runs in an {@code on*}
 * attribute or a {@code javascript:} address. {@link #build} therefore refuses such a tree, whatever
 * the caller put into it, so a builder that one day passes a user's words there fails loudly instead
 * of sending a script.
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
        requireInert(root);
        return new SafeHtml(root.html());
    }

    /** Elements whose content or attributes load or run code; read-only pages need none of them. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of(
            "script", "style", "iframe", "frame", "object", "embed", "base", "meta", "link", "template", "svg", "math");

    /** Attributes that hold an address the browser may follow or load. */
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of(
            "href", "src", "action", "formaction", "xlink:href", "poster");

    /** Browsers ignore tabs, new lines and other control characters inside a scheme ("java\tscript:"). */
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20\\x7f]");

    private static void requireInert(Element root) {
        for (Element element : root.getAllElements()) {
            if (element != root && ACTIVE_ELEMENTS.contains(element.normalName())) {
                throw new IllegalArgumentException("markup may not contain <" + element.normalName() + ">");
            }
            if (!element.dataNodes().isEmpty()) {
                throw new IllegalArgumentException("markup may not contain unescaped data");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                // srcdoc holds a whole document, unescaped by the browser
                if (name.startsWith("on") || name.equals("srcdoc")) {
                    throw new IllegalArgumentException("markup may not contain the event attribute " + name);
                }
                if (ADDRESS_ATTRIBUTES.contains(name) && !safeAddress(attribute.getValue())) {
                    throw new IllegalArgumentException("markup may not link to a script or data address");
                }
            }
        }
    }

    /** A relative address or one with the http, https or mailto scheme. */
    private static boolean safeAddress(String value) {
        String address = IGNORED_IN_SCHEME.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        int colon = address.indexOf(':');
        int firstOther = indexOfAny(address, "/?#");
        boolean hasScheme = colon >= 0 && (firstOther < 0 || colon < firstOther);
        return !hasScheme || address.startsWith("http:") || address.startsWith("https:") || address.startsWith("mailto:");
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
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

package app.skillpath.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.function.Consumer;

/**
 * Read-only markup as one server-side element. Every Vaadin component costs about a kilobyte of
 * server memory per open page; a page of text, tables and links built from dozens of them would
 * hold far more than the page needs (see docs/BENCHMARKS.md, memory). The markup is built with
 * jsoup, which escapes every text, so user input can never become markup.
 */
@Tag("div")
public class HtmlBlock extends Component implements HasStyle {

    public HtmlBlock(String innerHtml) {
        setInnerHtml(innerHtml);
    }

    /** A block with another tag than div, such as a page's main element. */
    public HtmlBlock(String tag, String innerHtml) {
        super(new com.vaadin.flow.dom.Element(tag));
        setInnerHtml(innerHtml);
    }

    /** A block whose content is built by the given code under an empty root element. */
    public static HtmlBlock of(Consumer<Element> content) {
        return new HtmlBlock(markup(content));
    }

    /**
     * The inner markup that the given code builds under an empty root element. Build shared,
     * unchanging markup once and pass the same string to every page: it is then held once, not
     * per page.
     */
    public static String markup(Consumer<Element> content) {
        Document document = Document.createShell("");
        // ASCII with entities for the rest: Java then keeps the string at one byte per character
        document.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.US_ASCII);
        Element root = document.body();
        content.accept(root);
        return root.html();
    }

    /** A link in the markup that Vaadin's router follows within the page, as a RouterLink does. */
    public static Element routerLink(Element parent, String href) {
        return parent.appendElement("a").attr("href", href).attr("router-link", "");
    }

    public final void setInnerHtml(String innerHtml) {
        getElement().setProperty("innerHTML", innerHtml);
    }

    public String innerHtml() {
        return getElement().getProperty("innerHTML", "");
    }
}

package app.skillpath.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import org.jsoup.nodes.Element;

import java.util.function.Consumer;

/**
 * Read-only markup as one server-side element: how Skillpath shows everything that is only read
 * (see the README, "How a page is built"). Every Vaadin component costs about a kilobyte of server
 * memory per open page; a page of text, tables and links built from dozens of them would hold far
 * more than the page needs (docs/BENCHMARKS.md, memory). It takes only {@link SafeHtml}, which
 * only the escaping builder makes, so "all text is escaped" holds by construction.
 */
@Tag("div")
public class HtmlBlock extends Component implements HasStyle {

    public HtmlBlock(SafeHtml content) {
        setContent(content);
    }

    /** A block with another tag than div, such as a page's main element. */
    public HtmlBlock(String tag, SafeHtml content) {
        super(new com.vaadin.flow.dom.Element(tag));
        setContent(content);
    }

    /**
     * A read-only page: its {@code main} element, styled as a page ({@code page} and the given
     * class names), holding the markup. Every read-only view's content is one of these.
     */
    public static HtmlBlock page(SafeHtml content, String... classNames) {
        HtmlBlock page = new HtmlBlock("main", content);
        page.addClassName("page");
        page.addClassNames(classNames);
        return page;
    }

    /** A block whose content is built by the given code under an empty root element. */
    public static HtmlBlock of(Consumer<Element> content) {
        return new HtmlBlock(SafeHtml.build(content));
    }

    public final void setContent(SafeHtml content) {
        getElement().setProperty("innerHTML", content.html());
    }

    /** The markup as the browser receives it (for tests and measurements). */
    public String innerHtml() {
        return getElement().getProperty("innerHTML", "");
    }
}

package app.skillpath.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;

/**
 * A friendly page for unknown addresses and unknown role keys, instead of a stack trace. It offers
 * the pages of the menu the visitor may open, so it never points at a page that is not there.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not found" + MainLayout.TITLE_SUFFIX)
@AnonymousAllowed
public class NotFoundView extends Composite<HtmlBlock> implements HasErrorParameter<NotFoundException> {

    @Override
    protected HtmlBlock initContent() {
        HtmlBlock page = HtmlBlock.page(SafeHtml.EMPTY, "not-found");
        page.setId("not-found");
        return page;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // only our own exceptions carry a message meant for users; the router's says "Couldn't find route"
        String message = parameter.getException() instanceof ExplainedNotFoundException && parameter.hasCustomMessage()
                ? parameter.getCustomMessage()
                : "There is nothing at “/" + event.getLocation().getPath() + "”. Check the address, or start again below.";
        getContent().setContent(SafeHtml.build(page -> {
            page.appendElement("h2").text("We could not find that page");
            page.appendElement("p").id("not-found-explanation").text(message);
            Element actions = page.appendElement("div").addClass("actions");
            MenuConfiguration.getMenuEntries().forEach(entry ->
                    Markup.link(actions, entry).addClass("button-link"));
        }));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

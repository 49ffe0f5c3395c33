package app.skillpath.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.server.menu.MenuConfiguration;

/** A page that fails to open shows this plain explanation instead of a stack trace. Read-only, so markup. */
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong" + MainLayout.TITLE_SUFFIX)
@AnonymousAllowed
public class UnexpectedErrorView extends Composite<HtmlBlock> implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    protected HtmlBlock initContent() {
        HtmlBlock page = HtmlBlock.page(SafeHtml.EMPTY, "not-found");
        page.setId("unexpected-error");
        return page;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open /{}", loggablePath(event.getLocation().getPath()), parameter.getException());
        String explanation = ErrorHandling.messageFor(parameter.getException()).replace("your last action was not completed",
                "this page could not be opened").replace("your last change was not saved", "this page could not be opened");
        getContent().setContent(SafeHtml.build(page -> {
            page.appendElement("h2").text("This page could not be opened");
            page.appendElement("p").id("unexpected-error-explanation").text(explanation);
            // the start page, wherever the menu has it
            MenuConfiguration.getMenuEntries().stream().findFirst().ifPresent(home -> Markup.link(
                    page.appendElement("div").addClass("actions"), Markup.path(home), "Go to the start page")
                    .addClass("button-link").addClass("primary"));
        }));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /**
     * The page's first path segment only, the rest shown as "…": a page's parameters can be a secret (the token of
     * /invitation/&lt;token&gt; is the invitation itself), and the route named with the stack trace is enough to go by.
     */
    static String loggablePath(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash) + "/…";
    }
}

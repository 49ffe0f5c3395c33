package app.skillpath.invitation.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A new invitation link as its maker sees it, the one time it exists outside their recipient's hands: the full
 * address in a read-only field, a copy button and a note saying why it cannot be shown again. Every kind of
 * invitation shows its link this way; each names its own ids so its page and tests can find it.
 */
public final class LinkShownOnce {

    private LinkShownOnce() {
    }

    /**
     * @param path     the link's path below the app's root ({@code invitation/<token>})
     * @param idPrefix ids become {@code <prefix>}, {@code <prefix>-copy} and {@code <prefix>-note}
     * @param note     what to do with the link, and what to do if it is lost
     */
    public static Div panel(String path, String idPrefix, String note, String className) {
        TextField link = new TextField("Invitation link");
        link.setId(idPrefix);
        link.setReadOnly(true);
        link.setValue(baseUrl() + path);
        Button copy = new Button("Copy link", event -> link.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", link.getValue())
                .then(done -> Notifications.saved("The link was copied."),
                        failed -> Notifications.info("Select the link and copy it yourself.")));
        copy.setId(idPrefix + "-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div panel = new Div(HtmlBlock.of(root -> root.appendElement("p").id(idPrefix + "-note").text(note)), link, copy);
        panel.addClassNames("feed-address", className);
        return panel;
    }

    /** This app's root as the browser reached it, as the calendar feed's address is built. */
    public static String baseUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var servletRequest = ((VaadinServletRequest) request).getHttpServletRequest();
        return ServletUriComponentsBuilder.fromContextPath(servletRequest).path("/").build().toUriString();
    }
}

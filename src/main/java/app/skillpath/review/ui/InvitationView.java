package app.skillpath.review.ui;

import app.skillpath.account.CurrentUser;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.Notifications;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.plan.ui.PlanFormat;
import app.skillpath.review.InvitationPreview;
import app.skillpath.review.ReviewException;
import app.skillpath.review.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;

/**
 * An invitation link as its visitor opens it. A visitor who is not logged in is sent to the login page first (the
 * route needs a login; Vaadin keeps the address and brings them back here after logging in or signing up). The token
 * is held only by this page: it is never in the title, and the page logs nothing of it.
 */
@Route(value = InvitationView.ROUTE_PREFIX + ":" + InvitationView.TOKEN, layout = MainLayout.class)
@PageTitle("Review invitation" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class InvitationView extends Main implements BeforeEnterObserver {

    /** The stored redirect of a visitor sent to log in from an invitation starts with this. */
    public static final String ROUTE_PREFIX = "invitation/";
    static final String TOKEN = "token";

    private final ReviewService reviewService;
    private final CurrentUser currentUser;
    private String token;

    public InvitationView(ReviewService reviewService, CurrentUser currentUser) {
        this.reviewService = reviewService;
        this.currentUser = currentUser;
        addClassNames("page", "narrow-page", "invitation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse("");
        render();
    }

    private void render() {
        removeAll();
        InvitationPreview preview;
        try {
            preview = reviewService.preview(token);
        } catch (ReviewException e) {
            refusal(e.getMessage());
            return;
        }
        LocalDate expires = LocalDate.ofInstant(preview.expiresAt(), currentUser.zone());
        add(HtmlBlock.of(root -> {
            root.appendElement("h1").text("A second opinion");
            root.appendElement("p").id("invitation-summary").addClass("lead").text(preview.ownerName()
                    + " asks you for a second opinion on " + preview.skillCount()
                    + (preview.skillCount() == 1 ? " skill" : " skills") + " (" + preview.scope() + ").");
            root.appendElement("p").id("invitation-notes").text(preview.sharesNotes()
                    ? preview.ownerName() + " shares their evidence notes with you."
                    : preview.ownerName() + " does not share their evidence notes.");
            root.appendElement("p").text("You rate each skill on the 0-4 scale, or say you can't judge it; a comment is "
                    + "optional. You do not see " + preview.ownerName() + "'s own levels, so your answers are your own. "
                    + "Once you submit, " + preview.ownerName() + " sees your answers and your display name.");
            root.appendElement("p").id("invitation-expiry").addClass("fine-print").text("This link works once and "
                    + "expires on " + PlanFormat.date(expires) + ".");
        }));
        Button accept = new Button("Accept and start", event -> accept());
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button("Decline", event -> confirmDecline(preview.ownerName()));
        decline.setId("invitation-decline");
        Div actions = new Div(accept, decline);
        actions.addClassName("actions");
        add(actions);
    }

    private void refusal(String message) {
        removeAll();
        add(new HtmlBlock(SafeHtml.build(root -> {
            root.appendElement("h1").text("A second opinion");
            root.appendElement("p").id("invitation-refusal").addClass("callout").text(message);
            Markup.link(root.appendElement("p"), ReviewsView.ROUTE, "Your reviews");
        })));
    }

    private void accept() {
        try {
            long reviewId = reviewService.accept(token);
            getUI().ifPresent(ui -> ui.navigate(ReviewFormView.path(reviewId)));
        } catch (ReviewException e) {
            refusal(e.getMessage());
        }
    }

    /** Declining uses the link up for good, so it is confirmed first (as declining from the reviews list is). */
    private void confirmDecline(String ownerName) {
        ConfirmDialog dialog = new ConfirmDialog("Decline this review?", "The link stops working, and " + ownerName
                + " sees that you declined.", "Decline", event -> decline());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-invitation-decline");
        dialog.open();
    }

    private void decline() {
        try {
            reviewService.declineLink(token);
            removeAll();
            add(HtmlBlock.of(root -> {
                root.appendElement("h1").text("A second opinion");
                root.appendElement("p").id("invitation-declined").text("You declined. The link no longer works, and "
                        + "the person who sent it sees that you declined.");
            }));
            Notifications.saved("You declined the invitation.");
        } catch (ReviewException e) {
            refusal(e.getMessage());
        }
    }
}

package app.skillpath.invitation.ui;

import app.skillpath.account.CurrentUser;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.Notifications;
import app.skillpath.home.ui.HomeView;
import app.skillpath.invitation.InvitationException;
import app.skillpath.invitation.InvitationOffer;
import app.skillpath.invitation.Invitations;
import app.skillpath.plan.ui.PlanFormat;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;

/**
 * An invitation link as its visitor opens it, whatever it invites to (a review, a team): the page shows the offer
 * {@link Invitations} finds for the token and knows nothing of its kind. A visitor who is not logged in is sent to the
 * login page first (the route needs a login; Vaadin keeps the address and brings them back here after logging in or
 * signing up). The token is held only by this page: it is never in the title, and the page logs nothing of it.
 */
@Route(value = Invitations.ROUTE_PREFIX + ":" + InvitationView.TOKEN, layout = MainLayout.class)
@PageTitle("Invitation" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class InvitationView extends Main implements BeforeEnterObserver {

    static final String TOKEN = "token";
    /** The heading of a refusal, which has no offer to name what the link was for. */
    private static final String NEUTRAL_HEADING = "Invitation";

    private final Invitations invitations;
    private final CurrentUser currentUser;
    private String token;

    public InvitationView(Invitations invitations, CurrentUser currentUser) {
        this.invitations = invitations;
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
        InvitationOffer offer;
        try {
            offer = invitations.offer(token);
        } catch (InvitationException e) {
            refusal(e.getMessage());
            return;
        }
        LocalDate expires = LocalDate.ofInstant(offer.expiresAt(), currentUser.zone());
        add(HtmlBlock.of(root -> {
            root.appendElement("h1").text(offer.heading());
            root.appendElement("p").id("invitation-summary").addClass("lead").text(offer.summary());
            for (int i = 0; i < offer.details().size(); i++) {
                root.appendElement("p").id("invitation-detail-" + i).text(offer.details().get(i));
            }
            root.appendElement("p").id("invitation-expiry").addClass("fine-print").text("This link works once and "
                    + "expires on " + PlanFormat.date(expires) + ".");
        }));
        Button accept = new Button(offer.acceptLabel(), event -> accept());
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button("Decline", event -> confirmDecline(offer));
        decline.setId("invitation-decline");
        Div actions = new Div(accept, decline);
        actions.addClassName("actions");
        add(actions);
    }

    /** A refusal never tells what the link was for (a review, a team), so its way on is one every visitor has. */
    private void refusal(String message) {
        removeAll();
        add(HtmlBlock.of(root -> {
            root.appendElement("h1").text(NEUTRAL_HEADING);
            root.appendElement("p").id("invitation-refusal").addClass("callout").text(message);
            Markup.link(root.appendElement("p"), HomeView.class, "Home");
        }));
    }

    private void accept() {
        try {
            String next = invitations.accept(token);
            getUI().ifPresent(ui -> ui.navigate(next));
        } catch (InvitationException e) {
            refusal(e.getMessage());
        }
    }

    /** Declining uses the link up for good, so it is confirmed first (as declining from the reviews list is). */
    private void confirmDecline(InvitationOffer offer) {
        ConfirmDialog dialog = new ConfirmDialog(offer.declineQuestion(), offer.declineConsequence(), "Decline",
                event -> decline(offer.heading()));
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-invitation-decline");
        dialog.open();
    }

    private void decline(String heading) {
        try {
            invitations.decline(token);
            removeAll();
            add(HtmlBlock.of(root -> {
                root.appendElement("h1").text(heading);
                root.appendElement("p").id("invitation-declined").text("You declined. The link no longer works, and "
                        + "the person who sent it sees that you declined.");
            }));
            Notifications.saved("You declined the invitation.");
        } catch (InvitationException e) {
            refusal(e.getMessage());
        }
    }
}

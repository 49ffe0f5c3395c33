package app.skillpath.review;

import app.skillpath.invitation.InvitationException;
import app.skillpath.invitation.InvitationKind;
import app.skillpath.invitation.InvitationOffer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A review invitation as one kind of invitation link: {@link ReviewService}'s preview, accept and decline in the shape
 * the shared invitation page shows. The service keeps its own refusals (its tests and the reviews page rely on them);
 * here a link that does not work as a review link is simply not ours, so that another kind may claim the token. Only
 * the visitor's own review link is refused outright: it is a working link, just not one its owner may take.
 */
@Component
public class ReviewInvitationKind implements InvitationKind {

    private final ReviewService reviewService;

    public ReviewInvitationKind(ReviewService reviewService) {
        this.reviewService = reviewService;
    }

    @Override
    public Optional<InvitationOffer> offer(String token) {
        return claimed(() -> offerOf(reviewService.preview(token)));
    }

    @Override
    public Optional<String> accept(String token) {
        return claimed(() -> ReviewForm.path(reviewService.accept(token)));
    }

    @Override
    public boolean decline(String token) {
        return claimed(() -> {
            reviewService.declineLink(token);
            return true;
        }).isPresent();
    }

    /** The texts the review invitation has always shown, as an offer. */
    static InvitationOffer offerOf(InvitationPreview preview) {
        String owner = preview.ownerName();
        String summary = owner + " asks you for a second opinion on " + preview.skillCount()
                + (preview.skillCount() == 1 ? " skill" : " skills") + " (" + preview.scope() + ").";
        String notes = preview.sharesNotes()
                ? owner + " shares their evidence notes with you."
                : owner + " does not share their evidence notes.";
        String rating = "You rate each skill on the 0-4 scale, or say you can't judge it; a comment is optional. You do "
                + "not see " + owner + "'s own levels, so your answers are your own. Once you submit, " + owner
                + " sees your answers and your display name.";
        return new InvitationOffer("A second opinion", summary, List.of(notes, rating), "Accept and start",
                "Decline this review?", "The link stops working, and " + owner + " sees that you declined.",
                preview.expiresAt());
    }

    /**
     * The step's result, or empty when the service refuses the token as a link that does not work. The service says
     * which refusal it is only by its message, so the one refusal that is ours to pass on is recognised by it.
     */
    private static <T> Optional<T> claimed(Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (ReviewException e) {
            if (ReviewService.OWN_LINK.equals(e.getMessage())) {
                throw new InvitationException(ReviewService.OWN_LINK);
            }
            return Optional.empty();
        }
    }
}

package app.skillpath.review;

import java.time.Instant;
import java.util.Optional;

/**
 * One review in a list, for either party: {@code otherParty} is the reviewer's name for the owner (empty before anyone
 * accepted, or when the reviewer's account is gone) and the owner's name for the reviewer.
 */
public record ReviewSummary(long id, String scope, int skillCount, boolean sharesNotes, ReviewState state,
                            boolean hadReviewer, Optional<String> otherParty, Instant createdAt, Instant expiresAt,
                            Optional<Instant> closedAt) {

    public ReviewStatus status(Instant now) {
        return switch (state) {
            case INVITED -> now.isBefore(expiresAt) ? ReviewStatus.WAITING_FOR_REVIEWER : ReviewStatus.EXPIRED;
            case ACCEPTED -> hadReviewer && otherParty.isEmpty() ? ReviewStatus.REVIEWER_GONE : ReviewStatus.IN_PROGRESS;
            case SUBMITTED -> ReviewStatus.SUBMITTED;
            case DECLINED -> ReviewStatus.DECLINED;
            case WITHDRAWN -> ReviewStatus.WITHDRAWN;
        };
    }

    /**
     * The reviewer as the owner sees them: their name, "a former reviewer" once their account is deleted, "no reviewer
     * yet" while the link may still be taken, and "none" for a link withdrawn or expired unused.
     */
    public String reviewerLabel(Instant now) {
        return otherParty.orElse(hadReviewer ? FORMER_REVIEWER
                : status(now) == ReviewStatus.WAITING_FOR_REVIEWER ? "no reviewer yet" : "none");
    }

    public static final String FORMER_REVIEWER = "a former reviewer";
}

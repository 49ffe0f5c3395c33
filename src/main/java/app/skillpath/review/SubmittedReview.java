package app.skillpath.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A submitted review as its owner reads it: per skill the owner's own level when it was submitted, the reviewer's
 * level (or "can't judge") and comment. {@code reviewerName} is empty once the reviewer's account is deleted.
 */
public record SubmittedReview(long id, Optional<String> reviewerName, String scope, Instant submittedAt, List<Answer> answers) {

    public SubmittedReview {
        answers = List.copyOf(answers);
    }

    public String reviewerLabel() {
        return reviewerName.orElse(ReviewSummary.FORMER_REVIEWER);
    }

    public record Answer(String skillKey, String skillName, Optional<Integer> ownLevel, Optional<Integer> reviewerLevel,
                         boolean cannotJudge, Optional<String> comment) {
    }
}

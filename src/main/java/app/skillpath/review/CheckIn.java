package app.skillpath.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A comparison frozen on a day: written once, never changed. {@code reviewerLabel} is the reviewer's name while their
 * account exists, else "a former reviewer" (a check-in restored from a data file has no review any more).
 * {@code reviewId} is the review it froze, empty once that review is gone or for a restored check-in.
 */
public record CheckIn(long id, Instant takenAt, String reviewerLabel, Snapshot snapshot, Optional<Long> reviewId) {

    /** A check-in not tied to a review (restored from a data file). */
    public CheckIn(long id, Instant takenAt, String reviewerLabel, Snapshot snapshot) {
        this(id, takenAt, reviewerLabel, snapshot, Optional.empty());
    }

    /**
     * What was frozen, as stored (JSON) and exported. Levels are null where none was given; {@code agreedLevel} is the
     * level the owner held when freezing (after any adoption), {@code reviewer} fit null where the reviewer gave no level
     * for any of the role's skills.
     */
    public record Snapshot(String scope, Instant reviewSubmittedAt, List<Item> items, List<Fit> fits) {
        public Snapshot {
            items = List.copyOf(items);
            fits = List.copyOf(fits);
        }

        public static Snapshot of(Comparison comparison) {
            return new Snapshot(comparison.review().scope(), comparison.review().submittedAt(),
                    comparison.rows().stream().map(row -> new Item(row.skillKey(), row.skillName(), row.ownLevel().orElse(null),
                            row.reviewerLevel().orElse(null), row.cannotJudge(), row.currentLevel().orElse(null),
                            row.comment().orElse(null))).toList(),
                    comparison.fits().stream().map(fit -> new Fit(fit.key(), fit.title(), Math.round(fit.own()),
                            fit.reviewer().isPresent() ? Math.round(fit.reviewer().getAsDouble()) : null,
                            Math.round(fit.lower()))).toList());
        }
    }

    public record Item(String skill, String skillName, Integer ownLevel, Integer reviewerLevel, boolean cannotJudge,
                       Integer agreedLevel, String comment) {

        public Difference difference() {
            return Difference.between(java.util.Optional.ofNullable(ownLevel), java.util.Optional.ofNullable(reviewerLevel));
        }
    }

    /** {@code key}: the role's catalog key or the target's key; null for a target's fit restored from a data file (which holds no ids). */
    public record Fit(String key, String title, long own, Long reviewer, long lower) {
    }
}

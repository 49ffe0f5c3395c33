package app.skillpath.review;

/** A review's stored state (the database's {@code review.state}); "expired" is not stored: the clock decides it. */
public enum ReviewState {
    /** The link works until it expires; no reviewer yet. */
    INVITED,
    /** A reviewer took the link and answers. */
    ACCEPTED,
    /** Answered and submitted once: read-only for both. */
    SUBMITTED,
    DECLINED,
    WITHDRAWN;

    public String stored() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ReviewState ofStored(String stored) {
        return valueOf(stored.toUpperCase(java.util.Locale.ROOT));
    }
}

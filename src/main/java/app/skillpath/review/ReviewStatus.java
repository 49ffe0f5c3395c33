package app.skillpath.review;

/** What a review is now, as both parties see it: the stored state read with the clock and the reviewer's account. */
public enum ReviewStatus {
    WAITING_FOR_REVIEWER("Waiting for the reviewer to open the link"),
    EXPIRED("Link expired unused"),
    IN_PROGRESS("Reviewer is answering"),
    SUBMITTED("Submitted"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn"),
    REVIEWER_GONE("Closed: the reviewer's account was deleted");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Open: it still counts against the limit of open invitations, and the owner may withdraw it. */
    public boolean isOpen() {
        return this == WAITING_FOR_REVIEWER || this == IN_PROGRESS;
    }
}

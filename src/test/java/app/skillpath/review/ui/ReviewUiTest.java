package app.skillpath.review.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewScope;
import app.skillpath.review.ReviewService;
import app.skillpath.review.ReviewStatus;
import app.skillpath.review.ReviewSummary;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

/**
 * An owner, a reviewer and a stranger, and the service steps the pages' tests start from. Public for the shared
 * invitation page's test, which opens review links.
 */
public abstract class ReviewUiTest extends KaribuTest {

    @Autowired
    protected TestAccounts testAccounts;

    @Autowired
    protected ReviewService reviews;

    protected Account owner;
    protected Account reviewer;
    protected Account stranger;

    @BeforeEach
    void accounts() {
        owner = testAccounts.create("rui.owner");
        reviewer = testAccounts.create("rui.reviewer");
        stranger = testAccounts.create("rui.stranger");
    }

    /** Logs the account into the UI (and the services) and opens the page; elsewhere first, as a fresh visit would. */
    protected void open(Account account, String location) {
        login(account, testAccounts.passwordHash(account));
        navigate("roles");
        navigate(location);
    }

    protected void as(Account account) {
        login(account, testAccounts.passwordHash(account));
    }

    protected Invitation invite(boolean sharesNotes, String... skills) {
        as(owner);
        return reviews.invite(new ReviewScope.Picked(List.of(skills)), sharesNotes);
    }

    protected long accepted(Invitation invitation) {
        as(reviewer);
        return reviews.accept(invitation.token());
    }

    protected ReviewStatus statusForOwner(long reviewId) {
        as(owner);
        return reviews.myRequests().stream().filter(review -> review.id() == reviewId).findFirst()
                .map(review -> review.status(Instant.now())).orElseThrow();
    }

    protected ReviewSummary requestOf(long reviewId) {
        as(owner);
        return reviews.myRequests().stream().filter(review -> review.id() == reviewId).findFirst().orElseThrow();
    }
}

package app.skillpath.review;

import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/**
 * What the service-level review tests share: an owner and a reviewer of their own (named with the test's prefix, so
 * classes never collide), and the steps to an invitation and an accepted review.
 */
abstract class ReviewServiceTestBase {

    @Autowired
    ReviewService reviews;

    @Autowired
    AssessmentService assessment;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    private final String prefix;
    Account owner;
    Account reviewer;

    ReviewServiceTestBase(String prefix) {
        this.prefix = prefix;
    }

    @BeforeEach
    void ownerAndReviewer() {
        owner = testAccounts.create(prefix + ".owner");
        reviewer = testAccounts.create(prefix + ".reviewer");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    /** The owner asks for a review of these skills (notes not shared). */
    Invitation invite(String... skills) {
        TestAccounts.logIn(owner);
        return reviews.invite(new ReviewScope.Picked(List.of(skills)), false);
    }

    /** The reviewer takes the link; they stay logged in. */
    long accepted(Invitation invitation) {
        TestAccounts.logIn(reviewer);
        return reviews.accept(invitation.token());
    }

    long accepted(String... skills) {
        return accepted(invite(skills));
    }
}

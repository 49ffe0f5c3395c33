package app.skillpath.review;

import app.skillpath.AllAtOnce;
import app.skillpath.SpringTest;
import app.skillpath.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static app.skillpath.db.generated.Tables.CHECK_IN;
import static app.skillpath.db.generated.Tables.REVIEW;
import static app.skillpath.db.generated.Tables.REVIEW_SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests on one review at the same moment, as two tabs or a console loop would send them: the review ends in one
 * of the states either order gives, never in a mix of both.
 */
@SpringTest
class ReviewRaceTest extends ReviewServiceTestBase {

    @Autowired
    ReviewRepository repository;

    @Autowired
    PlatformTransactionManager transactions;

    ReviewRaceTest() {
        super("race");
    }

    private long submitted(String skill, int reviewerLevel) {
        long id = accepted(skill);
        reviews.answer(id, skill, reviewerLevel, false);
        reviews.submit(id);
        TestAccounts.logIn(owner);
        return id;
    }

    private String state(long reviewId) {
        return dsl.select(REVIEW.STATE).from(REVIEW).where(REVIEW.ID.eq(reviewId)).fetchSingle().value1();
    }

    @Test
    void an_answer_cleared_while_the_review_is_being_submitted_makes_the_submission_wait_and_refuse() throws Exception {
        long id = accepted("statistics", "programming");
        reviews.answer(id, "statistics", 3, false);
        reviews.answer(id, "programming", 2, false);
        CountDownLatch clearedNotCommitted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // the clearing answer is written but not yet committed when the submission starts
            Future<?> clearing = threads.submit(() -> {
                TestAccounts.logIn(reviewer);
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    reviews.answer(id, "programming", null, false);
                    clearedNotCommitted.countDown();
                    sleep(800);
                });
                SecurityContextHolder.clearContext();
                return null;
            });
            assertThat(clearedNotCommitted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<String> submitting = threads.submit(() -> {
                TestAccounts.logIn(reviewer);
                try {
                    reviews.submit(id);
                    return "submitted";
                } catch (ReviewException refused) {
                    return refused.getMessage();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
            clearing.get(30, TimeUnit.SECONDS);

            assertThat(submitting.get(30, TimeUnit.SECONDS)).startsWith("1 skill is not answered yet");
        } finally {
            threads.shutdownNow();
        }
        assertThat(state(id)).isEqualTo("accepted");
        assertThat(dsl.fetchCount(REVIEW_SKILL, REVIEW_SKILL.REVIEW_ID.eq(id).and(REVIEW_SKILL.LEVEL.isNull())
                .and(REVIEW_SKILL.CANNOT_JUDGE.isFalse()))).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void answering_and_submitting_at_once_leave_a_submitted_review_with_the_answers_of_before_or_an_open_one() throws Exception {
        long id = accepted("statistics");
        reviews.answer(id, "statistics", 3, false);

        List<String> outcomes = AllAtOnce.run(2, i -> () -> {
            TestAccounts.logIn(reviewer);
            try {
                if (i == 0) {
                    reviews.submit(id);
                } else {
                    reviews.answer(id, "statistics", 1, false);
                }
                return "done";
            } catch (ReviewException refused) {
                return refused.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });

        assertThat(state(id)).isEqualTo("submitted");
        Integer stored = dsl.select(REVIEW_SKILL.LEVEL).from(REVIEW_SKILL).where(REVIEW_SKILL.REVIEW_ID.eq(id)).fetchSingle().value1();
        // the answer either came first (and is what was submitted) or after (and was refused, leaving 3)
        assertThat(outcomes.get(1)).isEqualTo(stored == 1 ? "done" : ReviewService.NOT_OPEN_TO_YOU);
        assertThat(outcomes.get(0)).isEqualTo("done");
    }

    @Test
    void withdrawing_and_accepting_at_once_leave_either_a_withdrawn_review_or_an_accepted_then_withdrawn_one() throws Exception {
        TestAccounts.logIn(owner);
        Invitation invitation = reviews.invite(new ReviewScope.Picked(List.of("statistics")), false);

        List<String> outcomes = AllAtOnce.run(2, i -> () -> {
            TestAccounts.logIn(i == 0 ? owner : reviewer);
            try {
                if (i == 0) {
                    reviews.withdraw(invitation.reviewId());
                } else {
                    reviews.accept(invitation.token());
                }
                return "done";
            } catch (ReviewException refused) {
                return refused.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });

        // the owner's withdrawal always wins: before the acceptance it refuses the link, after it ends the access
        assertThat(outcomes.getFirst()).isEqualTo("done");
        assertThat(outcomes.get(1)).isIn("done", ReviewService.LINK_DOES_NOT_WORK);
        assertThat(state(invitation.reviewId())).isEqualTo("withdrawn");
        TestAccounts.logIn(reviewer);
        assertThat(repository.form(invitation.reviewId(), reviewer.id())).isEmpty();
    }

    @Test
    void adopting_the_same_level_twice_at_once_writes_one_rating_and_one_history_entry() throws Exception {
        long id = submitted("statistics", 4);

        List<String> outcomes = AllAtOnce.run(2, i -> () -> {
            TestAccounts.logIn(owner);
            try {
                reviews.adopt(id, "statistics");
                return "adopted";
            } catch (ReviewException refused) {
                return refused.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });

        assertThat(outcomes).contains("adopted");
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isIn("adopted",
                "Your rating of “Statistical concepts and methods” is the reviewer's level already."));
        assertThat(dsl.fetchCount(SKILL_RATING_HISTORY, SKILL_RATING_HISTORY.OWNER_ID.eq(owner.id())
                .and(SKILL_RATING_HISTORY.REVIEW_ID.eq(id)))).isEqualTo(1);
        assertThat(assessment.mine().levels()).containsEntry("statistics", 4);
    }

    @Test
    void two_check_ins_frozen_at_once_at_forty_nine_end_with_fifty_and_one_plain_refusal() throws Exception {
        long id = submitted("statistics", 2);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CheckIn.Snapshot snapshot = reviews.checkIn(id).snapshot();
        for (int i = 1; i < ReviewService.MAX_CHECK_INS_PER_REVIEW - 1; i++) {
            repository.insertCheckIn(owner.id(), id, now, snapshot);
        }

        List<String> outcomes = AllAtOnce.run(2, i -> () -> {
            TestAccounts.logIn(owner);
            try {
                reviews.checkIn(id);
                return "frozen";
            } catch (ReviewException refused) {
                return refused.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });

        assertThat(outcomes).containsExactlyInAnyOrder("frozen",
                "This review has 50 check-ins, the most one review keeps.");
        assertThat(dsl.fetchCount(CHECK_IN, CHECK_IN.REVIEW_ID.eq(id))).isEqualTo(ReviewService.MAX_CHECK_INS_PER_REVIEW);
    }
}

package app.skillpath.review;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.base.token.SecretToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import static app.skillpath.db.generated.Tables.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way into a review, tried by everyone who should not get in: a stranger, the reviewer after submitting,
 * declining or a withdrawal, the owner on their own link, and links used, withdrawn, expired, guessed or altered.
 * Each gets the plain refusal and changes nothing.
 */
@SpringTest
class ReviewAccessTest extends ReviewServiceTestBase {

    private Account stranger;

    ReviewAccessTest() {
        super("rev");
    }

    @BeforeEach
    void stranger() {
        stranger = testAccounts.create("rev.stranger");
    }

    private long submitted(String... skills) {
        long id = accepted(invite(skills));
        for (String skill : skills) {
            reviews.answer(id, skill, 3, false);
        }
        reviews.submit(id);
        return id;
    }

    /** Every action of the reviewer on a review, each of which must be refused with the same plain message. */
    private void reviewerActionsAreRefused(long id) {
        List<Consumer<Long>> actions = List.of(reviews::form, review -> reviews.answer(review, "statistics", 2, false),
                review -> reviews.comment(review, "statistics", "sneaky"), reviews::submit, reviews::decline);
        for (Consumer<Long> action : actions) {
            assertThatThrownBy(() -> action.accept(id)).isInstanceOf(ReviewException.class)
                    .hasMessage(ReviewService.NOT_OPEN_TO_YOU);
        }
    }

    /** Every action of the owner on a submitted review. */
    private void ownerActionsAreRefused(long id) {
        List<Consumer<Long>> actions = List.of(reviews::compare, review -> reviews.adopt(review, "statistics"), reviews::checkIn);
        for (Consumer<Long> action : actions) {
            assertThatThrownBy(() -> action.accept(id)).isInstanceOf(ReviewException.class)
                    .hasMessage(ReviewService.NO_SUCH_SUBMITTED_REVIEW);
        }
        assertThatThrownBy(() -> reviews.withdraw(id)).isInstanceOf(ReviewException.class);
    }

    @Test
    void the_link_holds_256_random_bits_and_only_their_sha256_is_stored() {
        Invitation invitation = invite("statistics");

        assertThat(Base64.getUrlDecoder().decode(invitation.token())).hasSize(32);
        var row = dsl.selectFrom(REVIEW).where(REVIEW.ID.eq(invitation.reviewId())).fetchSingle();
        assertThat(row.getTokenHash()).isEqualTo(SecretToken.sha256(invitation.token()));
        assertThat(row.formatCSV()).doesNotContain(invitation.token())
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(invitation.token().getBytes(StandardCharsets.US_ASCII)));
        assertThat(invitation.toString()).doesNotContain(invitation.token());
        assertThat(row.getExpiresAt()).isEqualTo(row.getCreatedAt().plusDays(14));
    }

    @Test
    void a_link_works_once_the_second_visitor_and_the_reviewer_again_are_refused() {
        Invitation invitation = invite("statistics");
        long id = accepted(invitation);

        assertThatThrownBy(() -> reviews.accept(invitation.token())).hasMessage(ReviewService.LINK_DOES_NOT_WORK);
        TestAccounts.logIn(stranger);
        assertThatThrownBy(() -> reviews.preview(invitation.token())).hasMessage(ReviewService.LINK_DOES_NOT_WORK);
        assertThatThrownBy(() -> reviews.accept(invitation.token())).hasMessage(ReviewService.LINK_DOES_NOT_WORK);
        assertThatThrownBy(() -> reviews.declineLink(invitation.token())).hasMessage(ReviewService.LINK_DOES_NOT_WORK);
        assertThat(dsl.fetchValue(REVIEW.REVIEWER_ID, REVIEW.ID.eq(id))).isEqualTo(reviewer.id());
    }

    @Test
    void a_withdrawn_link_is_refused_and_withdrawing_ends_a_reviewers_access_at_once() {
        Invitation unused = invite("statistics");
        reviews.withdraw(unused.reviewId());
        TestAccounts.logIn(reviewer);
        assertThatThrownBy(() -> reviews.preview(unused.token())).hasMessage(ReviewService.LINK_DOES_NOT_WORK);
        assertThatThrownBy(() -> reviews.accept(unused.token())).hasMessage(ReviewService.LINK_DOES_NOT_WORK);

        long id = accepted(invite("statistics"));
        reviews.answer(id, "statistics", 2, false);
        TestAccounts.logIn(owner);
        reviews.withdraw(id);

        TestAccounts.logIn(reviewer);
        reviewerActionsAreRefused(id);
        assertThat(reviews.askedOfMe()).filteredOn(review -> review.id() == id).singleElement()
                .extracting(review -> review.status(java.time.Instant.now())).isEqualTo(ReviewStatus.WITHDRAWN);
    }

    @Test
    void an_expired_link_is_refused() {
        Invitation invitation = invite("statistics");
        OffsetDateTime longAgo = OffsetDateTime.now().minusDays(15);
        dsl.update(REVIEW).set(REVIEW.CREATED_AT, longAgo).set(REVIEW.EXPIRES_AT, longAgo.plusDays(14))
                .where(REVIEW.ID.eq(invitation.reviewId())).execute();

        TestAccounts.logIn(reviewer);
        assertThatThrownBy(() -> reviews.preview(invitation.token())).hasMessage(ReviewService.LINK_DOES_NOT_WORK);
        assertThatThrownBy(() -> reviews.accept(invitation.token())).hasMessage(ReviewService.LINK_DOES_NOT_WORK);
        TestAccounts.logIn(owner);
        assertThat(reviews.myRequests()).singleElement()
                .extracting(review -> review.status(java.time.Instant.now())).isEqualTo(ReviewStatus.EXPIRED);
        assertThat(reviews.myRequests()).singleElement().extracting(review -> review.reviewerLabel(java.time.Instant.now()))
                .as("an expired link names no reviewer, and none is coming").isEqualTo("none");
    }

    @Test
    void guessed_altered_and_malformed_tokens_find_nothing() {
        Invitation invitation = invite("statistics");
        String token = invitation.token();
        String altered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        TestAccounts.logIn(reviewer);

        for (String guess : List.of(SecretToken.generate(), altered, token + "A", token.substring(1), "",
                "x".repeat(10_000), "../" + token, token.toUpperCase())) {
            if (guess.equals(token)) {
                continue;
            }
            assertThatThrownBy(() -> reviews.preview(guess)).hasMessage(ReviewService.LINK_DOES_NOT_WORK);
            assertThatThrownBy(() -> reviews.accept(guess)).hasMessage(ReviewService.LINK_DOES_NOT_WORK);
        }
        assertThat(reviews.preview(token).skillCount()).isEqualTo(1);
    }

    @Test
    void the_owner_cannot_review_themselves() {
        Invitation invitation = invite("statistics");

        assertThatThrownBy(() -> reviews.preview(invitation.token())).hasMessage(ReviewService.OWN_LINK);
        assertThatThrownBy(() -> reviews.accept(invitation.token())).hasMessage(ReviewService.OWN_LINK);
        assertThatThrownBy(() -> reviews.declineLink(invitation.token())).hasMessage(ReviewService.OWN_LINK);
        assertThat(dsl.fetchValue(REVIEW.STATE, REVIEW.ID.eq(invitation.reviewId()))).isEqualTo("invited");
    }

    @Test
    void a_stranger_naming_a_review_by_its_number_gets_nothing_of_it() {
        long open = accepted(invite("statistics"));
        long done = submitted("programming");

        TestAccounts.logIn(stranger);
        reviewerActionsAreRefused(open);
        reviewerActionsAreRefused(done);
        ownerActionsAreRefused(open);
        ownerActionsAreRefused(done);
        assertThat(reviews.myRequests()).isEmpty();
        assertThat(reviews.askedOfMe()).isEmpty();
        assertThat(reviews.myCheckIns()).isEmpty();
    }

    @Test
    void the_reviewer_loses_access_on_submitting_and_never_gets_the_owners_side() {
        long id = submitted("statistics");

        TestAccounts.logIn(reviewer);
        reviewerActionsAreRefused(id);
        ownerActionsAreRefused(id);
        assertThat(reviews.askedOfMe()).singleElement()
                .extracting(review -> review.status(java.time.Instant.now())).isEqualTo(ReviewStatus.SUBMITTED);

        TestAccounts.logIn(owner);
        long checkIn = reviews.checkIn(id).id();
        TestAccounts.logIn(reviewer);
        assertThat(reviews.myCheckIn(checkIn)).isEmpty();
    }

    @Test
    void a_reviewer_who_declined_has_no_access_left() {
        long id = accepted(invite("statistics"));
        reviews.decline(id);

        reviewerActionsAreRefused(id);
        TestAccounts.logIn(owner);
        assertThatThrownBy(() -> reviews.compare(id)).hasMessage(ReviewService.NO_SUCH_SUBMITTED_REVIEW);
        assertThat(reviews.myRequests()).singleElement()
                .extracting(review -> review.status(java.time.Instant.now())).isEqualTo(ReviewStatus.DECLINED);
    }

    @Test
    void the_owner_cannot_answer_their_own_review_by_its_number() {
        long id = accepted(invite("statistics"));

        TestAccounts.logIn(owner);
        reviewerActionsAreRefused(id);
    }

    @Test
    void a_deleted_reviewers_submitted_review_stays_with_the_owner_as_a_former_reviewers() {
        long id = submitted("statistics");
        long open = accepted(invite("programming"));

        testAccounts.delete(reviewer);

        TestAccounts.logIn(owner);
        assertThat(reviews.compare(id).review().reviewerLabel()).isEqualTo("a former reviewer");
        var statuses = reviews.myRequests().stream().collect(java.util.stream.Collectors.toMap(ReviewSummary::id,
                review -> review.status(java.time.Instant.now())));
        assertThat(statuses).containsEntry(id, ReviewStatus.SUBMITTED).containsEntry(open, ReviewStatus.REVIEWER_GONE);
        assertThat(reviews.myRequests()).allSatisfy(review -> assertThat(review.reviewerLabel(java.time.Instant.now())).isEqualTo("a former reviewer"));
    }

    @Test
    void deleting_the_owner_ends_the_reviewers_access_and_removes_the_review() {
        long id = accepted(invite("statistics"));

        testAccounts.delete(owner);

        TestAccounts.logIn(reviewer);
        reviewerActionsAreRefused(id);
        assertThat(reviews.askedOfMe()).isEmpty();
    }

    @Test
    void the_reviewer_sees_the_owners_notes_only_when_shared_and_never_the_owners_levels() {
        TestAccounts.logIn(owner);
        assessment.rate("statistics", 4);
        assessment.saveNote("statistics", "Ran the A/B testing platform for two years");
        Invitation hidden = reviews.invite(new ReviewScope.Picked(List.of("statistics")), false);
        Invitation shared = reviews.invite(new ReviewScope.Picked(List.of("statistics")), true);

        TestAccounts.logIn(reviewer);
        ReviewForm withoutNotes = reviews.form(reviews.accept(hidden.token()));
        ReviewForm withNotes = reviews.form(reviews.accept(shared.token()));

        assertThat(withoutNotes.questions()).singleElement().satisfies(question -> {
            assertThat(question.ownerNote()).isEmpty();
            assertThat(question.level()).as("the reviewer's own answer, none yet").isEmpty();
        });
        assertThat(withNotes.questions().getFirst().ownerNote()).contains("Ran the A/B testing platform for two years");
        assertThat(withNotes.ownerName()).isEqualTo("rev.owner Tester");
    }

    @Test
    void two_people_taking_one_link_at_the_same_moment_leave_exactly_one_reviewer() throws Exception {
        Invitation invitation = invite("statistics");
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Boolean>> takes = java.util.stream.Stream.of(reviewer, stranger)
                    .map(visitor -> pool.submit(() -> {
                        TestAccounts.logIn(visitor);
                        start.await();
                        try {
                            reviews.accept(invitation.token());
                            return true;
                        } catch (ReviewException refused) {
                            assertThat(refused).hasMessage(ReviewService.LINK_DOES_NOT_WORK);
                            return false;
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    })).toList();
            start.countDown();
            long accepted = 0;
            for (var take : takes) {
                accepted += take.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(dsl.fetchValue(REVIEW.REVIEWER_ID, REVIEW.ID.eq(invitation.reviewId()))).isIn(reviewer.id(), stranger.id());
    }
}

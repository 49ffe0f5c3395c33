package app.skillpath.review;

import app.skillpath.AllAtOnce;
import app.skillpath.SpringTest;
import app.skillpath.account.TestAccounts;
import app.skillpath.base.token.SecretToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static app.skillpath.db.generated.Tables.CHECK_IN;
import static app.skillpath.db.generated.Tables.REVIEW;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A review from invitation to check-in, against the database: submitting needs every answer, the owner's level is
 * frozen when it is submitted, adopting is recorded in the history, a check-in never changes, and the open
 * invitations stay at ten through the service, the database alone and parallel requests.
 */
@SpringTest
class ReviewWorkflowTest extends ReviewServiceTestBase {

    @Autowired
    ReviewRepository repository;

    ReviewWorkflowTest() {
        super("flow");
    }

    private static Comparison.Row row(Comparison comparison, String skill) {
        return comparison.rows().stream().filter(row -> row.skillKey().equals(skill)).findFirst().orElseThrow();
    }

    private int openInvitations() {
        return dsl.fetchCount(REVIEW, REVIEW.OWNER_ID.eq(owner.id()).and(REVIEW.STATE.eq("invited")));
    }

    @Test
    void submitting_is_refused_while_a_skill_is_unanswered_and_the_message_counts_them() {
        long id = accepted("statistics", "programming", "mathematics");
        reviews.answer(id, "statistics", 2, false);

        assertThatThrownBy(() -> reviews.submit(id)).isInstanceOf(ReviewException.class)
                .hasMessageStartingWith("2 skills are not answered yet");
        reviews.answer(id, "programming", null, true);
        assertThatThrownBy(() -> reviews.submit(id)).hasMessageStartingWith("1 skill is not answered yet");
        assertThat(dsl.fetchValue(REVIEW.STATE, REVIEW.ID.eq(id))).isEqualTo("accepted");

        reviews.answer(id, "mathematics", 4, false);
        reviews.submit(id);
        assertThat(dsl.fetchValue(REVIEW.STATE, REVIEW.ID.eq(id))).isEqualTo("submitted");
    }

    @Test
    void the_owners_level_is_frozen_when_the_review_is_submitted_and_now_follows_later_ratings() {
        TestAccounts.logIn(owner);
        assessment.rate("statistics", 1);
        long id = accepted("statistics", "programming");
        TestAccounts.logIn(owner);
        assessment.rate("statistics", 2);
        TestAccounts.logIn(reviewer);
        reviews.answer(id, "statistics", 3, false);
        reviews.answer(id, "programming", 1, false);
        reviews.submit(id);

        TestAccounts.logIn(owner);
        assessment.rate("statistics", 4);
        Comparison comparison = reviews.compare(id);

        assertThat(row(comparison, "statistics").ownLevel()).as("yours when reviewed").contains(2);
        assertThat(row(comparison, "statistics").currentLevel()).as("now").contains(4);
        assertThat(row(comparison, "programming").ownLevel()).as("not rated at submission").isEmpty();
    }

    @Test
    void adopting_writes_the_rating_with_a_history_entry_marked_with_the_review_and_twice_is_refused() {
        TestAccounts.logIn(owner);
        assessment.rate("statistics", 1);
        long id = accepted("statistics");
        reviews.answer(id, "statistics", 3, false);
        reviews.submit(id);

        TestAccounts.logIn(owner);
        Comparison after = reviews.adopt(id, "statistics");

        assertThat(row(after, "statistics").currentLevel()).contains(3);
        assertThat(row(after, "statistics").ownLevel()).as("the level reviewed stays as it was").contains(1);
        assertThat(row(after, "statistics").canAdopt()).isFalse();
        var history = dsl.select(SKILL_RATING_HISTORY.LEVEL, SKILL_RATING_HISTORY.REVIEW_ID).from(SKILL_RATING_HISTORY)
                .join(SKILL).on(SKILL.ID.eq(SKILL_RATING_HISTORY.SKILL_ID))
                .where(SKILL_RATING_HISTORY.OWNER_ID.eq(owner.id())).and(SKILL.KEY.eq("statistics"))
                .orderBy(SKILL_RATING_HISTORY.ID).fetch();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).value2()).as("the owner's own rating").isNull();
        assertThat(history.get(1).value1()).isEqualTo(3);
        assertThat(history.get(1).value2()).isEqualTo(id);

        assertThatThrownBy(() -> reviews.adopt(id, "statistics")).isInstanceOf(ReviewException.class)
                .hasMessage("Your rating of “" + row(after, "statistics").skillName() + "” is the reviewer's level already.");
        assertThat(dsl.fetchCount(SKILL_RATING_HISTORY, SKILL_RATING_HISTORY.REVIEW_ID.eq(id))).isEqualTo(1);
    }

    @Test
    void a_check_in_row_cannot_be_updated() {
        long id = accepted("statistics");
        reviews.answer(id, "statistics", 3, false);
        reviews.submit(id);
        TestAccounts.logIn(owner);
        CheckIn checkIn = reviews.checkIn(id);

        assertThat(checkIn.reviewId()).contains(id);
        assertThatThrownBy(() -> dsl.update(CHECK_IN).set(CHECK_IN.TAKEN_AT, OffsetDateTime.now(ZoneOffset.UTC).minusYears(1))
                .where(CHECK_IN.ID.eq(checkIn.id())).execute())
                .hasMessageContaining("a check-in never changes");
        assertThat(reviews.myCheckIn(checkIn.id()).orElseThrow().takenAt()).isEqualTo(checkIn.takenAt());
    }

    @Test
    void ten_invitations_may_be_open_and_the_eleventh_is_refused_with_the_message() {
        TestAccounts.logIn(owner);
        for (int i = 0; i < ReviewService.MAX_OPEN_INVITATIONS; i++) {
            reviews.invite(new ReviewScope.Picked(List.of("statistics")), false);
        }

        assertThatThrownBy(() -> reviews.invite(new ReviewScope.Picked(List.of("statistics")), false))
                .isInstanceOf(ReviewException.class)
                .hasMessageStartingWith("You have 10 open invitations, the most at once.");
        assertThat(openInvitations()).isEqualTo(10);
    }

    @Test
    void the_database_alone_refuses_an_eleventh_open_invitation() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < ReviewService.MAX_OPEN_INVITATIONS; i++) {
            repository.insert(owner.id(), SecretToken.sha256(SecretToken.generate()), "Statistics", false,
                    List.of("statistics"), now, now.plusDays(14));
        }

        assertThatThrownBy(() -> repository.insert(owner.id(), SecretToken.sha256(SecretToken.generate()), "Statistics",
                false, List.of("statistics"), now, now.plusDays(14)))
                .hasMessageContaining("at most 10 open review invitations per user")
                .rootCause().hasFieldOrPropertyWithValue("SQLState", "23514");
        assertThat(openInvitations()).isEqualTo(10);
    }

    @Test
    void two_parallel_invitations_at_nine_open_end_with_exactly_ten() throws Exception {
        TestAccounts.logIn(owner);
        for (int i = 0; i < ReviewService.MAX_OPEN_INVITATIONS - 1; i++) {
            reviews.invite(new ReviewScope.Picked(List.of("statistics")), false);
        }

        List<String> outcomes = AllAtOnce.run(2, i -> () -> {
            TestAccounts.logIn(owner);
            try {
                reviews.invite(new ReviewScope.Picked(List.of("programming")), false);
                return "invited";
            } catch (ReviewException refused) {
                return refused.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });

        assertThat(outcomes).containsOnlyOnce("invited");
        assertThat(outcomes).filteredOn(outcome -> !outcome.equals("invited")).singleElement().asString()
                .startsWith("You have 10 open invitations");
        assertThat(openInvitations()).isEqualTo(10);
    }
}

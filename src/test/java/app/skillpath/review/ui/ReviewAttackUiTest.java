package app.skillpath.review.ui;

import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewException;
import app.skillpath.review.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static app.skillpath.db.generated.Tables.CHECK_IN;
import static app.skillpath.db.generated.Tables.REVIEW;
import static app.skillpath.db.generated.Tables.REVIEW_SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING_HISTORY;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a forged request, a stale tab or an account deleted meanwhile does to the review pages: the plain refusal,
 * never a trace, and nothing stored that the rules do not allow.
 */
class ReviewAttackUiTest extends ReviewUiTest {

    @Autowired
    AssessmentService assessment;

    @Autowired
    DSLContext dsl;

    private long answering() {
        Invitation invitation = invite(false, "statistics", "programming");
        return accepted(invitation);
    }

    /** A submitted review where the reviewer says statistics 4; the owner rated it 2. */
    private long submitted() {
        as(owner);
        assessment.rate("statistics", 2);
        long id = answering();
        reviews.answer(id, "statistics", 4, false);
        reviews.answer(id, "programming", null, true);
        reviews.submit(id);
        return id;
    }

    private int answered(long reviewId) {
        return dsl.fetchCount(REVIEW_SKILL, REVIEW_SKILL.REVIEW_ID.eq(reviewId)
                .and(REVIEW_SKILL.LEVEL.isNotNull().or(REVIEW_SKILL.CANNOT_JUDGE).or(REVIEW_SKILL.COMMENT.isNotNull())));
    }

    @Test
    void forged_levels_outside_the_scale_and_a_level_with_cant_judge_are_refused_plainly_and_nothing_is_stored() {
        long id = answering();

        for (int level : new int[]{-1, 5, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> reviews.answer(id, "statistics", level, false)).isInstanceOf(ReviewException.class)
                    .hasMessage("A level must be from 0 (none) to 4 (expert), not " + level + ".");
        }
        assertThatThrownBy(() -> reviews.answer(id, "statistics", 2, true)).isInstanceOf(ReviewException.class)
                .hasMessage("Give a level or choose “Can't judge”, not both.");
        assertThat(answered(id)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_100000_character_comment_sent_past_the_fields_limit_is_refused_on_the_field_and_not_stored() {
        long id = answering();
        open(reviewer, ReviewFormView.path(id));

        // the field's maxlength is the browser's; a console sets the value past it
        TextArea comment = _get(TextArea.class, spec -> spec.withId("comment-statistics"));
        comment.setValue("x".repeat(100_000));

        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("A comment can have at most 2000 characters; this one has 100000.");
        assertThat(answered(id)).isZero();
        // the page stays the form: the next answer is saved
        _get(RadioButtonGroup.class, spec -> spec.withId("answer-statistics")).setValue(3);
        assertThat(answered(id)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_owners_account_deleted_while_the_reviewer_answers_turns_the_next_click_into_the_plain_refusal() {
        long id = answering();
        open(reviewer, ReviewFormView.path(id));

        testAccounts.delete(owner);
        _get(RadioButtonGroup.class, spec -> spec.withId("answer-statistics")).setValue(3);

        assertThat(markup("review-refusal").text()).isEqualTo(ReviewService.NOT_OPEN_TO_YOU);
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("review-submit"))).isEmpty();
        expectNotifications(ReviewService.NOT_OPEN_TO_YOU);
    }

    @Test
    void the_reviewers_account_deleted_while_the_owner_compares_still_lets_the_owner_adopt_and_freeze() {
        long id = submitted();
        open(owner, "reviews/" + id);

        testAccounts.delete(reviewer);
        _click(_get(Button.class, spec -> spec.withId("adopt-statistics")));

        assertThat(markup("review-title").text()).isEqualTo("Second opinion from a former reviewer");
        assertThat(assessment.mine().levels()).containsEntry("statistics", 4);
        _click(_get(Button.class, spec -> spec.withId("freeze-check-in")));
        assertThat(reviews.myCheckInsOf(id)).singleElement()
                .satisfies(checkIn -> assertThat(checkIn.reviewerLabel()).isEqualTo("a former reviewer"));
    }

    @Test
    void a_stale_comparison_tab_after_the_session_changed_user_adopts_and_freezes_nothing() {
        long id = submitted();
        open(owner, "reviews/" + id);
        Button adopt = _get(Button.class, spec -> spec.withId("adopt-statistics"));
        Button freeze = _get(Button.class, spec -> spec.withId("freeze-check-in"));

        // another tab of the same browser logged out and in as someone else: the session's user is now the stranger
        as(stranger);
        _click(adopt);
        _click(freeze);

        expectNotifications(ReviewService.NO_SUCH_SUBMITTED_REVIEW, ReviewService.NO_SUCH_SUBMITTED_REVIEW);
        assertThat(dsl.fetchCount(SKILL_RATING_HISTORY, SKILL_RATING_HISTORY.REVIEW_ID.eq(id))).isZero();
        assertThat(dsl.fetchCount(CHECK_IN, CHECK_IN.REVIEW_ID.eq(id))).isZero();
        assertThat(assessment.mine().levels()).doesNotContainKey("statistics");
        TestAccounts.logIn(owner);
        assertThat(assessment.mine().levels()).containsEntry("statistics", 2);
    }

    @Test
    void a_check_in_of_the_owner_is_not_found_for_another_user() {
        long id = submitted();
        as(owner);
        long checkIn = reviews.checkIn(id).id();

        // the download handler reads the check-in through this call at download time, as the session's user
        as(stranger);
        assertThat(reviews.myCheckIn(checkIn)).isEmpty();
        as(owner);
        assertThat(reviews.myCheckIn(checkIn)).isPresent();
    }
    @Test
    void a_comment_a_submission_or_a_decline_clicked_after_the_owner_withdrew_gets_the_refusal_and_changes_nothing() {
        List<java.util.function.Consumer<Long>> clicks = List.of(
                id -> _get(TextArea.class, spec -> spec.withId("comment-statistics")).setValue("Late words"),
                id -> {
                    _click(_get(Button.class, spec -> spec.withId("review-submit")));
                    _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-submit")));
                },
                id -> {
                    _click(_get(Button.class, spec -> spec.withId("review-decline")));
                    _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-review-decline")));
                });
        for (var click : clicks) {
            long id = answering();
            reviews.answer(id, "statistics", 2, false);
            reviews.answer(id, "programming", 3, false);
            open(reviewer, ReviewFormView.path(id));
            as(owner);
            reviews.withdraw(id);
            as(reviewer);

            click.accept(id);

            assertThat(markup("review-refusal").text()).isEqualTo(ReviewService.NOT_OPEN_TO_YOU);
            assertThat(_find(Button.class, spec -> spec.withId("review-submit"))).isEmpty();
            assertThat(dsl.select(REVIEW.STATE).from(REVIEW).where(REVIEW.ID.eq(id)).fetchSingle().value1()).isEqualTo("withdrawn");
            assertThat(dsl.fetchCount(REVIEW_SKILL, REVIEW_SKILL.REVIEW_ID.eq(id).and(REVIEW_SKILL.COMMENT.isNotNull()))).isZero();
        }
    }
}

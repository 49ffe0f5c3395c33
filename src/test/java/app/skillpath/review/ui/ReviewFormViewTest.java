package app.skillpath.review.ui;

import app.skillpath.account.ui.LoginView;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.review.Comparison;
import app.skillpath.review.ReviewService;
import app.skillpath.review.ReviewStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** The reviewer's answering page, as the reviewer and as everyone who should not get in. */
class ReviewFormViewTest extends ReviewUiTest {

    @Autowired
    AssessmentService assessment;

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> level(String skill) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("answer-" + skill));
    }

    private static void assertRefusedWithoutForm() {
        assertThat(markup("review-refusal").text()).isEqualTo(ReviewService.NOT_OPEN_TO_YOU);
        _assertNone(RadioButtonGroup.class);
        _assertNone(TextArea.class);
        _assertNone(Button.class, spec -> spec.withId("review-submit"));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        long id = accepted(invite(false, "statistics"));
        logout();

        navigate("review/" + id);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_stranger_opening_someone_elses_review_sees_the_refusal_and_no_form() {
        long id = accepted(invite(true, "statistics"));

        open(stranger, "review/" + id);

        assertRefusedWithoutForm();
        assertThat(pageText()).doesNotContain(owner.username());
    }

    @Test
    void the_owner_cannot_answer_their_own_review() {
        long id = accepted(invite(false, "statistics"));

        open(owner, "review/" + id);

        assertRefusedWithoutForm();
    }

    @Test
    void an_address_that_is_not_a_number_gets_the_same_refusal() {
        open(reviewer, "review/abc");

        assertRefusedWithoutForm();
    }

    @Test
    void the_reviewer_sees_the_skills_the_scale_and_the_shared_note_but_never_the_owners_level() {
        as(owner);
        assessment.rate("statistics", 4);
        assessment.saveNote("statistics", "Ran the A/B testing of the shop");
        long id = accepted(invite(true, "statistics", "programming"));

        open(reviewer, "review/" + id);

        assertThat(markup("review-form-title").text()).endsWith("asks for your second opinion");
        assertThat(pageText()).contains("Ran the A/B testing of the shop").doesNotContain("Rated");
        RadioButtonGroup<Integer> statistics = level("statistics");
        assertThat(statistics.getValue()).isNull();
        assertThat(statistics.getListDataView().getItems().map(statistics.getItemLabelGenerator()::apply).toList())
                .hasSize(6)
                .contains("3 proficient: I solve non-routine problems with it independently and can review others' work.")
                .last().asString().startsWith("Can't judge");
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-statistics")).getMaxLength())
                .isEqualTo(ReviewService.COMMENT_MAX_LENGTH);
    }

    @Test
    void a_note_the_owner_did_not_share_is_not_shown() {
        as(owner);
        assessment.saveNote("statistics", "Private evidence text");
        long id = accepted(invite(false, "statistics"));

        open(reviewer, "review/" + id);

        assertThat(pageText()).doesNotContain("Private evidence text").contains("chose not to share");
    }

    @Test
    void the_reviewer_answers_comments_and_submits_and_the_owner_sees_the_answers() {
        long id = accepted(invite(false, "statistics", "programming"));
        open(reviewer, "review/" + id);

        level("statistics").setValue(3);
        level("programming").setValue(ReviewFormView.CANNOT_JUDGE);
        _get(TextArea.class, spec -> spec.withId("comment-statistics")).setValue("Solid in the quarterly analyses");
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-statistics")).getHelperText())
                .isEqualTo("31 of 2000 characters");
        _click(_get(Button.class, spec -> spec.withId("review-submit")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-submit")));

        assertThat(markup("review-thanks").text()).startsWith("Your review was submitted.");
        _assertNone(RadioButtonGroup.class);
        assertThat(statusForOwner(id)).isEqualTo(ReviewStatus.SUBMITTED);
        Comparison comparison = reviews.compare(id);
        assertThat(comparison.rows()).anySatisfy(row -> {
            assertThat(row.skillKey()).isEqualTo("statistics");
            assertThat(row.reviewerLevel()).contains(3);
            assertThat(row.comment()).contains("Solid in the quarterly analyses");
        });
        assertThat(comparison.rows()).anySatisfy(row -> {
            assertThat(row.skillKey()).isEqualTo("programming");
            assertThat(row.cannotJudge()).isTrue();
        });
    }

    @Test
    void answers_are_saved_at_once_and_shown_again_on_a_later_visit() {
        long id = accepted(invite(false, "statistics"));
        open(reviewer, "review/" + id);

        level("statistics").setValue(2);

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("saved-statistics")).getText())
                .isEqualTo("Saved");
        openNewTab();
        open(reviewer, "review/" + id);
        assertThat(level("statistics").getValue()).isEqualTo(2);
    }

    @Test
    void submitting_with_a_skill_unanswered_is_refused_with_the_count_and_the_form_stays() {
        long id = accepted(invite(false, "statistics", "programming"));
        open(reviewer, "review/" + id);
        level("statistics").setValue(1);

        _click(_get(Button.class, spec -> spec.withId("review-submit")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-submit")));

        assertThat(markup().text()).contains("1 skill is not answered yet");
        level("programming");
        assertThat(statusForOwner(id)).isEqualTo(ReviewStatus.IN_PROGRESS);
    }

    @Test
    void an_answer_after_the_owner_withdrew_shows_the_refusal_instead_of_the_form() {
        long id = accepted(invite(false, "statistics"));
        open(reviewer, "review/" + id);
        RadioButtonGroup<Integer> statistics = level("statistics");
        as(owner);
        reviews.withdraw(id);
        as(reviewer);

        statistics.setValue(3);

        assertRefusedWithoutForm();
        assertThat(statusForOwner(id)).isEqualTo(ReviewStatus.WITHDRAWN);
    }

    @Test
    void declining_after_confirming_closes_the_review_for_both() {
        long id = accepted(invite(false, "statistics"));
        open(reviewer, "review/" + id);

        _click(_get(Button.class, spec -> spec.withId("review-decline")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-review-decline")));

        assertThat(markup("review-declined").text()).startsWith("You declined this review.");
        assertThat(statusForOwner(id)).isEqualTo(ReviewStatus.DECLINED);
        open(reviewer, "review/" + id);
        assertRefusedWithoutForm();
    }

    @Test
    void after_submitting_the_reviewer_cannot_open_the_form_again() {
        long id = accepted(invite(false, "statistics"));
        reviews.answer(id, "statistics", 2, false);
        reviews.submit(id);

        open(reviewer, "review/" + id);

        assertRefusedWithoutForm();
        assertThat(Optional.of(statusForOwner(id))).contains(ReviewStatus.SUBMITTED);
    }
}

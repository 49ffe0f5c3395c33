package app.skillpath.review.ui;

import app.skillpath.account.ui.LoginView;
import app.skillpath.base.token.SecretToken;
import app.skillpath.catalog.Skill;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewScope;
import app.skillpath.review.ReviewService;
import app.skillpath.review.ReviewStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static app.skillpath.db.generated.Tables.REVIEW;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** The reviews page: asking by a link shown once, the lists for both parties, and the check-ins. */
class ReviewsViewTest extends ReviewUiTest {

    @Autowired
    DSLContext dsl;

    private static String token(TextField link) {
        return link.getValue().substring(link.getValue().lastIndexOf('/') + 1);
    }

    @SuppressWarnings("unchecked")
    private static Select<ReviewsView.ScopeChoice> scope() {
        return _get(Select.class, spec -> spec.withId("review-scope"));
    }

    private static void choose(String label) {
        Select<ReviewsView.ScopeChoice> scope = scope();
        scope.setValue(scope.getListDataView().getItems().filter(choice -> choice.label().equals(label)).findFirst().orElseThrow());
    }

    private static void create() {
        _click(_get(Button.class, spec -> spec.withId("review-create")));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        navigate("reviews");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(LoginView.class);
    }

    @Test
    void creating_a_link_shows_it_once_and_only_its_hash_is_stored() {
        open(owner, "reviews");
        choose("Data Science Manager");
        _get(Checkbox.class, spec -> spec.withId("review-shares-notes")).setValue(true);

        create();

        TextField link = _get(TextField.class, spec -> spec.withId("review-link"));
        assertThat(link.isReadOnly()).isTrue();
        assertThat(link.getValue()).matches("https?://.*/invitation/[A-Za-z0-9_-]{43}");
        assertThat(markup("review-link-note").text()).contains("cannot show it again");
        _get(Button.class, spec -> spec.withId("review-link-copy"));
        String token = token(link);
        var row = dsl.selectFrom(REVIEW).where(REVIEW.OWNER_ID.eq(owner.id())).fetchSingle();
        assertThat(row.formatCSV()).doesNotContain(token);
        assertThat(row.getTokenHash()).isEqualTo(SecretToken.sha256(token));
        assertThat(row.getSharesNotes()).isTrue();
        assertThat(markup("request-" + row.getId()).text()).contains("Data Science Manager")
                .contains(ReviewStatus.WAITING_FOR_REVIEWER.label()).contains("no reviewer yet");

        openNewTab();
        open(owner, "reviews");
        _assertNone(TextField.class, spec -> spec.withId("review-link"));
        as(reviewer);
        assertThat(reviews.preview(token).scope()).isEqualTo("Data Science Manager");
    }

    @Test
    @SuppressWarnings("unchecked")
    void skills_picked_by_hand_are_the_ones_asked_about() {
        open(owner, "reviews");
        choose("Pick skills by hand");
        MultiSelectComboBox<Skill> picked = _get(MultiSelectComboBox.class, spec -> spec.withId("review-skills"));
        assertThat(picked.isVisible()).isTrue();
        picked.setValue(Set.copyOf(picked.getListDataView().getItems()
                .filter(skill -> skill.key().equals("statistics")).toList()));

        create();

        String token = token(_get(TextField.class, spec -> spec.withId("review-link")));
        as(reviewer);
        assertThat(reviews.preview(token).skillCount()).isEqualTo(1);
    }

    @Test
    void picking_by_hand_without_a_skill_is_refused_with_a_message_and_no_link() {
        open(owner, "reviews");
        choose("Pick skills by hand");

        create();

        assertThat(markup("review-ask-error").text()).isEqualTo("Pick at least one skill.");
        _assertNone(TextField.class, spec -> spec.withId("review-link"));
        assertThat(dsl.fetchCount(REVIEW, REVIEW.OWNER_ID.eq(owner.id()))).isZero();
    }

    @Test
    void the_eleventh_open_invitation_shows_the_limit() {
        as(owner);
        for (int i = 0; i < ReviewService.MAX_OPEN_INVITATIONS; i++) {
            reviews.invite(new ReviewScope.Picked(List.of("statistics")), false);
        }
        open(owner, "reviews");

        create();

        assertThat(markup("review-ask-error").text()).startsWith("You have 10 open invitations, the most at once.");
        _assertNone(TextField.class, spec -> spec.withId("review-link"));
        assertThat(dsl.fetchCount(REVIEW, REVIEW.OWNER_ID.eq(owner.id()))).isEqualTo(ReviewService.MAX_OPEN_INVITATIONS);
    }

    @Test
    void withdrawing_after_confirming_closes_the_review_and_its_link() {
        Invitation invitation = invite(false, "statistics");
        open(owner, "reviews");

        _click(_get(Button.class, spec -> spec.withId("withdraw-" + invitation.reviewId())));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-withdraw")));

        assertThat(statusForOwner(invitation.reviewId())).isEqualTo(ReviewStatus.WITHDRAWN);
        assertThat(markup("request-" + invitation.reviewId()).text()).contains(ReviewStatus.WITHDRAWN.label())
                .contains("Reviewer: none").doesNotContain("no reviewer yet");
        _assertNone(Button.class, spec -> spec.withId("withdraw-" + invitation.reviewId()));
    }

    @Test
    void withdrawing_a_review_submitted_meanwhile_is_refused_and_the_list_shows_it_submitted() {
        Invitation invitation = invite(false, "statistics");
        open(owner, "reviews");
        Button withdraw = _get(Button.class, spec -> spec.withId("withdraw-" + invitation.reviewId()));
        long id = accepted(invitation);
        reviews.answer(id, "statistics", 2, false);
        reviews.submit(id);
        as(owner);

        _click(withdraw);
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-withdraw")));

        assertThat(statusForOwner(id)).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(markup("compare-" + id).attr("href")).isEqualTo("reviews/" + id);
    }

    @Test
    void the_reviewer_finds_the_review_asked_of_them_with_answer_and_decline() {
        long id = accepted(invite(false, "statistics"));

        open(reviewer, "reviews");

        assertThat(markup("asked-" + id).text()).contains("asks for your opinion").contains("Waiting for your answers");
        assertThat(markup("answer-" + id).attr("href")).isEqualTo("review/" + id);
        _click(_get(Button.class, spec -> spec.withId("decline-" + id)));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-decline")));
        assertThat(statusForOwner(id)).isEqualTo(ReviewStatus.DECLINED);
        as(reviewer);
        assertThat(markup("asked-" + id).text()).contains("Declined");
        assertThat(markup().getElementById("answer-" + id)).isNull();
    }

    @Test
    void the_answer_link_followed_after_the_owner_withdrew_shows_the_refusal() {
        long id = accepted(invite(false, "statistics"));
        open(reviewer, "reviews");
        String answer = markup("answer-" + id).attr("href");
        as(owner);
        reviews.withdraw(id);
        as(reviewer);

        navigate(answer);

        assertThat(markup("review-refusal").text()).isEqualTo(ReviewService.NOT_OPEN_TO_YOU);
    }

    @Test
    void a_reviewers_decline_after_the_owner_withdrew_is_refused_and_changes_nothing() {
        long id = accepted(invite(false, "statistics"));
        open(reviewer, "reviews");
        Button decline = _get(Button.class, spec -> spec.withId("decline-" + id));
        as(owner);
        reviews.withdraw(id);
        as(reviewer);

        _click(decline);
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-decline")));

        assertThat(statusForOwner(id)).isEqualTo(ReviewStatus.WITHDRAWN);
    }

    @Test
    void check_ins_are_listed_newest_first_with_a_download() {
        long id = accepted(invite(false, "statistics"));
        reviews.answer(id, "statistics", 3, false);
        reviews.submit(id);
        as(owner);
        long first = reviews.checkIn(id).id();
        long second = reviews.checkIn(id).id();

        open(owner, "reviews");

        _get(Anchor.class, spec -> spec.withId("check-in-download-" + first));
        _get(Anchor.class, spec -> spec.withId("check-in-download-" + second));
        String text = pageText();
        assertThat(text).contains("Check-ins");
        List<String> order = com.github.mvysny.kaributesting.v10.LocatorJ._find(Anchor.class).stream()
                .map(anchor -> anchor.getId().orElse("")).filter(anchorId -> anchorId.startsWith("check-in-download-")).toList();
        assertThat(order).containsExactly("check-in-download-" + second, "check-in-download-" + first);
    }
}

package app.skillpath.review.ui;

import app.skillpath.base.token.SecretToken;
import app.skillpath.review.CheckIn;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewForm;
import app.skillpath.review.ReviewRepository;
import app.skillpath.review.ReviewScope;
import app.skillpath.review.ReviewService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import app.skillpath.catalog.Skill;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Anchor;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static app.skillpath.db.generated.Tables.REVIEW;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The reviews page of an account at every limit: 200 reviews and 500 check-ins. */
class ReviewsViewBoundsTest extends ReviewUiTest {

    @Autowired
    ReviewRepository repository;

    @Autowired
    DSLContext dsl;

    /** A submitted review of all skills, 199 closed ones, and 500 check-ins (50 of the review, 450 restored). */
    private void anAccountAtEveryLimit() {
        Invitation invitation = invite(false, "statistics");
        as(owner);
        Invitation all = reviews.invite(new ReviewScope.AllSkills(), true);
        long id = accepted(all);
        ReviewForm form = reviews.form(id);
        form.questions().forEach(question -> reviews.answer(id, question.skillKey(), 2, false));
        reviews.submit(id);
        as(owner);
        reviews.withdraw(invitation.reviewId());
        CheckIn first = reviews.checkIn(id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 2; i < ReviewService.MAX_REVIEWS; i++) {
            long closed = repository.insert(owner.id(), SecretToken.sha256(SecretToken.generate()), "Statistics", false,
                    List.of("statistics"), now, now.plusDays(14));
            dsl.update(REVIEW).set(REVIEW.STATE, "withdrawn").set(REVIEW.TOKEN_HASH, (byte[]) null).set(REVIEW.CLOSED_AT, now)
                    .where(REVIEW.ID.eq(closed)).execute();
        }
        for (int i = 1; i < ReviewService.MAX_CHECK_INS; i++) {
            repository.insertCheckIn(owner.id(), i < ReviewService.MAX_CHECK_INS_PER_REVIEW ? id : null,
                    now.minusMinutes(i), first.snapshot());
        }
    }

    private static long components(Component root) {
        return 1 + root.getChildren().mapToLong(ReviewsViewBoundsTest::components).sum();
    }

    private static List<Anchor> downloads() {
        return _find(Anchor.class).stream().filter(anchor -> anchor.getId().orElse("").startsWith("check-in-download-")).toList();
    }

    @Test
    void the_page_of_an_account_at_every_limit_lists_the_newest_check_ins_with_a_count_and_all_on_request() {
        anAccountAtEveryLimit();

        long start = System.nanoTime();
        open(owner, "reviews");
        long millis = (System.nanoTime() - start) / 1_000_000;
        // measured, not asserted (the machine's speed varies): the figure the README's limits note quotes
        System.out.printf("reviews page at the limits: %d ms, %d components, %d downloads%n", millis,
                components(UI.getCurrent()), downloads().size());

        assertThat(downloads()).hasSize(ReviewsView.CHECK_INS_SHOWN);
        assertThat(markup("check-ins-count").text()).isEqualTo("The newest 20 of your 500 check-ins.");
        assertThat(_find(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("reviews-requested")))
                .singleElement().satisfies(section -> assertThat(components(section)).isLessThan(100));

        _click(_get(Button.class, spec -> spec.withId("check-ins-show-all")));

        assertThat(downloads()).hasSize(ReviewService.MAX_CHECK_INS);
        assertThat(_find(Button.class, spec -> spec.withId("check-ins-show-all"))).isEmpty();
    }

    @Test
    void a_few_check_ins_are_all_listed_with_no_count_and_no_button() {
        Invitation invitation = invite(false, "statistics");
        long id = accepted(invitation);
        reviews.answer(id, "statistics", 2, false);
        reviews.submit(id);
        as(owner);
        reviews.checkIn(id);
        reviews.checkIn(id);

        open(owner, "reviews");

        assertThat(downloads()).hasSize(2);
        assertThat(_find(Button.class, spec -> spec.withId("check-ins-show-all"))).isEmpty();
        assertThat(markup().getElementById("check-ins-count")).isNull();
    }
    @Test
    @SuppressWarnings("unchecked")
    void every_skill_picked_by_hand_makes_one_review_of_them_all_which_freezes_into_a_check_in() {
        open(owner, "reviews");
        Select<ReviewsView.ScopeChoice> scope = _get(Select.class, spec -> spec.withId("review-scope"));
        scope.setValue(scope.getListDataView().getItems().filter(ReviewsView.ScopeChoice::byHand).findFirst().orElseThrow());
        MultiSelectComboBox<Skill> picked = _get(MultiSelectComboBox.class, spec -> spec.withId("review-skills"));
        Set<Skill> every = Set.copyOf(picked.getListDataView().getItems().toList());
        picked.setValue(every);

        _click(_get(Button.class, spec -> spec.withId("review-create")));

        String link = _get(TextField.class, spec -> spec.withId("review-link")).getValue();
        String token = link.substring(link.lastIndexOf('/') + 1);
        as(reviewer);
        assertThat(reviews.preview(token).skillCount()).isEqualTo(every.size());
        assertThat(reviews.preview(token).scope()).isEqualTo("Hand-picked skills (" + every.size() + ")");
        long id = reviews.accept(token);
        reviews.form(id).questions().forEach(question -> reviews.comment(id, question.skillKey(), "é😀".repeat(666)));
        reviews.form(id).questions().forEach(question -> reviews.answer(id, question.skillKey(), 4, false));
        reviews.submit(id);
        as(owner);
        assertThat(reviews.checkIn(id).snapshot().items()).hasSize(every.size());
    }
}

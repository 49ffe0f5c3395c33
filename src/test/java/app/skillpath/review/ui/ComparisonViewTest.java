package app.skillpath.review.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.review.CheckIn;
import app.skillpath.review.Comparison;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewScope;
import app.skillpath.review.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's comparison page as its owner works it (rows, flags, the three fits, adopting, a check-in), and as
 * everyone else, and any review not submitted, sees it: the plain refusal and nothing to press.
 */
class ComparisonViewTest extends KaribuTest {

    private static final String COMMENT = "Led the <b>A/B</b> work & more";

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    ReviewService reviewService;

    @Autowired
    AssessmentService assessmentService;

    private Account owner;
    private Account reviewer;
    private Account stranger;
    private long reviewId;

    /**
     * The owner rated statistics 2 and programming 3, mathematics not at all; the reviewer says statistics 4 (two
     * levels apart, with a comment), programming 2 (one apart) and can't judge mathematics.
     */
    @BeforeEach
    void aSubmittedReview() {
        owner = testAccounts.create("compare.owner");
        reviewer = testAccounts.create("compare.reviewer");
        stranger = testAccounts.create("compare.stranger");
        TestAccounts.logIn(owner);
        assessmentService.rate("statistics", 2);
        assessmentService.rate("programming", 3);
        Invitation invitation = reviewService.invite(
                new ReviewScope.Picked(List.of("statistics", "programming", "mathematics")), false);
        TestAccounts.logIn(reviewer);
        reviewId = reviewService.accept(invitation.token());
        reviewService.answer(reviewId, "statistics", 4, false);
        reviewService.comment(reviewId, "statistics", COMMENT);
        reviewService.answer(reviewId, "programming", 2, false);
        reviewService.answer(reviewId, "mathematics", null, true);
        reviewService.submit(reviewId);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void deleteAccounts() {
        logout();
        testAccounts.delete(owner);
        testAccounts.delete(reviewer);
        testAccounts.delete(stranger);
    }

    private void open(Account account, String path) {
        login(account, testAccounts.passwordHash(account));
        navigate(path);
    }

    private static String skillName(Comparison comparison, String skill) {
        return comparison.rows().stream().filter(row -> row.skillKey().equals(skill)).findFirst().orElseThrow().skillName();
    }

    private static List<Button> buttonsOfThePage() {
        return _find(ComparisonView.class).stream().flatMap(view -> _find(view, Button.class).stream()).toList();
    }

    @Test
    void the_owner_sees_both_levels_the_flags_the_comment_and_the_fit_three_ways() {
        open(owner, "reviews/" + reviewId);

        assertThat(markup("review-title").text()).isEqualTo("Second opinion from " + reviewer.displayName().orElseThrow());
        assertThat(markup("review-facts").text()).contains("Hand-picked skills (3)");
        assertThat(markup("review-count-conversation").text()).startsWith("1 skill 1 level apart");
        assertThat(markup("review-count-disconnect").text()).startsWith("1 skill 2 or more levels apart");
        assertThat(markup("review-flags-explained").text()).contains("1 level apart, talk it through")
                .contains("2 or more levels apart is a real disconnect");

        assertThat(markup("review-row-statistics").text())
                .isEqualTo("Yours (when reviewed) 2 working Reviewer 4 expert Now 2 working");
        assertThat(markup("review-difference-statistics").hasClass("review-flag-disconnect")).isTrue();
        assertThat(markup("review-difference-programming").hasClass("review-flag-worth-a-conversation")).isTrue();
        assertThat(markup("review-row-mathematics").text())
                .isEqualTo("Yours (when reviewed) not rated Reviewer can't judge Now not rated");
        assertThat(markup("review-difference-mathematics").text()).isEqualTo("Not compared: one of you gave no level");
        // the comment is text: its tags are shown, not made
        assertThat(markup("review-comment-statistics").text()).isEqualTo(COMMENT);
        assertThat(markup().select(".review-comment b")).isEmpty();

        assertThat(_get(Button.class, spec -> spec.withId("adopt-statistics")).getText()).isEqualTo("Adopt 4 expert");
        assertThat(_get(Button.class, spec -> spec.withId("adopt-programming")).getText()).isEqualTo("Adopt 2 working");
        _assertNone(Button.class, spec -> spec.withId("adopt-mathematics"));

        TestAccounts.logIn(owner);
        List<Comparison.ThreeFits> fits = reviewService.compare(reviewId).fits();
        assertThat(markup().select("#review-fits tbody tr")).hasSize(fits.size());
        for (Comparison.ThreeFits fit : fits) {
            List<String> cells = markup("review-fit-" + fit.key().replace(':', '-')).select("td").eachText();
            assertThat(cells).containsExactly(fit.title(), Math.round(fit.own()) + "%",
                    fit.reviewer().isPresent() ? Math.round(fit.reviewer().getAsDouble()) + "%" : "no levels given",
                    Math.round(fit.lower()) + "%");
        }
        assertThat(markup("review-fits-explained").text()).contains("the reviewer's levels put in")
                .contains("the lower of your level now and the reviewer's").contains("education and your own (custom) skills stay yours");
    }

    @Test
    void adopting_a_level_makes_it_the_owners_and_takes_its_button_away() {
        open(owner, "reviews/" + reviewId);
        TestAccounts.logIn(owner);
        String statistics = skillName(reviewService.compare(reviewId), "statistics");

        _click(_get(Button.class, spec -> spec.withId("adopt-statistics")));

        expectNotifications("Your rating of " + statistics + " is now 4 expert, marked as from this review.");
        _assertNone(Button.class, spec -> spec.withId("adopt-statistics"));
        _get(Button.class, spec -> spec.withId("adopt-programming"));
        assertThat(markup("review-row-statistics").text())
                .isEqualTo("Yours (when reviewed) 2 working Reviewer 4 expert Now 4 expert");
        assertThat(assessmentService.mine().level("statistics")).contains(4);
    }

    @Test
    void freezing_a_check_in_lists_it_with_its_download() {
        open(owner, "reviews/" + reviewId);
        assertThat(markup("review-no-check-ins").text()).isEqualTo("No check-ins of this review yet.");

        _click(_get(Button.class, spec -> spec.withId("freeze-check-in")));

        List<CheckIn> checkIns = reviewService.myCheckIns();
        assertThat(checkIns).singleElement().satisfies(checkIn -> assertThat(checkIn.reviewId()).contains(reviewId));
        long id = checkIns.getFirst().id();
        assertThat(_get(Anchor.class, spec -> spec.withId("check-in-download-" + id)).getText()).isEqualTo("Download (Markdown)");
        assertThat(markup().getElementById("review-no-check-ins")).isNull();
        assertThat(pageText()).contains("never changes afterwards");
    }

    @Test
    void a_stranger_and_the_reviewer_get_the_plain_refusal_and_nothing_to_press() {
        for (Account visitor : List.of(stranger, reviewer)) {
            openNewTab();
            open(visitor, "reviews/" + reviewId);

            assertThat(markup("review-refused").text()).isEqualTo(ReviewService.NO_SUCH_SUBMITTED_REVIEW);
            assertThat(buttonsOfThePage()).isEmpty();
            assertThat(pageText()).doesNotContain("A/B").doesNotContain("Second opinion from");
        }
    }

    @Test
    void a_review_not_submitted_yet_and_an_address_that_is_no_number_get_the_refusal() {
        TestAccounts.logIn(owner);
        Invitation open = reviewService.invite(new ReviewScope.Picked(List.of("statistics")), false);
        TestAccounts.logIn(reviewer);
        long accepted = reviewService.accept(open.token());
        reviewService.answer(accepted, "statistics", 3, false);

        open(owner, "reviews/" + accepted);
        assertThat(markup("review-refused").text()).isEqualTo(ReviewService.NO_SUCH_SUBMITTED_REVIEW);
        assertThat(buttonsOfThePage()).isEmpty();

        navigate("");
        navigate("reviews/not-a-number");
        assertThat(markup("review-refused").text()).isEqualTo(ReviewService.NO_SUCH_SUBMITTED_REVIEW);
        Element back = markup("back-to-reviews");
        assertThat(back.attr("href")).isEqualTo("reviews");
    }
}

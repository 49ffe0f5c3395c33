package app.skillpath.review.ui;

import app.skillpath.catalog.CatalogService;
import app.skillpath.review.ReviewScope;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review pages at their largest (a review of every skill of the catalog), counted in server-side components: each
 * costs about a kilobyte of session memory (docs/BENCHMARKS.md), so these counts bound the pages' memory.
 */
class ReviewPagesAtTheirBoundsTest extends ReviewUiTest {

    @Autowired
    CatalogService catalogService;

    private static int components() {
        return count(UI.getCurrent());
    }

    private static int count(Component component) {
        return 1 + component.getChildren().mapToInt(ReviewPagesAtTheirBoundsTest::count).sum();
    }

    @Test
    void answering_and_comparing_a_review_of_every_skill_stay_within_their_component_budget() {
        int skills = catalogService.catalog().skillsByKey().size();
        as(owner);
        long id = accepted(reviews.invite(new ReviewScope.AllSkills(), true));

        open(reviewer, "review/" + id);
        int answering = components();
        for (var question : reviews.form(id).questions()) {
            reviews.answer(id, question.skillKey(), 2, false);
        }
        reviews.submit(id);
        open(owner, "reviews/" + id);
        int comparing = components();
        System.out.printf("review of %d skills: answering page %d components, comparison page %d%n", skills, answering, comparing);

        // measured 270 for 11 skills: a radio group is a component per option (six), each with its label, plus the
        // comment field, the "saved" note and the question's card and markup; kept from growing further
        assertThat(answering).isLessThanOrEqualTo(30 + 22 * skills);
        // measured 66: read-only rows are markup; the adopt buttons (one a skill at most) and check-in controls are components
        assertThat(comparing).isLessThanOrEqualTo(30 + 4 * skills);
    }
}

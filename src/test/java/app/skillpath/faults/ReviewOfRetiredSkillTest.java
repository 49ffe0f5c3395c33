package app.skillpath.faults;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.CatalogFiles;
import app.skillpath.catalog.CatalogFiles.Edit;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.CatalogService;
import app.skillpath.review.CheckIn;
import app.skillpath.review.Comparison;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewException;
import app.skillpath.review.ReviewForm;
import app.skillpath.review.ReviewScope;
import app.skillpath.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A skill retired from the catalog after a review asked about it: the comparison shows it retired and refuses to
 * adopt it in plain words, a check-in still freezes it, and a reviewer in the middle of answering can still answer
 * and submit it (the owner asked about it; the answer is theirs to read).
 */
@SpringTest
class ReviewOfRetiredSkillTest {

    // the test-only Data Engineer file and its own skill, which no other test's reviews use
    private static final String DE_FILE = "extra-catalog/data-engineer.yaml";
    private static final String PIPELINES_SKILL = """
              - key: data-pipelines
                name: Data pipelines
                area: infrastructure
                description: Building and operating batch and streaming data pipelines.
            """;
    private static final String PIPELINES_REQUIREMENT = """
                  - skill: data-pipelines
                    article-text: Building reliable data pipelines
                    level: 3
                    weight: 3
                    rationale: The core of the role.
            """;

    @Autowired
    CatalogService catalogService;

    @Autowired
    ReviewService reviews;

    @Autowired
    AssessmentService assessment;

    @Autowired
    TestAccounts testAccounts;

    private Account owner;
    private Account reviewer;

    @BeforeEach
    void theDataEngineerCatalog() {
        catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));
        owner = testAccounts.create("retired.owner");
        reviewer = testAccounts.create("retired.reviewer");
    }

    @AfterEach
    void restore() {
        SecurityContextHolder.clearContext();
        // the users go first, so that the real catalog may drop the Data Engineer's skill again
        testAccounts.delete(owner);
        testAccounts.delete(reviewer);
        catalogService.install(CatalogParser.parse(CatalogFiles.real()));
    }

    private long accepted() {
        TestAccounts.logIn(owner);
        Invitation invitation = reviews.invite(new ReviewScope.Picked(List.of("data-pipelines", "statistics")), false);
        TestAccounts.logIn(reviewer);
        return reviews.accept(invitation.token());
    }

    private void retireDataPipelines() {
        catalogService.install(CatalogParser.parse(CatalogFiles.edited(CatalogFiles.realPlusExtraRole(),
                new Edit(DE_FILE, PIPELINES_SKILL, PIPELINES_SKILL + "    retired: true\n"),
                new Edit(DE_FILE, PIPELINES_REQUIREMENT, ""),
                new Edit(DE_FILE, "builds: [data-pipelines]", "builds: [programming]"))));
    }

    @Test
    void a_submitted_review_of_a_skill_retired_since_shows_it_retired_refuses_adopting_it_and_still_freezes_it() {
        TestAccounts.logIn(owner);
        assessment.rate("data-pipelines", 1);
        long submitted = accepted();
        reviews.answer(submitted, "data-pipelines", 3, false);
        reviews.answer(submitted, "statistics", 2, false);
        reviews.submit(submitted);

        retireDataPipelines();

        TestAccounts.logIn(owner);
        Comparison.Row pipelines = reviews.compare(submitted).rows().stream()
                .filter(row -> row.skillKey().equals("data-pipelines")).findFirst().orElseThrow();
        assertThat(pipelines.retired()).isTrue();
        assertThat(pipelines.canAdopt()).isFalse();
        assertThatThrownBy(() -> reviews.adopt(submitted, "data-pipelines")).isInstanceOf(ReviewException.class)
                .hasMessage("“Data pipelines” is retired and takes no new ratings.");
        assertThat(assessment.mine().level("data-pipelines")).contains(1);
        // the active skill of the same review is still adopted
        reviews.adopt(submitted, "statistics");
        assertThat(assessment.mine().level("statistics")).contains(2);

        CheckIn checkIn = reviews.checkIn(submitted);
        assertThat(checkIn.snapshot().items()).filteredOn(item -> item.skill().equals("data-pipelines")).singleElement()
                .satisfies(item -> {
                    assertThat(item.skillName()).isEqualTo("Data pipelines");
                    assertThat(item.reviewerLevel()).isEqualTo(3);
                });
    }

    @Test
    void a_reviewer_in_the_middle_of_answering_still_answers_and_submits_a_skill_retired_meanwhile() {
        long answering = accepted();

        retireDataPipelines();

        ReviewForm form = reviews.form(answering);
        assertThat(form.questions()).extracting(ReviewForm.Question::skillKey).containsExactly("data-pipelines", "statistics");
        assertThat(form.questions().getFirst().skillName()).isEqualTo("Data pipelines");
        reviews.answer(answering, "data-pipelines", 2, false);
        reviews.answer(answering, "statistics", null, true);
        reviews.submit(answering);

        TestAccounts.logIn(owner);
        assertThat(reviews.compare(answering).rows()).filteredOn(row -> row.skillKey().equals("data-pipelines"))
                .singleElement().satisfies(row -> assertThat(row.reviewerLevel()).contains(2));
    }
}

package app.skillpath.browser;

import app.skillpath.account.Account;
import app.skillpath.account.AccountRepository;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewScope;
import app.skillpath.review.ReviewService;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The owner's second-opinion page in a real browser: readable on a phone without scrolling sideways, free of serious
 * accessibility problems, and adopting a level and freezing a check-in work.
 */
class ComparisonBrowserIT extends BrowserTest {

    private static final String USER = "compare.browser";

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    ReviewService reviewService;

    @Autowired
    AssessmentService assessmentService;

    @Test
    void the_owner_reads_the_comparison_on_a_phone_adopts_a_level_and_freezes_a_check_in() {
        signUp(page, USER);
        Account owner = accountRepository.findByUsername(USER).orElseThrow().toAccount();
        Account reviewer = testAccounts.create("compare.browser.reviewer");
        long reviewId;
        try {
            TestAccounts.logIn(owner);
            assessmentService.rate("statistics", 2);
            assessmentService.rate("programming", 3);
            Invitation invitation = reviewService.invite(
                    new ReviewScope.Picked(List.of("statistics", "programming", "mathematics")), false);
            TestAccounts.logIn(reviewer);
            reviewId = reviewService.accept(invitation.token());
            reviewService.answer(reviewId, "statistics", 4, false);
            reviewService.comment(reviewId, "statistics", "Ran the experimentation platform for two years;\n"
                    + "the write-ups were the best in the team <b>by far</b> & well reviewed.");
            reviewService.answer(reviewId, "programming", 2, false);
            reviewService.answer(reviewId, "mathematics", null, true);
            reviewService.submit(reviewId);
        } finally {
            SecurityContextHolder.clearContext();
        }

        page.navigate(url("reviews/" + reviewId));
        assertThat(page.locator("#review-title")).hasText("Second opinion from compare.browser.reviewer Tester");
        assertThat(page.locator("#review-difference-statistics")).hasText("2 or more levels apart: a real disconnect");
        screenshot("review-comparison");

        page.setViewportSize(390, 844);
        page.waitForTimeout(300);
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("() => { const main = document.querySelector('.review-comparison');"
                + " return main.scrollWidth - main.clientWidth; }")).intValue()).as("the page wider than a phone").isLessThanOrEqualTo(0);
        page.setViewportSize(1280, 900);

        List<String> problems = new ArrayList<>();
        page.waitForTimeout(300);
        for (Rule violation : new AxeBuilder(page).analyze().getViolations()) {
            if (Set.of("serious", "critical").contains(violation.getImpact())) {
                problems.add(violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp() + " at "
                        + violation.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary()).limit(5).toList());
            }
        }
        org.assertj.core.api.Assertions.assertThat(problems).as("serious or critical axe-core violations").isEmpty();

        page.locator("#adopt-statistics").click();
        assertThat(page.locator("#review-row-statistics .review-now")).hasText("4 expert");
        assertThat(page.locator("#adopt-statistics")).hasCount(0);

        page.locator("#freeze-check-in").click();
        assertThat(page.locator("#review-check-in-list a")).hasText("Download (Markdown)");
        // the confirmations (3 s) out of the picture
        page.waitForTimeout(3500);
        wholePage("review-comparison-after");
    }

}

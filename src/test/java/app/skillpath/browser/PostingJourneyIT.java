package app.skillpath.browser;

import app.skillpath.account.AccountRepository;
import app.skillpath.account.TestAccounts;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.posting.PostingAnalysis;
import app.skillpath.posting.SkillProposal;
import app.skillpath.target.Target;
import app.skillpath.target.TargetService;
import app.skillpath.target.TargetSkill;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue #12's "Done when" in a real browser: a job posting pasted in becomes a target, corrected and with a skill of
 * the user's own, which is then rated, scored beside the article's roles and planned with dated steps.
 */
class PostingJourneyIT extends BrowserTest {

    private static final String USER = "posting.journey";

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TargetService targetService;

    @Test
    void a_pasted_posting_becomes_a_corrected_target_that_is_rated_scored_and_planned() throws IOException {
        String posting = resource("postings/02-data-scientist-growth.txt");
        signUp(page, USER);
        // what the page will propose, read by the same service, so the test follows the analyzer rather than fixing it
        PostingAnalysis analysis = asUser(() -> targetService.propose(posting).analysis());
        String text = asUser(() -> targetService.propose(posting).posting());
        org.assertj.core.api.Assertions.assertThat(analysis.skills()).hasSizeGreaterThan(1);
        org.assertj.core.api.Assertions.assertThat(analysis.notInCatalog()).isNotEmpty();

        page.navigate(url("targets"));
        page.locator("#from-posting").click();
        assertThat(page).hasURL(Pattern.compile(".*/targets/new/posting$"));
        assertThat(page.locator("#posting-input")).isVisible();
        screenshot("posting-empty");

        page.locator("#posting-input textarea").fill(posting);
        // the counter follows the text, which also tells that the server has it
        assertThat(page.locator("#posting-input [slot=helper]")).hasText(
                String.format(java.util.Locale.US, "%,d of 20,000 characters", posting.length()));
        page.locator("#find-in-posting").click();
        Locator highlighted = page.locator("#posting-highlighted");
        assertThat(highlighted).isVisible();
        SkillProposal first = analysis.skills().getFirst();
        if (!first.evidence().isEmpty()) {
            assertThat(page.locator("#ev-" + first.skillKey() + "-0")).hasText(first.evidence().getFirst().of(text));
        }
        assertThat(highlighted.locator("mark.ev-skill").first()).isVisible();
        assertThat(page.locator("#found-" + first.skillKey())).containsText(first.mustHave() ? "Must-have" : "Nice to have");
        screenshot("posting-proposal");
        List<String> problems = new ArrayList<>();
        axe("the posting reader with a proposal", problems);
        page.locator("#posting-summary").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("posting-summary-1280.png")));

        // a link from the summary lands on its highlight in the posting
        page.locator("#found-" + first.skillKey() + " a.posting-see").click();
        assertThat(page).hasURL(Pattern.compile(".*/targets/new/posting#ev-" + first.skillKey() + "-0$"));
        assertThat(page.locator("#posting-highlighted")).isVisible();

        // correct one proposal: its level
        int corrected = first.level() % 4 + 1;
        String levelText = ProficiencyLevel.of(corrected).display();
        page.locator("#skill-" + first.skillKey() + "-level").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(levelText).setVisible(true))
                .first().click();
        assertThat(page.locator("#skill-" + first.skillKey() + "-level")).containsText(levelText);

        // a requirement outside the catalog as a skill of one's own, renamed to something shorter
        page.locator("#not-in-catalog").scrollIntoViewIfNeeded();
        page.locator("#not-in-catalog").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("posting-not-in-catalog-1280.png")));
        page.locator("#add-own-0").click();
        assertThat(page.locator("#add-own-0")).hasText("Added to the form");
        Locator ownName = page.locator(".target-skill-new-name input");
        assertThat(ownName).hasCount(1);
        ownName.fill("Explaining results to non-specialists");
        page.locator("#target-skills-section").scrollIntoViewIfNeeded();
        page.waitForTimeout(200);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("posting-form-skills-1280.png")));

        page.locator("#save-target").click();
        assertThat(page.locator("#target-saved")).containsText("Saved.");
        assertThat(page).hasURL(Pattern.compile(".*/targets/target(:|%3A)\\d+/edit$"));
        screenshot("posting-saved");

        Target target = asUser(() -> targetService.mine().targets().getFirst());
        org.assertj.core.api.Assertions.assertThat(target.skill(first.skillKey()))
                .hasValueSatisfying(skill -> org.assertj.core.api.Assertions.assertThat(skill.requiredLevel()).isEqualTo(corrected));
        TargetSkill own = target.skills().stream().filter(TargetSkill::custom).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(own.name()).isEqualTo("Explaining results to non-specialists");
        String ownId = own.skillKey().replace(':', '-');
        String key = target.key().replace(":", "\\:");

        // rate the own skill under "Your own skills", and a catalog skill, so the fit has something to weigh
        page.navigate(url("assessment"));
        rate("statistics", 2);
        assertThat(page.locator("#custom-skills")).containsText("Explaining results to non-specialists");
        page.locator("#custom-level-" + ownId).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("1 aware").setVisible(true))
                .first().click();
        assertThat(page.locator("#custom-level-" + ownId)).containsText("1 aware");
        page.locator("#custom-skills").scrollIntoViewIfNeeded();
        page.locator("#custom-skills").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("posting-own-skill-rated-1280.png")));
        org.assertj.core.api.Assertions.assertThat(asUser(() -> targetService.mine().customRatings()))
                .containsEntry(own.skillKey(), 1);

        // the target's fit beside the two roles, with its explanation
        page.navigate(url("fit"));
        assertThat(page.locator("#fit-own-" + key)).hasText("Your target");
        assertThat(page.locator("#fit-machine-learning-engineer")).isVisible();
        assertThat(page.locator("#fit-data-science-manager")).isVisible();
        assertThat(page.locator("#fit-why-" + key)).containsText("Explaining results to non-specialists");
        screenshot("posting-fit");

        // and a plan for it, with dated steps
        page.locator("#plan-link-" + key).click();
        page.locator("#plan-pace input").fill("6");
        page.locator("#create-plan").click();
        assertThat(page.locator("#plan-completion")).containsText("Expected completion");
        assertThat(page.locator("#step-skill-" + ownId)).containsText("Explaining results to non-specialists");
        assertThat(page.locator("#step-skill-" + ownId)).containsText(Pattern.compile("\\d.* to .*\\d"));
        screenshot("posting-plan");

        org.assertj.core.api.Assertions.assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    /** axe-core on the page as it is now, as AccessibilityIT checks the other pages. */
    private void axe(String where, List<String> problems) {
        page.waitForTimeout(300);
        for (Rule violation : new AxeBuilder(page).analyze().getViolations()) {
            if (Set.of("serious", "critical").contains(violation.getImpact())) {
                problems.add(where + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp()
                        + " at " + violation.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary())
                        .limit(5).toList());
            }
        }
    }

    /** Runs a service call as the user signed up in the browser, as their own request would. */
    private <T> T asUser(Supplier<T> call) {
        TestAccounts.logIn(accountRepository.findByUsername(USER).orElseThrow().toAccount());
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PostingJourneyIT.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package app.skillpath.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teams list and a team's settings in a real browser: a too-long name sent past the field's maxlength gets the
 * service's message; the owner creates a team, sets a composition and makes a link; a second person joins by it and
 * chooses to share notes. Both pages pass axe-core (no serious or critical violations) for the owner and the member.
 */
class TeamSettingsBrowserIT extends BrowserTest {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private void axe(String what, List<String> problems) {
        page.waitForTimeout(300);
        for (Rule violation : new AxeBuilder(page).analyze().getViolations()) {
            if (BLOCKING.contains(violation.getImpact())) {
                problems.add(what + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp()
                        + " at " + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList());
            }
        }
    }

    @Test
    void an_owner_sets_up_a_team_a_member_joins_and_chooses_what_to_share() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<String> problems = new ArrayList<>();
        signUp(page, "ts.owner-" + suffix);
        page.navigate(url("teams"));
        assertThat(page.locator("#teams-empty")).containsText("Data Science Manager");
        axe("/teams (empty)", problems);

        // a request the page would not send: the name field's maxlength removed, as a forged request could
        page.locator("#team-name input").evaluate("input => input.removeAttribute('maxlength')");
        page.locator("#team-name input").fill("x".repeat(130));
        page.locator("#team-create").click();
        assertThat(page.locator("#team-create-error")).hasText("A team's name can have at most 100 characters; this one has 130.");
        screenshot("teams-name-too-long");

        page.locator("#team-name input").fill("Data science");
        page.locator("#team-create").click();
        assertThat(page.locator("#team-title")).hasText("Data science");
        // the address follows the page's content a moment later (the browser's history is updated after the DOM)
        page.waitForURL("**/teams/*/settings");
        String settings = page.url();
        assertThat(settings).matches(".*/teams/\\d+/settings");

        page.locator("#composition-add").click();
        page.locator("#composition-profile-0").click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Machine Learning Engineer")).first().click();
        page.locator("#composition-count-0 input").fill("2");
        page.locator("#composition-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("composition is saved");

        page.locator("#team-link-create").click();
        String link = page.locator("#team-link input").inputValue();
        assertThat(link).matches("http://localhost:\\d+/invitation/[A-Za-z0-9_-]{43}");

        BrowserContext second = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page ownerPage = page;
        try {
            page = second.newPage();
            page.setDefaultTimeout(30_000);
            signUp(page, "ts.member-" + suffix);
            page.navigate(link);
            page.locator("#invitation-accept").click();
            page.waitForURL("**/teams/*");
            page.navigate(settings);
            assertThat(page.locator("#team-facts")).containsText("Owner: ts.owner-" + suffix);
            assertThat(page.locator("#team-link-create")).hasCount(0);
            assertThat(page.locator("#composition-save")).hasCount(0);
            page.locator("#team-sharing vaadin-radio-button").nth(1).click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("levels and your evidence notes");
            axe("settings (member)", problems);
            wholePage("team-settings-member");
            page.navigate(url("teams"));
            assertThat(page.locator(".team-card")).containsText("levels and your evidence notes");
            axe("/teams (member)", problems);
        } finally {
            page = ownerPage;
            second.close();
        }

        page.navigate(settings);
        assertThat(page.locator("#team-members")).containsText("ts.member-" + suffix);
        assertThat(page.locator("#team-members")).containsText("Shares levels and evidence notes.");
        assertThat(page.locator(".team-state-accepted")).containsText("Joined by ts.member-" + suffix);
        axe("settings (owner)", problems);
        wholePage("team-settings-owner");

        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }
}

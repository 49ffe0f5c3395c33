package app.skillpath.browser;

import app.skillpath.account.Account;
import app.skillpath.account.AccountRepository;
import app.skillpath.account.TestAccounts;
import app.skillpath.invitation.Invitations;
import app.skillpath.team.TeamService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static app.skillpath.db.generated.Tables.TEAM;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member answers a team owner's suggestion on /plan in a real browser, and the owner deletes their account handing
 * the team over. The team itself is set up through the service (its pages are another part of issue #15).
 */
class TeamSuggestionBrowserIT extends BrowserTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    @Autowired
    org.jooq.DSLContext dsl;

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow().toAccount();
    }

    @Test
    void a_member_adds_a_suggestion_to_their_plan_and_the_owner_hands_the_team_over_when_deleting_their_account() {
        BrowserContext ownerContext = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page ownerPage = ownerContext.newPage();
        ownerPage.setDefaultTimeout(30_000);
        signUp(ownerPage, "suggesting.owner");
        signUp(page, "suggested.member");
        Account owner = account("suggesting.owner");
        Account member = account("suggested.member");
        TestAccounts.logIn(owner);
        long teamId = teams.create("Data <science> & co");
        String token = teams.invite(teamId).token();
        TestAccounts.logIn(member);
        invitations.accept(token);
        TestAccounts.logIn(owner);
        long id = teams.suggest(teamId, member.id(), "programming", "Learn <b>pandas</b>",
                "Work through the 10-minute tutorial, then redo last month's report with it.");

        page.navigate(url("plan?role=data-science-manager"));
        Locator suggestion = page.locator("#suggestion-" + id);
        assertThat(suggestion).containsText("Learn <b>pandas</b>");
        assertThat(page.locator("#team-suggestions")).containsText("create a plan first");
        assertThat(page.locator("#accept-suggestion-" + id)).hasCount(0);
        page.locator("#plan-pace input").fill("8");
        page.locator("#create-plan").click();
        assertThat(page.locator("#suggestion-plan-" + id)).isVisible();
        assertThat(suggestion).containsText("From suggesting.owner, owner of Data <science> & co · Skill: Programming");
        screenshot("plan-team-suggestion");

        page.locator("#accept-suggestion-" + id).click();
        assertThat(page.locator("#step-suggested-" + id)).containsText("Suggested by your team");
        assertThat(page.locator("#team-suggestions")).hasCount(0);
        wholePage("plan-team-suggestion-accepted");

        ownerPage.navigate(url("account"));
        assertThat(ownerPage.locator("#pass-on-" + teamId)).containsText("Hand over to suggested.member");
        ownerPage.locator("#delete-password input").fill("not my password");
        ownerPage.locator("#delete-account").click();
        assertThat(ownerPage.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").first())
                .containsText("“Data <science> & co” passes to suggested.member");
        Page shown = page;
        page = ownerPage;
        screenshot("account-delete-teams-dialog");
        ownerPage.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Delete for good")).first().click();
        assertThat(ownerPage.locator("#delete-password")).containsText("That is not your current password.");
        wholePage("account-delete-teams-wrong-password");
        page = shown;
        assertThat(dsl.select(TEAM.OWNER_ID).from(TEAM).where(TEAM.ID.eq(teamId)).fetchOne().value1()).isEqualTo(owner.id());

        ownerPage.locator("#delete-password input").fill(PASSWORD);
        ownerPage.locator("#delete-account").click();
        ownerPage.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Delete for good")).first().click();
        ownerPage.waitForURL(url -> url.contains("/login") || url.endsWith("/"));
        assertThat(dsl.select(TEAM.OWNER_ID).from(TEAM).where(TEAM.ID.eq(teamId)).fetchOne().value1()).isEqualTo(member.id());
        ownerContext.close();
    }
}

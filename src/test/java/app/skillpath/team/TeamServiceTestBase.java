package app.skillpath.team;

import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.invitation.Invitations;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the service-level team tests share: an owner, two would-be members and a stranger of their own (named with the
 * test's prefix, so classes never collide), a team, and the steps to join it through the shared invitation page.
 */
abstract class TeamServiceTestBase {

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    @Autowired
    AssessmentService assessment;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    private final String prefix;
    Account owner;
    Account ada;
    Account bo;
    Account stranger;

    TeamServiceTestBase(String prefix) {
        this.prefix = prefix;
    }

    @BeforeEach
    void people() {
        owner = testAccounts.create(prefix + ".owner");
        ada = testAccounts.create(prefix + ".ada");
        bo = testAccounts.create(prefix + ".bo");
        stranger = testAccounts.create(prefix + ".stranger");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    /** The owner creates a team; they stay logged in. */
    long team(String name) {
        TestAccounts.logIn(owner);
        return teams.create(name);
    }

    /** The owner makes a link for their team; they stay logged in. */
    TeamInvitationLink link(long teamId) {
        TestAccounts.logIn(owner);
        return teams.invite(teamId);
    }

    /** The person joins the team through a new link on the shared invitation page; they stay logged in. */
    void join(long teamId, Account person) {
        TeamInvitationLink link = link(teamId);
        TestAccounts.logIn(person);
        invitations.accept(link.token());
    }

    /** A team with the owner, Ada and Bo in it; the owner is logged in at the end. */
    long teamOfThree() {
        long teamId = team("Data science");
        join(teamId, ada);
        join(teamId, bo);
        TestAccounts.logIn(owner);
        return teamId;
    }
}

package app.skillpath.team.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.invitation.Invitations;
import app.skillpath.team.TeamMatrix;
import app.skillpath.team.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;

/**
 * What the teams pages' tests share: an owner, two would-be members and a stranger (named with the test class's
 * prefix, so classes never collide), a team, joining it through the shared invitation page, and opening a page as
 * someone. The service steps mirror TeamServiceTestBase, whose package is not this one.
 */
abstract class TeamUiTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    private final String prefix;
    Account owner;
    Account ada;
    Account bo;
    Account stranger;

    TeamUiTest(String prefix) {
        this.prefix = prefix;
    }

    @BeforeEach
    void people() {
        owner = testAccounts.create(prefix + ".owner");
        ada = testAccounts.create(prefix + ".ada");
        bo = testAccounts.create(prefix + ".bo");
        stranger = testAccounts.create(prefix + ".stranger");
    }

    /** Logs the account into the UI (and the services) and opens the page; elsewhere first, as a fresh visit would. */
    void open(Account account, String location) {
        as(account);
        navigate("roles");
        navigate(location);
    }

    /** Chooses a member in the owner's member picker and clicks one of its buttons (member-remove, member-make-owner). */
    @SuppressWarnings("unchecked")
    static void onMember(long memberId, String buttonId) {
        Select<TeamMatrix.Member> choice = _get(Select.class, spec -> spec.withId("member-choice"));
        choice.setValue(choice.getListDataView().getItems().filter(member -> member.id() == memberId).findFirst().orElseThrow());
        click(buttonId);
    }

    /** Whether the owner's member picker offers this member. */
    @SuppressWarnings("unchecked")
    static boolean offered(long memberId) {
        Select<TeamMatrix.Member> choice = _get(Select.class, spec -> spec.withId("member-choice"));
        return choice.getListDataView().getItems().anyMatch(member -> member.id() == memberId);
    }

    static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    static void confirm(String id) {
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId(id)));
    }

    void as(Account account) {
        login(account, testAccounts.passwordHash(account));
    }

    /** The owner creates a team; they stay logged in. */
    long team(String name) {
        as(owner);
        return teams.create(name);
    }

    /** The person joins the team through a new link on the shared invitation page; they stay logged in. */
    void join(long teamId, Account person) {
        as(owner);
        String token = teams.invite(teamId).token();
        as(person);
        invitations.accept(token);
    }

    /** A team with the owner, Ada and Bo in it; the owner is logged in at the end. */
    long teamOfThree() {
        long teamId = team("Data science");
        join(teamId, ada);
        join(teamId, bo);
        as(owner);
        return teamId;
    }
}

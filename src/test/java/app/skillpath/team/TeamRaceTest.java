package app.skillpath.team;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.invitation.InvitationException;
import app.skillpath.invitation.Invitations;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static app.skillpath.db.generated.Tables.APP_USER;
import static app.skillpath.db.generated.Tables.TEAM_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Parallel joins and the limits (200 members per team, 20 teams per user), in the service and, behind it, in the
 * database's triggers: two people taking one link, or the last free place, at the same moment.
 */
@SpringTest
class TeamRaceTest extends TeamServiceTestBase {

    TeamRaceTest() {
        super("team-race");
    }

    /** Adds this many members straight into the team (accounts made by SQL, sharing one password hash: fast). */
    private void fill(long teamId, int count) {
        String hash = testAccounts.passwordHash(owner);
        for (int i = 0; i < count; i++) {
            long id = dsl.insertInto(APP_USER).set(APP_USER.USERNAME, "team-race.filler." + teamId + "." + i)
                    .set(APP_USER.PASSWORD_HASH, hash).returning(APP_USER.ID).fetchSingle().getId();
            dsl.insertInto(TEAM_MEMBER).set(TEAM_MEMBER.TEAM_ID, teamId).set(TEAM_MEMBER.MEMBER_ID, id).execute();
        }
    }

    private int members(long teamId) {
        return dsl.fetchCount(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID.eq(teamId));
    }

    /** Runs both at the same moment (after a shared start signal), each as its own logged-in user. */
    private List<String> together(Account first, Callable<String> firstAction, Account second, Callable<String> secondAction)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (var pair : List.of(java.util.Map.entry(first, firstAction), java.util.Map.entry(second, secondAction))) {
                results.add(threads.submit(() -> {
                    TestAccounts.logIn(pair.getKey());
                    start.await();
                    try {
                        return pair.getValue().call();
                    } catch (InvitationException | TeamException e) {
                        return "refused: " + e.getMessage();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void two_people_taking_one_link_at_the_same_moment_make_exactly_one_member() throws Exception {
        long teamId = team("Race");
        TeamInvitationLink link = teams.invite(teamId);

        List<String> outcomes = together(ada, () -> invitations.accept(link.token()), bo, () -> invitations.accept(link.token()));

        assertThat(outcomes).containsOnlyOnce("teams/" + teamId).containsOnlyOnce("refused: " + Invitations.LINK_DOES_NOT_WORK);
        assertThat(members(teamId)).isEqualTo(2);
    }

    @Test
    void the_last_free_place_goes_to_one_of_two_people_joining_at_the_same_moment() throws Exception {
        long teamId = team("Nearly full");
        fill(teamId, TeamService.MAX_MEMBERS - 2);
        TeamInvitationLink first = teams.invite(teamId);
        TeamInvitationLink second = teams.invite(teamId);

        List<String> outcomes = together(ada, () -> invitations.accept(first.token()), bo, () -> invitations.accept(second.token()));

        assertThat(outcomes).containsOnlyOnce("teams/" + teamId)
                .anySatisfy(outcome -> assertThat(outcome).startsWith("refused: This team has 200 members"));
        assertThat(members(teamId)).isEqualTo(TeamService.MAX_MEMBERS);
        TestAccounts.logIn(owner);
        assertThatThrownBy(() -> teams.invite(teamId)).isInstanceOf(TeamException.class)
                .hasMessage("The team has 200 members, the most a team can have.");
    }

    @Test
    void the_database_refuses_a_201st_member_even_without_the_service() {
        long teamId = team("Full");
        fill(teamId, TeamService.MAX_MEMBERS - 1);
        assertThat(members(teamId)).isEqualTo(TeamService.MAX_MEMBERS);
        assertThatThrownBy(() -> dsl.insertInto(TEAM_MEMBER).set(TEAM_MEMBER.TEAM_ID, teamId)
                .set(TEAM_MEMBER.MEMBER_ID, stranger.id()).execute()).hasMessageContaining("at most 200 members per team");
        assertThat(members(teamId)).isEqualTo(TeamService.MAX_MEMBERS);
    }

    @Test
    void a_user_can_be_in_twenty_teams_and_not_one_more() {
        TestAccounts.logIn(ada);
        for (int i = 1; i <= TeamService.MAX_TEAMS_PER_USER; i++) {
            teams.create("Team " + i);
        }
        assertThatThrownBy(() -> teams.create("Team 21")).isInstanceOf(TeamException.class)
                .hasMessageStartingWith("You are in 20 teams, the most an account can be in.");
        long other = team("Owner's team");
        TeamInvitationLink link = teams.invite(other);
        TestAccounts.logIn(ada);
        assertThatThrownBy(() -> invitations.accept(link.token())).isInstanceOf(InvitationException.class)
                .hasMessageStartingWith("You are in 20 teams, the most an account can be in.");
        assertThatThrownBy(() -> dsl.insertInto(TEAM_MEMBER).set(TEAM_MEMBER.TEAM_ID, other)
                .set(TEAM_MEMBER.MEMBER_ID, ada.id()).execute()).hasMessageContaining("at most 20 teams per user");
        assertThat(teams.myTeams()).hasSize(TeamService.MAX_TEAMS_PER_USER);
        // the link was not used up by the refusal: it still works for someone with room
        TestAccounts.logIn(bo);
        assertThat(invitations.accept(link.token())).isEqualTo("teams/" + other);
    }

    @Test
    void bad_names_and_compositions_get_a_clear_message_and_change_nothing() {
        TestAccounts.logIn(ada);
        assertThatThrownBy(() -> teams.create("  ")).isInstanceOf(TeamException.class).hasMessage("Give the team a name.");
        assertThatThrownBy(() -> teams.create("x".repeat(101))).isInstanceOf(TeamException.class)
                .hasMessage("A team's name can have at most 100 characters; this one has 101.");
        assertThat(teams.myTeams()).isEmpty();
        long teamId = teams.create("Composition");
        String mle = TeamService.roleProfileKey("machine-learning-engineer");
        teams.setComposition(teamId, List.of(new TeamMatrix.Need(mle, 2)));
        for (List<TeamMatrix.Need> bad : List.of(
                List.of(new TeamMatrix.Need(mle, 0)),
                List.of(new TeamMatrix.Need(mle, 51)),
                List.of(new TeamMatrix.Need(mle, 1), new TeamMatrix.Need(mle, 2)),
                List.of(new TeamMatrix.Need("role:no-such-role", 1)),
                List.of(new TeamMatrix.Need("target:999999999", 1)),
                java.util.Collections.nCopies(21, new TeamMatrix.Need(mle, 1)))) {
            assertThatThrownBy(() -> teams.setComposition(teamId, bad)).isInstanceOf(TeamException.class);
            assertThat(teams.matrix(teamId).composition()).containsExactly(new TeamMatrix.Need(mle, 2));
        }
    }
}

package app.skillpath.team;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.invitation.InvitationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static app.skillpath.db.generated.Tables.TEAM;
import static app.skillpath.db.generated.Tables.TEAM_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests about one team at the same moment, in a fixed interleaving: the test holds a lock that stops the first
 * request half-way (after it has checked what it checks), runs the second, then lets the first go on. Whatever the
 * order, each request either does its work or gets the service's plain message, and the team keeps an owner who is
 * one of its members.
 */
@SpringTest
class TeamParallelTest extends TeamServiceTestBase {

    TeamParallelTest() {
        super("team-parallel");
    }

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /**
     * Runs the action as the person in a thread of its own; the outcome is what the action returned ("done" when it
     * returns nothing) or the service's message.
     */
    private Future<String> as(Account person, Callable<String> action) {
        return threads.submit(() -> {
            TestAccounts.logIn(person);
            try {
                String outcome = action.call();
                return outcome == null ? "done" : outcome;
            } catch (TeamException | InvitationException refused) {
                return "refused: " + refused.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private record Outcomes(String first, String second) {
    }

    /**
     * The fixed interleaving: the test holds the team's key, the first request runs until it waits for it (after its
     * checks), the second request runs meanwhile, then the first goes on. Returns both outcomes.
     */
    private Outcomes firstHeldWhileSecondRuns(long teamId, Account firstPerson, Callable<String> first,
                                              Account secondPerson, Callable<String> second) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> lock = holdTeamKey(teamId, held, release);
        held.await(30, TimeUnit.SECONDS);
        Future<String> firstOutcome = as(firstPerson, first);
        untilALockIsAwaited();
        Future<String> secondOutcome = as(secondPerson, second);
        Thread.sleep(300);
        release.countDown();
        lock.get(30, TimeUnit.SECONDS);
        return new Outcomes(firstOutcome.get(30, TimeUnit.SECONDS), secondOutcome.get(30, TimeUnit.SECONDS));
    }

    /** Waits until some session of the database waits for a lock (the request stopped where the test wants it). */
    private void untilALockIsAwaited() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Integer waiting = dsl.resultQuery("select count(*)::int from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and datname = current_database()").fetchOne(0, Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no request came to wait for the lock");
    }

    /**
     * Holds a key-share lock on the team's row (what a foreign key check takes) until {@code release} counts down:
     * it lets a hand-over check the heir and then stops it at changing the owner.
     */
    private Future<?> holdTeamKey(long teamId, CountDownLatch held, CountDownLatch release) {
        return threads.submit(() -> dsl.transaction(tx -> {
            tx.dsl().select(TEAM.ID).from(TEAM).where(TEAM.ID.eq(teamId)).forKeyShare().fetch();
            held.countDown();
            release.await(30, TimeUnit.SECONDS);
        }));
    }

    private long ownerOf(long teamId) {
        return dsl.select(TEAM.OWNER_ID).from(TEAM).where(TEAM.ID.eq(teamId)).fetchSingle(TEAM.OWNER_ID);
    }

    private boolean isMember(long teamId, Account person) {
        return dsl.fetchExists(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID.eq(teamId).and(TEAM_MEMBER.MEMBER_ID.eq(person.id())));
    }

    @Test
    void a_member_leaving_while_the_owner_hands_the_team_to_them_gets_a_plain_answer_and_the_team_keeps_its_owner()
            throws Exception {
        long teamId = teamOfThree();
        Outcomes outcomes = firstHeldWhileSecondRuns(teamId, owner, () -> {
            teams.handOver(teamId, ada.id());
            return null;
        }, ada, () -> {
            teams.leave(teamId);
            return null;
        });

        assertThat(outcomes.first()).isEqualTo("done");
        assertThat(outcomes.second())
                .isEqualTo("refused: You own this team: hand it over to another member or delete it before you leave.");
        assertThat(ownerOf(teamId)).isEqualTo(ada.id());
        assertThat(isMember(teamId, ada)).isTrue();
    }

    @Test
    void removing_a_member_while_handing_the_team_to_them_in_another_tab_gets_a_plain_answer() throws Exception {
        long teamId = teamOfThree();
        Outcomes outcomes = firstHeldWhileSecondRuns(teamId, owner, () -> {
            teams.handOver(teamId, bo.id());
            return null;
        }, owner, () -> {
            teams.remove(teamId, bo.id());
            return null;
        });

        assertThat(outcomes.first()).isEqualTo("done");
        assertThat(outcomes.second()).startsWith("refused: ");
        assertThat(ownerOf(teamId)).isEqualTo(bo.id());
        assertThat(isMember(teamId, bo)).isTrue();
    }

    @Test
    void handing_over_to_two_members_at_once_makes_exactly_one_of_them_owner() throws Exception {
        long teamId = teamOfThree();
        Outcomes outcomes = firstHeldWhileSecondRuns(teamId, owner, () -> {
            teams.handOver(teamId, ada.id());
            return null;
        }, owner, () -> {
            teams.handOver(teamId, bo.id());
            return null;
        });

        assertThat(outcomes.first()).isEqualTo("done");
        assertThat(outcomes.second())
                .isEqualTo("refused: The team can only be handed over by its owner, to one of its other members.");
        assertThat(ownerOf(teamId)).isEqualTo(ada.id());
    }

    @Test
    void deleting_the_team_while_someone_joins_by_its_link_leaves_no_member_of_a_team_that_is_gone() throws Exception {
        long teamId = team("Going");
        String token = teams.invite(teamId).token();
        Outcomes outcomes = firstHeldWhileSecondRuns(teamId, owner, () -> {
            teams.delete(teamId);
            return null;
        }, ada, () -> invitations.accept(token));

        assertThat(outcomes.first()).isEqualTo("done");
        // the join may go first (the member joins, then the team is deleted with them in it) or second (a plain
        // refusal): either is one order of the two, and neither leaves a member of a team that is gone
        assertThat(outcomes.second()).satisfiesAnyOf(
                outcome -> assertThat(outcome).isEqualTo("teams/" + teamId),
                outcome -> assertThat(outcome).startsWith("refused: "));
        assertThat(dsl.fetchExists(TEAM, TEAM.ID.eq(teamId))).isFalse();
        assertThat(isMember(teamId, ada)).isFalse();
    }
}

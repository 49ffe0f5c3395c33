package app.skillpath.team;

import app.skillpath.SpringTest;
import app.skillpath.account.AccountException;
import app.skillpath.account.TestAccounts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.skillpath.db.generated.Tables.APP_USER;
import static app.skillpath.db.generated.Tables.TEAM;
import static app.skillpath.db.generated.Tables.TEAM_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An owner deletes their account: each team they own passes to the member they chose, or goes with the account. */
@SpringTest
class TeamAccountDeletionTest extends TeamServiceTestBase {

    TeamAccountDeletionTest() {
        super("team-deletion");
    }

    private boolean accountExists(long id) {
        return dsl.fetchExists(APP_USER, APP_USER.ID.eq(id));
    }

    private List<Long> members(long teamId) {
        return dsl.select(TEAM_MEMBER.MEMBER_ID).from(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(teamId))
                .orderBy(TEAM_MEMBER.MEMBER_ID).fetch(row -> row.value1());
    }

    @Test
    void the_teams_to_pass_on_list_the_other_members_alphabetically_and_leave_out_teams_of_one() {
        long shared = teamOfThree();
        team("Alone");

        assertThat(teams.teamsToPassOn()).singleElement().satisfies(team -> {
            assertThat(team.id()).isEqualTo(shared);
            assertThat(team.otherMembers()).extracting(OwnedTeam.Heir::id).containsExactly(ada.id(), bo.id());
        });
    }

    @Test
    void handing_over_before_deleting_keeps_the_team_with_the_chosen_owner_and_the_other_members() {
        long teamId = teamOfThree();

        teams.deleteAccount(TestAccounts.PASSWORD, Map.of(teamId, bo.id()));

        assertThat(accountExists(owner.id())).isFalse();
        assertThat(dsl.select(TEAM.OWNER_ID).from(TEAM).where(TEAM.ID.eq(teamId)).fetchOne().value1()).isEqualTo(bo.id());
        assertThat(members(teamId)).containsExactly(ada.id(), bo.id());
        TestAccounts.logIn(bo);
        assertThat(teams.matrix(teamId).viewerIsOwner()).isTrue();
    }

    @Test
    void choosing_to_delete_the_team_deletes_it_with_the_account() {
        long teamId = teamOfThree();

        teams.deleteAccount(TestAccounts.PASSWORD, Map.of());

        assertThat(accountExists(owner.id())).isFalse();
        assertThat(dsl.fetchExists(TEAM, TEAM.ID.eq(teamId))).isFalse();
        assertThat(accountExists(ada.id())).as("the members keep their accounts").isTrue();
    }

    @Test
    void a_wrong_password_changes_nothing_not_even_the_hand_over() {
        long teamId = teamOfThree();

        assertThatThrownBy(() -> teams.deleteAccount("not my password", Map.of(teamId, ada.id())))
                .isInstanceOf(AccountException.class).hasMessage("That is not your current password.");

        assertThat(accountExists(owner.id())).isTrue();
        assertThat(dsl.select(TEAM.OWNER_ID).from(TEAM).where(TEAM.ID.eq(teamId)).fetchOne().value1()).isEqualTo(owner.id());
        assertThat(members(teamId)).containsExactly(owner.id(), ada.id(), bo.id());
    }

    @Test
    void a_hand_over_to_someone_who_left_meanwhile_deletes_nothing_and_hands_nothing_over() {
        long first = teamOfThree();
        long second = team("Second");
        join(second, bo);
        TestAccounts.logIn(ada);
        teams.leave(first);
        TestAccounts.logIn(owner);

        // the second team comes first in the map's order or not: either way nothing may stay handed over
        assertThatThrownBy(() -> teams.deleteAccount(TestAccounts.PASSWORD, Map.of(second, bo.id(), first, ada.id())))
                .isInstanceOf(TeamException.class).hasMessageContaining("Nothing was deleted");

        assertThat(accountExists(owner.id())).isTrue();
        assertThat(dsl.select(TEAM.ID, TEAM.OWNER_ID).from(TEAM).where(TEAM.ID.in(first, second)).fetchMap(TEAM.ID, TEAM.OWNER_ID))
                .isEqualTo(Map.of(first, owner.id(), second, owner.id()));
    }

    @Test
    void a_hand_over_of_someone_elses_team_is_refused_and_deletes_nothing() {
        long teamId = teamOfThree();
        TestAccounts.logIn(stranger);

        assertThatThrownBy(() -> teams.deleteAccount(TestAccounts.PASSWORD, Map.of(teamId, stranger.id())))
                .isInstanceOf(TeamException.class);

        assertThat(accountExists(stranger.id())).isTrue();
        assertThat(dsl.select(TEAM.OWNER_ID).from(TEAM).where(TEAM.ID.eq(teamId)).fetchOne().value1()).isEqualTo(owner.id());
    }
}

package app.skillpath.team;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.invitation.InvitationException;
import app.skillpath.invitation.Invitations;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.LongConsumer;

import static app.skillpath.db.generated.Tables.TEAM;
import static app.skillpath.db.generated.Tables.TEAM_COMPOSITION;
import static app.skillpath.db.generated.Tables.TEAM_INVITATION;
import static app.skillpath.db.generated.Tables.TEAM_MEMBER;
import static app.skillpath.db.generated.Tables.TEAM_SUGGESTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way into a team, tried by everyone who should not get in: a stranger, a member doing the owner's work, a
 * removed member, a departed member and a former owner. Each gets the plain refusal, and nothing in the database
 * changes (the rows of every team table are compared before and after).
 */
@SpringTest
class TeamAccessTest extends TeamServiceTestBase {

    TeamAccessTest() {
        super("team-access");
    }

    /** Every team table's rows for the team, to show that a refused request changed nothing. */
    private String snapshot(long teamId) {
        return List.of(
                dsl.selectFrom(TEAM).where(TEAM.ID.eq(teamId)).fetch().formatCSV(),
                dsl.selectFrom(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(teamId)).orderBy(TEAM_MEMBER.MEMBER_ID).fetch().formatCSV(),
                dsl.selectFrom(TEAM_INVITATION).where(TEAM_INVITATION.TEAM_ID.eq(teamId)).orderBy(TEAM_INVITATION.ID).fetch().formatCSV(),
                dsl.selectFrom(TEAM_COMPOSITION).where(TEAM_COMPOSITION.TEAM_ID.eq(teamId)).orderBy(TEAM_COMPOSITION.ID).fetch().formatCSV(),
                dsl.selectFrom(TEAM_SUGGESTION).where(TEAM_SUGGESTION.TEAM_ID.eq(teamId)).orderBy(TEAM_SUGGESTION.ID).fetch().formatCSV())
                .toString();
    }

    private void refusedAndUnchanged(long teamId, ThrowableAssert.ThrowingCallable request, String message) {
        String before = snapshot(teamId);
        assertThatThrownBy(request).isInstanceOf(TeamException.class).hasMessage(message);
        assertThat(snapshot(teamId)).isEqualTo(before);
    }

    /** Every owner's action on the team, by the logged-in user, each expected to be refused with {@code NOT_OWNER}. */
    private void everyOwnerActionIsRefused(long teamId, long someMember, long someInvitation) {
        refusedAndUnchanged(teamId, () -> teams.invite(teamId), TeamService.NOT_OWNER);
        refusedAndUnchanged(teamId, () -> teams.invitations(teamId), TeamService.NOT_OWNER);
        refusedAndUnchanged(teamId, () -> teams.rename(teamId, "Taken over"), TeamService.NOT_OWNER);
        refusedAndUnchanged(teamId, () -> teams.delete(teamId), TeamService.NOT_OWNER);
        refusedAndUnchanged(teamId, () -> teams.setComposition(teamId,
                List.of(new TeamMatrix.Need(TeamService.roleProfileKey("machine-learning-engineer"), 2))), TeamService.NOT_OWNER);
        refusedAndUnchanged(teamId, () -> teams.sentSuggestions(teamId), TeamService.NOT_OWNER);
        refusedAndUnchanged(teamId, () -> teams.suggest(teamId, someMember, "programming", "Learn pandas", ""), TeamService.NOT_OWNER);
        String before = snapshot(teamId);
        assertThatThrownBy(() -> teams.remove(teamId, someMember)).isInstanceOf(TeamException.class);
        assertThatThrownBy(() -> teams.handOver(teamId, someMember)).isInstanceOf(TeamException.class);
        assertThatThrownBy(() -> teams.withdraw(teamId, someInvitation)).isInstanceOf(TeamException.class);
        assertThat(snapshot(teamId)).isEqualTo(before);
    }

    @Test
    void a_stranger_can_neither_see_nor_manage_nor_change_a_team() {
        long teamId = teamOfThree();
        long open = teams.invite(teamId).invitationId();

        TestAccounts.logIn(stranger);
        assertThat(teams.myTeams()).isEmpty();
        refusedAndUnchanged(teamId, () -> teams.matrix(teamId), TeamService.NOT_YOUR_TEAM);
        refusedAndUnchanged(teamId, () -> teams.share(teamId, true), TeamService.NOT_YOUR_TEAM);
        refusedAndUnchanged(teamId, () -> teams.leave(teamId), TeamService.NOT_YOUR_TEAM);
        everyOwnerActionIsRefused(teamId, ada.id(), open);
    }

    @Test
    void a_member_sees_the_team_but_cannot_do_the_owners_work() {
        long teamId = teamOfThree();
        long open = teams.invite(teamId).invitationId();

        TestAccounts.logIn(ada);
        assertThat(teams.matrix(teamId).members()).extracting(TeamMatrix.Member::name).hasSize(3);
        assertThat(teams.matrix(teamId).viewerIsOwner()).isFalse();
        everyOwnerActionIsRefused(teamId, bo.id(), open);
    }

    @Test
    void a_removed_member_sees_nothing_of_the_team_and_their_row_is_gone_at_once() {
        long teamId = teamOfThree();
        TestAccounts.logIn(owner);
        long suggestion = teams.suggest(teamId, ada.id(), "programming", "Finish the pandas course", "");
        teams.remove(teamId, ada.id());
        assertThat(teams.matrix(teamId).members()).extracting(TeamMatrix.Member::id).doesNotContain(ada.id());

        TestAccounts.logIn(ada);
        assertThat(teams.myTeams()).isEmpty();
        assertThat(teams.suggestionsForMe()).isEmpty();
        refusedAndUnchanged(teamId, () -> teams.matrix(teamId), TeamService.NOT_YOUR_TEAM);
        refusedAndUnchanged(teamId, () -> teams.share(teamId, true), TeamService.NOT_YOUR_TEAM);
        refusedAndUnchanged(teamId, () -> teams.decline(suggestion),
                "This suggestion is not waiting for you any more: it was answered, or you left the team that made it.");
        everyOwnerActionIsRefused(teamId, bo.id(), 0);
    }

    @Test
    void a_member_who_left_sees_nothing_of_the_team_and_their_row_is_gone_at_once() {
        long teamId = teamOfThree();
        TestAccounts.logIn(bo);
        teams.leave(teamId);
        assertThat(teams.myTeams()).isEmpty();
        refusedAndUnchanged(teamId, () -> teams.matrix(teamId), TeamService.NOT_YOUR_TEAM);

        TestAccounts.logIn(owner);
        assertThat(teams.matrix(teamId).members()).extracting(TeamMatrix.Member::id).doesNotContain(bo.id()).hasSize(2);
    }

    @Test
    void a_former_owner_is_an_ordinary_member_and_after_leaving_a_stranger() {
        long teamId = teamOfThree();
        teams.handOver(teamId, ada.id());
        long open;
        TestAccounts.logIn(ada);
        assertThat(teams.matrix(teamId).viewerIsOwner()).isTrue();
        open = teams.invite(teamId).invitationId();

        TestAccounts.logIn(owner);
        assertThat(teams.matrix(teamId).viewerIsOwner()).isFalse();
        everyOwnerActionIsRefused(teamId, bo.id(), open);
        teams.leave(teamId);
        refusedAndUnchanged(teamId, () -> teams.matrix(teamId), TeamService.NOT_YOUR_TEAM);
        everyOwnerActionIsRefused(teamId, bo.id(), open);
    }

    @Test
    void the_owner_cannot_leave_or_remove_themselves_without_handing_over() {
        long teamId = teamOfThree();
        refusedAndUnchanged(teamId, () -> teams.leave(teamId),
                "You own this team: hand it over to another member or delete it before you leave.");
        refusedAndUnchanged(teamId, () -> teams.remove(teamId, owner.id()),
                "You own this team: hand it over to another member or delete it instead.");
        assertThatThrownBy(() -> teams.handOver(teamId, stranger.id())).isInstanceOf(TeamException.class);
        assertThat(teams.matrix(teamId).viewerIsOwner()).isTrue();
    }

    @Test
    void a_link_works_once_and_only_while_it_is_open() {
        long teamId = team("Analytics");
        TeamInvitationLink used = teams.invite(teamId);
        TeamInvitationLink withdrawn = teams.invite(teamId);
        teams.withdraw(teamId, withdrawn.invitationId());

        TestAccounts.logIn(ada);
        invitations.accept(used.token());
        TestAccounts.logIn(bo);
        String before = snapshot(teamId);
        for (String token : List.of(used.token(), withdrawn.token(), used.token().substring(1),
                used.token() + "A", "", "../" + used.token(), "x".repeat(10_000),
                // unicode: letters a token never has, a token's length of them, one outside the BMP, a NUL
                "Ä".repeat(43), "💥".repeat(5_000), used.token().replace('A', 'Α'), "\u0000" + used.token())) {
            assertThatThrownBy(() -> invitations.offer(token)).isInstanceOf(InvitationException.class)
                    .hasMessage(Invitations.LINK_DOES_NOT_WORK);
            assertThatThrownBy(() -> invitations.accept(token)).isInstanceOf(InvitationException.class)
                    .hasMessage(Invitations.LINK_DOES_NOT_WORK);
            assertThatThrownBy(() -> invitations.decline(token)).isInstanceOf(InvitationException.class)
                    .hasMessage(Invitations.LINK_DOES_NOT_WORK);
        }
        assertThat(snapshot(teamId)).isEqualTo(before);
        assertThat(teams.myTeams()).isEmpty();
    }

    @Test
    void a_member_cannot_use_a_link_to_their_own_team_and_the_link_keeps_working_for_others() {
        long teamId = team("Analytics");
        TeamInvitationLink link = teams.invite(teamId);
        String before = snapshot(teamId);
        assertThatThrownBy(() -> invitations.accept(link.token())).isInstanceOf(InvitationException.class)
                .hasMessageStartingWith("You are already a member of Analytics.");
        assertThatThrownBy(() -> invitations.decline(link.token())).isInstanceOf(InvitationException.class);
        assertThat(snapshot(teamId)).isEqualTo(before);

        TestAccounts.logIn(ada);
        assertThat(invitations.offer(link.token()).summary()).contains("Analytics");
        assertThat(invitations.accept(link.token())).isEqualTo("teams/" + teamId);
    }

    @Test
    void what_a_member_shares_is_what_the_team_sees_and_changing_it_shows_at_once() {
        long teamId = teamOfThree();
        TestAccounts.logIn(ada);
        assessment.rate("programming", 3);
        assessment.saveNote("programming", "Built the churn model in pandas");
        LongConsumer sees = expectedNotes -> {
            TestAccounts.logIn(bo);
            TeamMatrix.Member row = teams.matrix(teamId).member(ada.id()).orElseThrow();
            assertThat(row.level("programming")).isEqualTo(3);
            assertThat(row.notes()).hasSize((int) expectedNotes);
        };
        sees.accept(0);
        TestAccounts.logIn(ada);
        teams.share(teamId, true);
        sees.accept(1);
        TestAccounts.logIn(ada);
        teams.share(teamId, false);
        sees.accept(0);
    }

    @Test
    void deleting_a_members_account_removes_their_row_and_deleting_the_owners_removes_the_team() {
        long teamId = teamOfThree();
        testAccounts.delete(ada);
        assertThat(teams.matrix(teamId).members()).extracting(TeamMatrix.Member::id).containsExactlyInAnyOrder(owner.id(), bo.id());

        testAccounts.delete(owner);
        assertThat(dsl.fetchExists(TEAM, TEAM.ID.eq(teamId))).isFalse();
        TestAccounts.logIn(bo);
        assertThat(teams.myTeams()).isEmpty();
    }

    @Test
    void a_suggestion_is_answered_only_by_its_member_and_only_once() {
        long teamId = teamOfThree();
        long suggestion = teams.suggest(teamId, ada.id(), "programming", "Finish the pandas course", "Two chapters a week");

        for (Account other : List.of(owner, bo, stranger)) {
            TestAccounts.logIn(other);
            assertThat(teams.suggestionsForMe()).isEmpty();
            refusedAndUnchanged(teamId, () -> teams.decline(suggestion),
                    "This suggestion is not waiting for you any more: it was answered, or you left the team that made it.");
        }
        TestAccounts.logIn(ada);
        assertThat(teams.suggestionsForMe()).extracting(Suggestion::title).containsExactly("Finish the pandas course");
        teams.decline(suggestion);
        assertThat(teams.suggestionsForMe()).isEmpty();
        refusedAndUnchanged(teamId, () -> teams.decline(suggestion),
                "This suggestion is not waiting for you any more: it was answered, or you left the team that made it.");
    }
}

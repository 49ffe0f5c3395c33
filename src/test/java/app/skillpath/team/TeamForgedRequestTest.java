package app.skillpath.team;

import app.skillpath.SpringTest;
import app.skillpath.account.TestAccounts;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a forged request (a select set to a value that was never among its items) can name: a member of another team
 * in "Remove", "Make owner" or "Suggest", or another owner's target that their team shares. The service refuses each
 * and changes nothing, whatever the page offered.
 */
@SpringTest
class TeamForgedRequestTest extends TeamServiceTestBase {

    @Autowired
    TargetService targets;

    TeamForgedRequestTest() {
        super("team-forged");
    }

    @Test
    void an_owner_naming_a_member_or_shared_target_of_another_team_is_refused_and_nothing_changes() {
        long mine = team("Mine");
        join(mine, bo);
        // the stranger owns a team that Ada is in, and shares one of their targets with it
        TestAccounts.logIn(stranger);
        long theirs = teams.create("Theirs");
        Target shared = targets.create(new TargetDraft("Secret lead", "", "", "", List.of(
                TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)), Optional.empty(), List.of()));
        teams.setComposition(theirs, List.of(new TeamMatrix.Need(shared.key(), 1)));
        String token = teams.invite(theirs).token();
        TestAccounts.logIn(ada);
        invitations.accept(token);

        TestAccounts.logIn(owner);
        assertThatThrownBy(() -> teams.remove(mine, ada.id())).isInstanceOf(TeamException.class);
        assertThatThrownBy(() -> teams.handOver(mine, ada.id())).isInstanceOf(TeamException.class);
        assertThatThrownBy(() -> teams.suggest(mine, ada.id(), "statistics", "Read", "")).isInstanceOf(TeamException.class);
        assertThatThrownBy(() -> teams.setComposition(mine, List.of(new TeamMatrix.Need(shared.key(), 1))))
                .isInstanceOf(TeamException.class);
        // naming the other team itself is refused the same way
        assertThatThrownBy(() -> teams.remove(theirs, ada.id())).isInstanceOf(TeamException.class);

        TeamMatrix after = teams.matrix(mine);
        assertThat(after.members()).extracting(TeamMatrix.Member::id).containsExactlyInAnyOrder(owner.id(), bo.id());
        assertThat(after.members()).filteredOn(TeamMatrix.Member::owner).extracting(TeamMatrix.Member::id)
                .containsExactly(owner.id());
        assertThat(after.composition()).isEmpty();
        assertThat(after.profiles()).noneMatch(profile -> profile.title().equals("Secret lead"));
        TestAccounts.logIn(ada);
        assertThat(teams.suggestionsForMe()).isEmpty();
        assertThat(teams.matrix(theirs).members()).extracting(TeamMatrix.Member::id).contains(ada.id());
    }
}

package app.skillpath.team;

import app.skillpath.SpringTest;
import app.skillpath.account.TestAccounts;
import app.skillpath.catalog.CatalogFiles;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.CatalogService;
import app.skillpath.plan.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog changes under a team: a role of its composition, or the skill of a pending suggestion, is retired.
 * The team's pages keep working and the owner can still save the composition; the retired skill is offered for no
 * new plan step.
 */
@SpringTest
class TeamCatalogChangeTest extends TeamServiceTestBase {

    @Autowired
    CatalogService catalogService;

    @Autowired
    PlanService plans;

    TeamCatalogChangeTest() {
        super("team-catalog");
    }

    @BeforeEach
    void theDataEngineerCatalog() {
        catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));
    }

    @AfterEach
    void restore() {
        // the users go first, so that the real catalog may drop the Data Engineer's skill again
        for (var person : List.of(owner, ada, bo, stranger)) {
            testAccounts.delete(person);
        }
        catalogService.install(CatalogParser.parse(CatalogFiles.real()));
    }

    private void retireTheDataEngineer() {
        catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRoleRetired()));
    }

    @Test
    void a_retired_role_leaves_the_composition_shown_and_the_rest_of_it_can_still_be_saved() {
        long teamId = teamOfThree();
        teams.setComposition(teamId, List.of(new TeamMatrix.Need("role:data-engineer", 2),
                new TeamMatrix.Need("role:machine-learning-engineer", 1)));

        retireTheDataEngineer();

        TestAccounts.logIn(owner);
        TeamMatrix matrix = teams.matrix(teamId);
        assertThat(matrix.composition()).extracting(TeamMatrix.Need::profileKey).containsExactly("role:machine-learning-engineer");
        assertThat(TeamAnalysis.hiringGap(matrix)).isNotNull();
        // what the settings page sends back when the owner saves without touching anything
        teams.setComposition(teamId, matrix.composition());
        assertThat(teams.matrix(teamId).composition()).extracting(TeamMatrix.Need::profileKey)
                .containsExactly("role:machine-learning-engineer");
        assertThatThrownBy(() -> teams.setComposition(teamId, List.of(new TeamMatrix.Need("role:data-engineer", 1))))
                .isInstanceOf(TeamException.class);
    }

    @Test
    void a_suggestion_about_a_skill_retired_since_cannot_be_added_to_a_plan_and_can_still_be_declined() {
        long teamId = teamOfThree();
        long suggestion = teams.suggest(teamId, ada.id(), "data-pipelines", "Build one pipeline", "");
        TestAccounts.logIn(ada);
        plans.createPlan("machine-learning-engineer", 10);

        retireTheDataEngineer();

        TestAccounts.logIn(ada);
        assertThat(teams.suggestionsForMe()).extracting(Suggestion::id).containsExactly(suggestion);
        assertThatThrownBy(() -> teams.accept(suggestion, "machine-learning-engineer")).isInstanceOf(TeamException.class)
                .hasMessageContaining("retired");
        assertThat(plans.myPlan("machine-learning-engineer").orElseThrow().steps())
                .noneMatch(step -> step.key().equals("suggested:" + suggestion));
        teams.decline(suggestion);
        assertThat(teams.suggestionsForMe()).isEmpty();
    }
}

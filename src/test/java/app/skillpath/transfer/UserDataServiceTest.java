package app.skillpath.transfer;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.db.generated.Tables.PLAN;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringTest
class UserDataServiceTest {

    @Autowired
    UserDataService userDataService;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    PlanService planService;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void export_import_into_an_empty_account_and_export_again_gives_the_same_content() {
        logIn(testAccounts.create("mover"));
        assessmentService.rate("statistics", 1);
        assessmentService.rate("statistics", 2);
        assessmentService.rate("programming", 3);
        assessmentService.saveNote("programming", "Thesis code, with \"quotes\" and ünïcödé");
        assessmentService.saveNote("mathematics", "A note without a rating");
        assessmentService.saveEducation(EducationLevel.MASTER, "other");
        assessmentService.setToolUsed("python", true);
        assessmentService.setToolUsed("sql", true);
        planService.createPlan("machine-learning-engineer", 6);
        PlanStep first = planService.myPlan("machine-learning-engineer").orElseThrow().steps().getFirst();
        planService.updateStep(first.id(), first.version(), StepStatus.DONE, "Finished it");
        planService.createPlan("data-science-manager", 12);
        String exported = userDataService.exportMine();

        logIn(testAccounts.create("arrival"));
        userDataService.importIntoMine(exported.getBytes(StandardCharsets.UTF_8));

        assertThat(userDataService.exportMine()).isEqualTo(exported);
        assertThat(exported).contains("\"format\" : \"skillpath-user-data\"").contains("Finished it").contains("ünïcödé");
        assertThat(assessmentService.myHistory()).hasSize(3);
        assertThat(planService.myPlan("machine-learning-engineer").orElseThrow().steps().getFirst().status()).isEqualTo(StepStatus.DONE);
    }

    @Test
    void a_malformed_or_foreign_file_is_refused_and_changes_nothing() {
        logIn(testAccounts.create("careful"));
        int ratings = dsl.fetchCount(SKILL_RATING);
        int plans = dsl.fetchCount(PLAN);

        assertThatThrownBy(() -> userDataService.importIntoMine("{ not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TransferException.class).hasMessageStartingWith("The file could not be read as Skillpath data");
        assertThatThrownBy(() -> userDataService.importIntoMine("{\"name\":\"a shopping list\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TransferException.class);
        assertThatThrownBy(() -> userDataService.importIntoMine(("{\"format\":\"something-else\",\"version\":1,\"ratings\":[],"
                + "\"ratingHistory\":[],\"education\":{},\"tools\":[],\"plans\":[]}").getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("This is not a Skillpath data file");
        assertThatThrownBy(() -> userDataService.importIntoMine(new byte[0])).hasMessage("The file is empty.");
        String lateMistake = "{\"format\":\"skillpath-user-data\",\"version\":1,"
                + "\"ratings\":[{\"skill\":\"statistics\",\"level\":3,\"note\":null}],\"ratingHistory\":[],"
                + "\"education\":{\"level\":null,\"field\":null},\"tools\":[\"python\",\"abacus\"],\"plans\":[]}";
        assertThatThrownBy(() -> userDataService.importIntoMine(lateMistake.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Unknown tool “abacus”.");

        assertThat(dsl.fetchCount(SKILL_RATING)).isEqualTo(ratings);
        assertThat(dsl.fetchCount(PLAN)).isEqualTo(plans);
        assertThat(assessmentService.mine().hasAnyAnswer()).isFalse();
    }

    @Test
    void importing_into_an_account_that_has_answers_is_refused() {
        logIn(testAccounts.create("source"));
        assessmentService.rate("statistics", 2);
        String exported = userDataService.exportMine();

        logIn(testAccounts.create("busy"));
        assessmentService.rate("programming", 1);

        assertThatThrownBy(() -> userDataService.importIntoMine(exported.getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("Import only works into an account without answers or plans yet");
        assertThat(assessmentService.mine().level("statistics")).isEmpty();
    }

    @Test
    void an_export_holds_only_the_logged_in_users_data() {
        logIn(testAccounts.create("owner"));
        assessmentService.rate("statistics", 4);
        assessmentService.saveNote("statistics", "owner's secret note");
        planService.createPlan("data-science-manager", 3);

        logIn(testAccounts.create("other"));
        String othersExport = userDataService.exportMine();

        assertThat(othersExport).doesNotContain("owner's secret note").doesNotContain("data-science-manager")
                .contains("\"ratings\" : [ ]").contains("\"plans\" : [ ]");
    }

}

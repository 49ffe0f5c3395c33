package app.skillpath.faults;

import app.skillpath.RestoreSecurityStrategy;
import app.skillpath.TestApplications;
import app.skillpath.account.Account;
import app.skillpath.account.AccountService;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentRepository;
import app.skillpath.catalog.CatalogException;
import app.skillpath.catalog.CatalogLoader;
import app.skillpath.plan.PlanRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The whole application, restarted on the same data: a start whose catalog drops what users use is refused. */
@ExtendWith(RestoreSecurityStrategy.class)
class CatalogRestartTest {

    @TempDir
    Path dataDirectory;

    /** The operator's own catalog directory beside the shipped one, holding the extra role's file. */
    @TempDir
    Path operatorCatalog;

    @Test
    void a_start_whose_catalog_drops_a_planned_role_is_refused_and_the_next_start_finds_every_row() throws Exception {
        Path roleFile = operatorCatalog.resolve("data-engineer.yaml");
        Files.copy(Path.of("src/test/resources/extra-catalog/data-engineer.yaml"), roleFile);
        String withDataEngineer = "--skillpath.catalog.locations=classpath*:db/catalog/**/*.yaml,file:" + operatorCatalog + "/*.yaml";
        long userId;
        try (ConfigurableApplicationContext app = TestApplications.startOn(dataDirectory, withDataEngineer)) {
            Account account = app.getBean(AccountService.class)
                    .signUp("restarter", "Re Starter", TestAccounts.PASSWORD, TestAccounts.PASSWORD);
            userId = account.id();
            app.getBean(AssessmentRepository.class).rate(userId, "data-pipelines", 1, OffsetDateTime.now());
            app.getBean(PlanRepository.class).createPlan(userId, "data-engineer", 10, LocalDate.now());
        }

        // the operator deletes the Data Engineer's file
        Throwable refused = catchThrowable(() -> TestApplications.startOn(dataDirectory).close());

        CatalogException cause = causeOfType(refused, CatalogException.class);
        // the file by its full path: its bare name alone would not say which directory to look in
        assertThat(cause.getMessage()).startsWith(roleFile.toAbsolutePath() + ": role \"data-engineer\" was removed, but 1 user's "
                + "plans, plan steps or team compositions (1 row) use it; mark it \"retired: true\" or name its new key with \"renamed-from: data-engineer\"");
        // the report names where the catalog was read from (by default, not the operator's directory any more)
        assertThat(new CatalogLoader.FailureAnalyzer(new MockEnvironment().withProperty("skillpath.catalog.locations",
                "classpath*:db/catalog/**/*.yaml")).analyze(refused).getDescription())
                .isEqualTo("The role catalog (read from classpath*:db/catalog/**/*.yaml) could not be loaded:\n" + cause.getMessage());
        try (ConfigurableApplicationContext app = TestApplications.startOn(dataDirectory, withDataEngineer)) {
            assertThat(app.getBean(PlanRepository.class).find(userId, "data-engineer")).isPresent();
            assertThat(app.getBean(AssessmentRepository.class).load(userId).level("data-pipelines")).contains(1);
        }
    }

    private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        assertThat(thrown).as("the start failed").isNotNull();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + thrown, thrown);
    }
}

package app.skillpath.operations;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.AccountException;
import app.skillpath.account.AccountService;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentException;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.plan.PlanException;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StaleStepException;
import app.skillpath.plan.StepStatus;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewException;
import app.skillpath.review.ReviewScope;
import app.skillpath.review.ReviewService;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetException;
import app.skillpath.target.TargetService;
import app.skillpath.transfer.TransferException;
import app.skillpath.transfer.UserDataService;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.operations.SkillpathMetrics.IMPORTS;
import static app.skillpath.operations.SkillpathMetrics.LOGINS;
import static app.skillpath.operations.SkillpathMetrics.OUTCOME;
import static app.skillpath.operations.SkillpathMetrics.PLANS_CREATED;
import static app.skillpath.operations.SkillpathMetrics.RATINGS_SAVED;
import static app.skillpath.operations.SkillpathMetrics.SIGN_UPS;
import static app.skillpath.operations.SkillpathMetrics.STEPS_COMPLETED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Skillpath's own meters, moved by the real services on the real database: each confirmed action counts exactly once,
 * a refused or rolled-back one not at all. The context (and so the registry) is shared with other test classes, so
 * every assertion is on the change a test makes, never on an absolute value.
 */
@SpringTest
class SkillpathMetricsTest {

    private static final String ENGINEER = "machine-learning-engineer";

    @Autowired
    MeterRegistry registry;

    @Autowired
    AccountService accountService;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    PlanService planService;

    @Autowired
    UserDataService userDataService;

    @Autowired
    TargetService targetService;

    @Autowired
    ReviewService reviewService;

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_meter_and_each_of_its_tag_values_exists_before_anything_happens() {
        assertThat(registry.find(SIGN_UPS).counter()).isNotNull();
        for (String outcome : new String[] {"succeeded", "failed", "locked_out"}) {
            assertThat(registry.find(LOGINS).tag(OUTCOME, outcome).counter()).as(outcome).isNotNull();
        }
        assertThat(registry.find(RATINGS_SAVED).counter()).isNotNull();
        assertThat(registry.find(PLANS_CREATED).counter()).isNotNull();
        assertThat(registry.find(STEPS_COMPLETED).counter()).isNotNull();
        for (String outcome : new String[] {"accepted", "refused"}) {
            assertThat(registry.find(IMPORTS).tag(OUTCOME, outcome).timer()).as(outcome).isNotNull();
        }
        assertThat(registry.find(SkillpathMetrics.VAADIN_SESSIONS).gauge()).isNotNull();
        assertThat(registry.find(SkillpathMetrics.VAADIN_UIS).gauge()).isNotNull();
    }

    @Test
    void a_sign_up_counts_once_and_a_refused_one_not_at_all() {
        assertThat(change(() -> count(SIGN_UPS), () -> testAccounts.create("counted"))).isEqualTo(1);

        assertThat(change(() -> count(SIGN_UPS), () -> assertThatThrownBy(() -> accountService.signUp(
                "too-short-" + UUID.randomUUID().toString().substring(0, 8), null, "short", "short"))
                .isInstanceOf(AccountException.class))).isZero();
    }

    @Test
    void a_sign_up_rolled_back_with_its_caller_counts_nothing() {
        assertThat(change(() -> count(SIGN_UPS), () -> transactions.executeWithoutResult(status -> {
            testAccounts.create("rolled-back");
            status.setRollbackOnly();
        }))).isZero();
    }

    @Test
    void logins_count_by_outcome_and_a_lockout_is_not_a_failure() {
        Account account = testAccounts.create("login");

        assertThat(loginChanges(() -> authenticate(account.username(), TestAccounts.PASSWORD)))
                .isEqualTo(Map.of("succeeded", 1.0, "failed", 0.0, "locked_out", 0.0));
        assertThat(loginChanges(() -> assertThatThrownBy(() -> authenticate(account.username(), "wrong password"))
                .isInstanceOf(BadCredentialsException.class)))
                .isEqualTo(Map.of("succeeded", 0.0, "failed", 1.0, "locked_out", 0.0));
        assertThat(loginChanges(() -> {
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> authenticate(account.username(), "wrong password")).isInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> authenticate(account.username(), TestAccounts.PASSWORD)).isInstanceOf(LockedException.class);
        })).isEqualTo(Map.of("succeeded", 0.0, "failed", 4.0, "locked_out", 1.0));
    }

    @Test
    void the_account_pages_password_check_and_a_sign_up_through_the_service_are_not_logins() {
        Account account = testAccounts.create("checker");
        logIn(account);

        assertThat(loginChanges(() -> {
            assertThatThrownBy(() -> accountService.changePassword("not my password", "a new long password", "a new long password"))
                    .isInstanceOf(AccountException.class);
            accountService.checkCurrentPassword(TestAccounts.PASSWORD);
            testAccounts.create("no-login");
        })).isEqualTo(Map.of("succeeded", 0.0, "failed", 0.0, "locked_out", 0.0));
    }

    @Test
    void a_saved_rating_counts_once_and_a_refused_or_rolled_back_one_not_at_all() {
        logIn(testAccounts.create("rater"));

        assertThat(change(() -> count(RATINGS_SAVED), () -> assessmentService.rate("statistics", 2))).isEqualTo(1);
        assertThat(change(() -> count(RATINGS_SAVED), () -> assessmentService.rate("statistics", null)))
                .as("clearing a rating saves it as not rated").isEqualTo(1);

        assertThat(change(() -> count(RATINGS_SAVED), () -> {
            assertThatThrownBy(() -> assessmentService.rate("statistics", 7)).isInstanceOf(AssessmentException.class);
            assertThatThrownBy(() -> assessmentService.rate("no-such-skill", 2)).isInstanceOf(AssessmentException.class);
        })).isZero();
        assertThat(change(() -> count(RATINGS_SAVED), () -> transactions.executeWithoutResult(status -> {
            assessmentService.rate("programming", 3);
            status.setRollbackOnly();
        }))).isZero();
        assertThat(assessmentService.mine().level("programming")).isEmpty();
    }

    @Test
    void a_rating_of_a_skill_of_ones_own_counts_like_a_catalog_skills() {
        logIn(testAccounts.create("custom-rater"));
        String docker = targetService.create(new TargetDraft("Platform engineer", "", "", "",
                List.of(TargetDraft.SkillDraft.newCustom("Docker", 2, 1, false)), Optional.empty(), List.of()))
                .skills().getFirst().skillKey();

        assertThat(change(() -> count(RATINGS_SAVED), () -> targetService.rateCustomSkill(docker, 2))).isEqualTo(1);
        assertThat(change(() -> count(RATINGS_SAVED), () -> assertThatThrownBy(() -> targetService.rateCustomSkill(docker, 9))
                .isInstanceOf(TargetException.class))).isZero();
    }

    @Test
    void adopting_a_reviewers_level_counts_as_a_saved_rating_and_a_refused_adoption_not_at_all() {
        Account owner = testAccounts.create("reviewed");
        logIn(owner);
        assessmentService.rate("statistics", 1);
        Invitation invitation = reviewService.invite(new ReviewScope.Picked(List.of("statistics")), false);
        logIn(testAccounts.create("reviewer"));
        long review = reviewService.accept(invitation.token());
        reviewService.answer(review, "statistics", 3, false);
        reviewService.submit(review);
        logIn(owner);

        assertThat(change(() -> count(RATINGS_SAVED), () -> reviewService.adopt(review, "statistics"))).isEqualTo(1);
        assertThat(change(() -> count(RATINGS_SAVED), () -> assertThatThrownBy(() -> reviewService.adopt(review, "statistics"))
                .as("the reviewer's level is the user's already").isInstanceOf(ReviewException.class))).isZero();
    }

    @Test
    void a_created_plan_counts_once_and_a_refused_second_one_not_at_all() {
        logInWithRatings();

        assertThat(change(() -> count(PLANS_CREATED), () -> planService.createPlan(ENGINEER, 10))).isEqualTo(1);
        assertThat(change(() -> count(PLANS_CREATED), () -> assertThatThrownBy(() -> planService.createPlan(ENGINEER, 10))
                .isInstanceOf(PlanException.class))).isZero();
        assertThat(change(() -> count(PLANS_CREATED), () -> assertThatThrownBy(() -> planService.createPlan("data-science-manager", 0))
                .as("a pace out of range").isInstanceOf(PlanException.class))).isZero();
    }

    @Test
    void a_step_counts_as_completed_when_it_becomes_done_and_only_then() {
        logInWithRatings();
        PlanStep step = planService.createPlan(ENGINEER, 10).steps().getFirst();

        PlanStep started = planService.updateStep(step.id(), step.version(), StepStatus.IN_PROGRESS, null);
        assertThat(change(() -> count(STEPS_COMPLETED), () -> assertThatThrownBy(() -> planService.updateStep(
                started.id(), step.version(), StepStatus.DONE, null)).isInstanceOf(StaleStepException.class)))
                .as("a save over a newer state changes nothing").isZero();
        PlanStep[] done = new PlanStep[1];
        assertThat(change(() -> count(STEPS_COMPLETED), () -> done[0] = planService.updateStep(
                started.id(), started.version(), StepStatus.DONE, null))).isEqualTo(1);
        assertThat(change(() -> count(STEPS_COMPLETED), () -> planService.updateStep(
                done[0].id(), done[0].version(), StepStatus.DONE, "A note added later")))
                .as("saving a done step again").isZero();
    }

    @Test
    void an_accepted_import_counts_as_accepted_and_a_refused_one_as_refused() {
        logInWithRatings();
        byte[] exported = userDataService.exportMine().getBytes(StandardCharsets.UTF_8);
        logIn(testAccounts.create("arrival"));

        assertThat(importChanges(() -> userDataService.importIntoMine(exported)))
                .isEqualTo(Map.of("accepted", 1L, "refused", 0L));
        assertThat(importChanges(() -> assertThatThrownBy(() -> userDataService.importIntoMine(exported))
                .as("an account with data takes no import").isInstanceOf(TransferException.class)))
                .isEqualTo(Map.of("accepted", 0L, "refused", 1L));
        assertThat(importChanges(() -> assertThatThrownBy(() -> userDataService.importIntoMine(
                "{ not json".getBytes(StandardCharsets.UTF_8))).isInstanceOf(TransferException.class)))
                .isEqualTo(Map.of("accepted", 0L, "refused", 1L));
        assertThat(registry.get(IMPORTS).tag(OUTCOME, "accepted").timer().totalTime(TimeUnit.NANOSECONDS))
                .as("the import's time is recorded").isPositive();
    }

    @Test
    void an_upload_refused_for_its_size_counts_as_a_refused_import() {
        logIn(testAccounts.create("big-file"));
        byte[] tooLarge = new byte[UserDataService.MAX_FILE_BYTES + 1];

        assertThat(importChanges(() -> assertThatThrownBy(() -> userDataService.readUpload(
                tooLarge.length, new ByteArrayInputStream(new byte[0]))).isInstanceOf(TransferException.class)))
                .as("announced too large: refused before a byte is read").isEqualTo(Map.of("accepted", 0L, "refused", 1L));
        assertThat(importChanges(() -> assertThatThrownBy(() -> userDataService.readUpload(
                -1, new ByteArrayInputStream(tooLarge))).isInstanceOf(TransferException.class)))
                .as("size not announced: cut off after the limit").isEqualTo(Map.of("accepted", 0L, "refused", 1L));
    }

    @Test
    void an_import_rolled_back_with_its_caller_counts_as_neither() {
        logInWithRatings();
        byte[] exported = userDataService.exportMine().getBytes(StandardCharsets.UTF_8);
        logIn(testAccounts.create("arrival"));

        assertThat(importChanges(() -> transactions.executeWithoutResult(status -> {
            userDataService.importIntoMine(exported);
            status.setRollbackOnly();
        }))).isEqualTo(Map.of("accepted", 0L, "refused", 0L));
    }

    private void logInWithRatings() {
        logIn(testAccounts.create("planner"));
        assessmentService.rate("programming", 3);
        assessmentService.rate("statistics", 1);
        assessmentService.saveEducation(EducationLevel.BACHELOR, "computer-science");
    }

    private void authenticate(String username, String password) {
        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }

    private static double change(Supplier<Double> meter, Runnable action) {
        double before = meter.get();
        action.run();
        return meter.get() - before;
    }

    private Map<String, Double> loginChanges(Runnable action) {
        Map<String, Double> before = logins();
        action.run();
        Map<String, Double> after = logins();
        return Map.of("succeeded", after.get("succeeded") - before.get("succeeded"),
                "failed", after.get("failed") - before.get("failed"),
                "locked_out", after.get("locked_out") - before.get("locked_out"));
    }

    private Map<String, Double> logins() {
        return Map.of("succeeded", registry.get(LOGINS).tag(OUTCOME, "succeeded").counter().count(),
                "failed", registry.get(LOGINS).tag(OUTCOME, "failed").counter().count(),
                "locked_out", registry.get(LOGINS).tag(OUTCOME, "locked_out").counter().count());
    }

    private Map<String, Long> importChanges(Runnable action) {
        long accepted = imports("accepted");
        long refused = imports("refused");
        action.run();
        return Map.of("accepted", imports("accepted") - accepted, "refused", imports("refused") - refused);
    }

    private long imports(String outcome) {
        return registry.get(IMPORTS).tag(OUTCOME, outcome).timer().count();
    }
}

package app.skillpath;

import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.plan.PlanService;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetService;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewScope;
import app.skillpath.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL statements per page render and per rating change, counted with a jOOQ ExecuteListener for a
 * user with every skill rated, twenty targets of their own (each with a custom skill, rated) and plans for a role and four
 * targets. Written to target/benchmarks/sql-per-request.md.
 */
class SqlPerPageTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    PlanService planService;

    @Autowired
    TargetService targetService;

    @Autowired
    ReviewService reviewService;

    @Test
    void statements_per_personal_page_and_per_rating_change_are_reported_and_fit_and_rating_stay_within_two() throws IOException {
        Account account = testAccounts.create("counted");
        login(account, testAccounts.passwordHash(account));
        for (String skill : new String[]{"programming", "ml-frameworks", "data-structures-algorithms", "statistics", "mathematics",
                "cloud-computing", "data-science-foundations", "data-science-tools", "team-leadership",
                "communication-collaboration", "business-strategy"}) {
            assessmentService.rate(skill, 2);
        }
        planService.createPlan("data-science-manager", 8);
        Target first = null;
        for (int i = 1; i <= 20; i++) {
            Target target = targetService.create(new TargetDraft("Posting " + i, "Company " + i, "", "", List.of(
                    TargetDraft.SkillDraft.catalog("statistics", 3, 3, true), TargetDraft.SkillDraft.catalog("programming", 2, 2, false),
                    TargetDraft.SkillDraft.newCustom("Own skill " + i, 2, 1, false)), Optional.empty(), List.of()));
            targetService.rateCustomSkill(target.skills().get(2).skillKey(), 1);
            first = first == null ? target : first;
        }
        planService.createPlan(first.key(), 8);
        // five plans in all, for the home page's figure: a role and four targets
        for (Target target : targetService.mine().targets().subList(1, 4)) {
            planService.createPlan(target.key(), 8);
        }
        navigate("roles");

        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String page : new String[]{"", "assessment", "fit", "plan?role=data-science-manager", "plan?role=" + first.key(), "account",
                "roles", "compare", "compare?left=" + first.key() + "&right=data-science-manager"}) {
            navigate("roles/data-science-manager");
            StatementCounter.reset();
            navigate(page);
            counts.put("render /" + page, StatementCounter.count());
        }
        StatementCounter.reset();
        assessmentService.rate("statistics", 3);
        counts.put("save a rating", StatementCounter.count());

        countReviewPages(account, counts);

        StringBuilder report = new StringBuilder("| request | SQL statements |\n|---|---|\n");
        counts.forEach((request, count) -> report.append("| ").append(request).append(" | ").append(count).append(" |\n"));
        Path file = Path.of("target/benchmarks/sql-per-request.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        System.out.println(report);

        assertThat(counts.get("render /fit")).as("with twenty targets too").isBetween(1, 2);
        assertThat(counts.get("save a rating")).isBetween(1, 2);
        assertThat(counts.get("render /roles")).as("the catalog is served from memory").isZero();
        assertThat(counts.get("render /")).as("this week, for a user with five plans: answers, targets, and plans with history")
                .isBetween(1, 3);
        // the plan with its steps in one statement; the user's targets, listed in the plan's picker, in one more;
        // the team suggestions waiting for the user in one more (the user's plans are read for them only when some wait)
        assertThat(counts.get("render /plan?role=data-science-manager")).as("a plan is read with its steps in one statement")
                .isLessThanOrEqualTo(6);
        assertThat(counts.get("render /plan?role=" + first.key())).as("a target's plan: its custom ratings' history too")
                .isLessThanOrEqualTo(8);
        assertThat(counts.get("render /review/N (the reviewer answering)")).as("the review with its skills and notes in one")
                .isEqualTo(1);
        assertThat(counts.get("render /reviews/N (the owner comparing)")).as("the answers; the owner's answers; targets; this review's check-ins")
                .isLessThanOrEqualTo(4);
        assertThat(counts.get("render /reviews (the owner)")).as("requests, asked of me, the newest check-ins and their count, targets for the picker")
                .isLessThanOrEqualTo(5);
    }

    /** The review pages, for the user above as the owner of a submitted review with a check-in, and for its reviewer. */
    private void countReviewPages(Account owner, Map<String, Integer> counts) {
        var allSkills = new ReviewScope.AllSkills();
        Invitation submitted = reviewService.invite(allSkills, true);
        Invitation answering = reviewService.invite(allSkills, true);
        Account reviewer = testAccounts.create("counted.reviewer");
        login(reviewer, testAccounts.passwordHash(reviewer));
        long submittedId = reviewService.accept(submitted.token());
        long answeringId = reviewService.accept(answering.token());
        for (var question : reviewService.form(submittedId).questions()) {
            reviewService.answer(submittedId, question.skillKey(), 2, false);
        }
        reviewService.submit(submittedId);
        count(counts, "render /review/N (the reviewer answering)", "review/" + answeringId);
        login(owner, testAccounts.passwordHash(owner));
        reviewService.checkIn(submittedId);
        count(counts, "render /reviews (the owner)", "reviews");
        count(counts, "render /reviews/N (the owner comparing)", "reviews/" + submittedId);
    }

    private static void count(Map<String, Integer> counts, String request, String page) {
        navigate("roles/data-science-manager");
        StatementCounter.reset();
        navigate(page);
        counts.put(request, StatementCounter.count());
    }
}

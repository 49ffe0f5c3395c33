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
import app.skillpath.team.TeamMatrix;
import app.skillpath.team.TeamService;
import app.skillpath.base.ui.HtmlBlock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.skillpath.db.generated.Tables.APP_USER;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static app.skillpath.db.generated.Tables.TEAM_MEMBER;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

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

    @Autowired
    TeamService teamService;

    @Autowired
    DSLContext dsl;

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
        countTeamMatrix(account, first, counts);

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
        assertThat(counts.get("render /teams/N (the owner, 200 members)")).as("the team with its composition and shared "
                + "targets; every member with levels and shared notes").isBetween(1, 3);
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

    /**
     * The team matrix at its largest: the user above owns a team of 200 members (199 seeded by SQL, fast), each with a
     * level in every catalog skill and half of them sharing a note in each; its composition names a catalog role and
     * one of the owner's targets (shared with the team).
     */
    private void countTeamMatrix(Account owner, Target target, Map<String, Integer> counts) {
        login(owner, testAccounts.passwordHash(owner));
        long teamId = teamService.create("Counted team");
        teamService.setComposition(teamId, List.of(new TeamMatrix.Need(TeamService.roleProfileKey("machine-learning-engineer"), 3),
                new TeamMatrix.Need(target.key(), 2)));
        String prefix = "tm" + UUID.randomUUID().toString().substring(0, 8) + "-";
        var number = DSL.generateSeries(1, TeamService.MAX_MEMBERS - 1).as("n", "i");
        var i = number.field("i", Integer.class);
        List<Long> members = dsl.insertInto(APP_USER, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH)
                .select(DSL.select(DSL.val(prefix).concat(i), DSL.val("Member ").concat(i), DSL.val("n/a")).from(number))
                .returning(APP_USER.ID).fetch(APP_USER.ID);
        dsl.insertInto(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.MEMBER_ID, TEAM_MEMBER.SHARES_NOTES)
                .select(DSL.select(DSL.val(teamId), APP_USER.ID, APP_USER.ID.mod(2).eq(0L)).from(APP_USER).where(APP_USER.ID.in(members)))
                .execute();
        dsl.insertInto(SKILL_RATING, SKILL_RATING.OWNER_ID, SKILL_RATING.SKILL_ID, SKILL_RATING.LEVEL, SKILL_RATING.NOTE)
                .select(DSL.select(APP_USER.ID, SKILL.ID, APP_USER.ID.plus(SKILL.ID).mod(5L).cast(Integer.class),
                                DSL.val("Evidence for skill ").concat(SKILL.ID))
                        .from(APP_USER).crossJoin(SKILL).where(APP_USER.ID.in(members)))
                .execute();
        count(counts, "render /teams/N (the owner, 200 members)", "teams/" + teamId);
        int components = components(UI.getCurrent());
        int markup = _find(HtmlBlock.class).stream().mapToInt(block -> block.innerHtml().length()).sum();
        System.out.printf("team matrix of 200 members: %d components, %d characters of markup%n", components, markup);
        assertThat(markup("team-heatmap").select("tbody tr")).hasSize(TeamService.MAX_MEMBERS);
        // the page is markup: the controls (a select is a component per option) and the two downloads are components
        assertThat(components).as("components on the team matrix page").isLessThanOrEqualTo(60);
    }

    private static int components(Component component) {
        return 1 + component.getChildren().mapToInt(SqlPerPageTest::components).sum();
    }

    private static void count(Map<String, Integer> counts, String request, String page) {
        navigate("roles/data-science-manager");
        StatementCounter.reset();
        navigate(page);
        counts.put(request, StatementCounter.count());
    }
}

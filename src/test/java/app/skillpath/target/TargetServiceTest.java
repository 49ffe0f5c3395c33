package app.skillpath.target;

import app.skillpath.SpringTest;
import app.skillpath.StatementCounter;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.scoring.FitScore;
import app.skillpath.scoring.FitService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.db.generated.Tables.CUSTOM_SKILL;
import static app.skillpath.db.generated.Tables.CUSTOM_SKILL_RATING_HISTORY;
import static app.skillpath.db.generated.Tables.PLAN;
import static app.skillpath.db.generated.Tables.TARGET;
import static app.skillpath.db.generated.Tables.TARGET_SKILL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Targets and custom skills on the real database: saving, limits, scoring and planning, and isolation between users. */
@SpringTest
class TargetServiceTest {

    @Autowired
    TargetService targetService;

    @Autowired
    FitService fitService;

    @Autowired
    PlanService planService;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    private Account alice;

    @BeforeEach
    void logInAlice() {
        alice = testAccounts.create("aims");
        logIn(alice);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static TargetDraft posting(String title, TargetDraft.SkillDraft... skills) {
        return new TargetDraft(title, "Acme Analytics", "We need statistics and Docker.", "https://jobs.example.com/42",
                List.of(skills), Optional.of(new TargetEducation(EducationLevel.BACHELOR, List.of("statistics"), true, 2)),
                List.of("python"));
    }

    @Test
    void a_saved_target_reads_back_with_its_skills_education_tools_and_custom_skills() {
        Target saved = targetService.create(posting("Data Scientist",
                TargetDraft.SkillDraft.catalog("statistics", 3, 3, true),
                TargetDraft.SkillDraft.newCustom("  Docker ", 2, 1, false)));

        assertThat(saved.title()).isEqualTo("Data Scientist");
        assertThat(saved.company()).contains("Acme Analytics");
        assertThat(saved.postingUrl()).contains("https://jobs.example.com/42");
        assertThat(saved.skills()).extracting(TargetSkill::name).containsExactly("Statistical concepts and methods", "Docker");
        assertThat(saved.skills().get(1).custom()).isTrue();
        assertThat(saved.skills().get(1).skillKey()).startsWith("custom:");
        assertThat(saved.education()).contains(new TargetEducation(EducationLevel.BACHELOR, List.of("statistics"), true, 2));
        assertThat(saved.toolKeys()).containsExactly("python");
        assertThat(targetService.mine().customSkills()).extracting(CustomSkill::name).containsExactly("Docker");
        assertThat(targetService.myTarget(saved.key())).contains(saved);
    }

    @Test
    void a_custom_skill_of_the_same_name_is_shared_by_targets_and_rated_once() {
        Target first = targetService.create(posting("One", TargetDraft.SkillDraft.newCustom("Docker", 2, 1, false)));
        Target second = targetService.create(posting("Two", TargetDraft.SkillDraft.newCustom("docker", 3, 2, true)));

        assertThat(second.skills().getFirst().skillKey()).isEqualTo(first.skills().getFirst().skillKey());
        String docker = first.skills().getFirst().skillKey();
        targetService.rateCustomSkill(docker, 2);
        targetService.rateCustomSkill(docker, 2);
        targetService.rateCustomSkill(docker, 3);

        assertThat(targetService.mine().customSkillsByKey().get(docker).level()).contains(3);
        // the same level again is no change: two history rows, not three
        assertThat(targetService.myCustomHistory()).extracting(change -> change.level().orElseThrow()).containsExactly(2, 3);
    }

    @Test
    void a_target_is_scored_beside_the_roles_with_custom_ratings_and_without_education_when_none_is_asked() {
        assessmentService.rate("statistics", 2);
        Target target = targetService.create(new TargetDraft("Analyst", "", "", "", List.of(
                TargetDraft.SkillDraft.catalog("statistics", 4, 3, true),
                TargetDraft.SkillDraft.newCustom("Docker", 2, 1, false)), Optional.empty(), List.of()));
        targetService.rateCustomSkill(target.skills().get(1).skillKey(), 2);

        FitService.FitOverview overview = fitService.myFit();

        assertThat(overview.roleScores()).extracting(FitScore::roleKey)
                .containsExactlyInAnyOrder("machine-learning-engineer", "data-science-manager");
        FitScore score = overview.targetScores().getFirst();
        assertThat(score.roleKey()).isEqualTo(target.key());
        // (3 * 2/4 + 1 * 2/2) / 4
        assertThat(score.fit()).isCloseTo(62.5, within(1e-9));
    }

    @Test
    void the_fit_page_reads_twenty_targets_in_two_statements() {
        for (int i = 0; i < 20; i++) {
            targetService.create(posting("Posting " + i, TargetDraft.SkillDraft.catalog("statistics", 3, 3, true),
                    TargetDraft.SkillDraft.newCustom("Own skill " + i, 2, 1, false)));
        }
        StatementCounter.reset();

        FitService.FitOverview overview = fitService.myFit();

        assertThat(StatementCounter.count()).isEqualTo(2);
        assertThat(overview.targetScores()).hasSize(20);
    }

    @Test
    void a_target_gets_a_dated_plan_with_a_step_of_its_own_for_a_custom_skill() {
        Target target = targetService.create(posting("ML Engineer at Acme",
                TargetDraft.SkillDraft.catalog("statistics", 3, 3, true),
                TargetDraft.SkillDraft.newCustom("Kubernetes", 2, 1, false)));
        String kubernetes = target.skills().get(1).skillKey();
        targetService.saveCustomSkillDetails(kubernetes, "", 12);

        Plan plan = planService.createPlan(target.key(), 6);

        assertThat(plan.roleKey()).isEqualTo(target.key());
        PlanStep custom = plan.steps().stream().filter(step -> step.key().equals("skill:" + kubernetes)).findFirst().orElseThrow();
        assertThat(custom.draft().effortHours()).contains(24);
        assertThat(custom.draft().action()).contains("the article gives no tip for it");
        assertThat(custom.dueOn()).isPresent();
        PlanStep statistics = plan.steps().stream().filter(step -> step.key().equals("skill:statistics")).findFirst().orElseThrow();
        assertThat(statistics.draft().articleTips()).isNotEmpty();
        assertThat(planService.myPlanRoleKeys()).containsExactly(target.key());
        assertThat(planService.myPlans()).extracting(Plan::roleKey).containsExactly(target.key());
    }

    @Test
    void deleting_a_target_deletes_its_plan_but_keeps_custom_skills_and_their_ratings() {
        Target target = targetService.create(posting("Gone", TargetDraft.SkillDraft.newCustom("Airflow", 2, 1, false)));
        targetService.rateCustomSkill(target.skills().getFirst().skillKey(), 1);
        planService.createPlan(target.key(), 5);

        targetService.delete(target.key());

        assertThat(targetService.mine().targets()).isEmpty();
        assertThat(dsl.fetchCount(PLAN, PLAN.OWNER_ID.eq(alice.id()))).isZero();
        assertThat(targetService.mine().customSkills()).extracting(CustomSkill::level).containsExactly(Optional.of(1));
    }

    @Test
    void a_custom_skill_still_used_by_a_target_cannot_be_deleted() {
        Target target = targetService.create(posting("Uses it", TargetDraft.SkillDraft.newCustom("dbt", 2, 1, false)));
        String dbt = target.skills().getFirst().skillKey();

        assertThatThrownBy(() -> targetService.deleteCustomSkill(dbt)).isInstanceOf(TargetException.class)
                .hasMessageContaining("“Uses it”");

        targetService.update(target.key(), target.version(), posting("Uses it", TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)));
        assertThat(targetService.deleteCustomSkill(dbt).customSkills()).isEmpty();
    }

    @Test
    void an_edit_from_a_stale_version_is_refused_and_changes_nothing() {
        Target target = targetService.create(posting("Versioned", TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)));
        targetService.update(target.key(), target.version(), posting("Edited in tab one", TargetDraft.SkillDraft.catalog("statistics", 2, 3, true)));

        assertThatThrownBy(() -> targetService.update(target.key(), target.version(),
                posting("From tab two", TargetDraft.SkillDraft.catalog("programming", 4, 5, true))))
                .isInstanceOf(TargetException.class).hasMessageContaining("changed in another tab");

        Target stored = targetService.myTarget(target.key()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Edited in tab one");
        assertThat(stored.skills()).extracting(TargetSkill::skillKey).containsExactly("statistics");
    }

    @Test
    void bad_drafts_are_refused_with_a_message_and_store_nothing() {
        List<TargetDraft> bad = List.of(
                posting(" "),
                posting("x".repeat(TargetService.TITLE_MAX_LENGTH + 1), TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)),
                posting("No skills"),
                posting("Unknown", TargetDraft.SkillDraft.catalog("astrology", 3, 3, true)),
                posting("Twice", TargetDraft.SkillDraft.catalog("statistics", 3, 3, true), TargetDraft.SkillDraft.catalog("statistics", 2, 1, false)),
                posting("Level 0", TargetDraft.SkillDraft.catalog("statistics", 0, 3, true)),
                posting("Level 5", TargetDraft.SkillDraft.catalog("statistics", 5, 3, true)),
                posting("Weight 6", TargetDraft.SkillDraft.catalog("statistics", 3, 6, true)),
                posting("Blank custom", TargetDraft.SkillDraft.newCustom("   ", 3, 3, true)),
                posting("Long custom", TargetDraft.SkillDraft.newCustom("k".repeat(TargetService.CUSTOM_NAME_MAX_LENGTH + 1), 3, 3, true)),
                posting("NUL", TargetDraft.SkillDraft.newCustom("Dock\u0000er", 3, 3, true)),
                new TargetDraft("Posting", "", "x".repeat(TargetService.POSTING_MAX_LENGTH + 1), "", List.of(
                        TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)), Optional.empty(), List.of()),
                new TargetDraft("Script address", "", "", "javascript:alert(1)", List.of(
                        TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)), Optional.empty(), List.of()),
                new TargetDraft("Unknown tool", "", "", "", List.of(
                        TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)), Optional.empty(), List.of("cobol")),
                new TargetDraft("Unknown field", "", "", "", List.of(TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)),
                        Optional.of(new TargetEducation(EducationLevel.MASTER, List.of("alchemy"), false, 2)), List.of()),
                new TargetDraft("Another user's skill", "", "", "", List.of(
                        new TargetDraft.SkillDraft("custom:999999999", "Theirs", 2, 1, false)), Optional.empty(), List.of()));
        for (TargetDraft draft : bad) {
            assertThatThrownBy(() -> targetService.create(draft)).as(draft.title()).isInstanceOf(TargetException.class)
                    .message().isNotBlank();
        }
        var tooMany = new ArrayList<TargetDraft.SkillDraft>();
        for (int i = 0; i <= TargetService.MAX_SKILLS; i++) {
            tooMany.add(TargetDraft.SkillDraft.newCustom("Skill " + i, 2, 1, false));
        }
        assertThatThrownBy(() -> targetService.create(posting("Too many", tooMany.toArray(TargetDraft.SkillDraft[]::new))))
                .isInstanceOf(TargetException.class).hasMessageContaining("at most 60 skills");

        assertThat(dsl.fetchCount(TARGET, TARGET.OWNER_ID.eq(alice.id()))).isZero();
        assertThat(dsl.fetchCount(CUSTOM_SKILL, CUSTOM_SKILL.OWNER_ID.eq(alice.id()))).isZero();
    }

    @Test
    void the_hundred_and_first_target_is_refused_by_the_service_and_by_the_database() {
        for (int i = 0; i < TargetService.MAX_TARGETS; i++) {
            targetService.create(new TargetDraft("T" + i, "", "", "", List.of(TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)),
                    Optional.empty(), List.of()));
        }
        assertThatThrownBy(() -> targetService.create(posting("One too many", TargetDraft.SkillDraft.catalog("statistics", 3, 3, true))))
                .isInstanceOf(TargetException.class).hasMessageContaining("100 targets");
        assertThatThrownBy(() -> dsl.insertInto(TARGET, TARGET.OWNER_ID, TARGET.TITLE).values(alice.id(), "Straight to the table").execute())
                .hasMessageContaining("at most 100 targets");
    }

    @Test
    void the_two_hundred_and_first_custom_skill_is_refused_by_the_service_and_by_the_database() {
        for (int t = 0; t < TargetService.MAX_CUSTOM_SKILLS / 50; t++) {
            var skills = new ArrayList<TargetDraft.SkillDraft>();
            for (int i = 0; i < 50; i++) {
                skills.add(TargetDraft.SkillDraft.newCustom("Skill " + t + "." + i, 2, 1, false));
            }
            Target target = targetService.create(posting("Many " + t, skills.toArray(TargetDraft.SkillDraft[]::new)));
            targetService.delete(target.key());
        }
        assertThat(targetService.mine().customSkills()).hasSize(TargetService.MAX_CUSTOM_SKILLS);

        assertThatThrownBy(() -> targetService.create(posting("One more", TargetDraft.SkillDraft.newCustom("Skill 201", 2, 1, false))))
                .isInstanceOf(TargetException.class).hasMessageContaining("200 skills of your own");
        assertThat(targetService.mine().targets()).isEmpty();
        // an existing one by name is still fine
        assertThat(targetService.create(posting("Reuse", TargetDraft.SkillDraft.newCustom("skill 0.0", 2, 1, false))).skills()).hasSize(1);
        assertThatThrownBy(() -> dsl.insertInto(CUSTOM_SKILL, CUSTOM_SKILL.OWNER_ID, CUSTOM_SKILL.NAME).values(alice.id(), "Straight in").execute())
                .hasMessageContaining("at most 200 custom skills");
    }

    @Test
    void the_database_refuses_a_target_row_pointing_at_another_users_custom_skill() {
        Target mine = targetService.create(posting("Mine", TargetDraft.SkillDraft.newCustom("Secret skill", 2, 1, false)));
        long customId = TargetKey.customSkillId(mine.skills().getFirst().skillKey()).orElseThrow();
        Account bob = testAccounts.create("other");
        logIn(bob);
        Target his = targetService.create(posting("His", TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)));

        assertThatThrownBy(() -> dsl.insertInto(TARGET_SKILL, TARGET_SKILL.TARGET_ID, TARGET_SKILL.OWNER_ID, TARGET_SKILL.POSITION,
                        TARGET_SKILL.CUSTOM_SKILL_ID, TARGET_SKILL.REQUIRED_LEVEL, TARGET_SKILL.WEIGHT, TARGET_SKILL.MUST_HAVE)
                .values(his.id(), bob.id(), 1, customId, 2, 1, false).execute())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void another_user_can_neither_see_nor_change_nor_plan_nor_rate_a_users_targets_and_custom_skills() {
        Target target = targetService.create(posting("Alice's posting", TargetDraft.SkillDraft.newCustom("Alice's skill", 2, 1, false)));
        String custom = target.skills().getFirst().skillKey();
        Account bob = testAccounts.create("stranger");
        logIn(bob);

        assertThat(targetService.mine()).isEqualTo(MyTargets.none());
        assertThat(targetService.myTarget(target.key())).isEmpty();
        assertThat(fitService.myFit().targetScores()).isEmpty();
        assertThatThrownBy(() -> targetService.update(target.key(), target.version(), posting("Taken over",
                TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)))).isInstanceOf(TargetException.class);
        assertThatThrownBy(() -> targetService.delete(target.key())).isInstanceOf(TargetException.class);
        assertThatThrownBy(() -> targetService.rateCustomSkill(custom, 4)).isInstanceOf(TargetException.class);
        assertThatThrownBy(() -> targetService.saveCustomSkillDetails(custom, "mine now", 5)).isInstanceOf(TargetException.class);
        assertThatThrownBy(() -> targetService.deleteCustomSkill(custom)).isInstanceOf(TargetException.class);
        assertThatThrownBy(() -> planService.createPlan(target.key(), 5)).hasMessageContaining("not among yours");
        assertThatThrownBy(() -> planService.trend(target.key())).hasMessageContaining("not among yours");
        assertThatThrownBy(() -> targetService.create(new TargetDraft("Using hers", "", "", "", List.of(
                new TargetDraft.SkillDraft(custom, null, 2, 1, false)), Optional.empty(), List.of())))
                .isInstanceOf(TargetException.class);

        logIn(alice);
        Target untouched = targetService.myTarget(target.key()).orElseThrow();
        assertThat(untouched).isEqualTo(target);
        assertThat(targetService.mine().customSkills().getFirst().level()).isEmpty();
        assertThat(dsl.fetchCount(CUSTOM_SKILL_RATING_HISTORY, CUSTOM_SKILL_RATING_HISTORY.OWNER_ID.eq(bob.id()))).isZero();
    }

    @Test
    void deleting_the_account_deletes_targets_custom_skills_and_their_history() {
        Target target = targetService.create(posting("Bye", TargetDraft.SkillDraft.newCustom("Spark", 2, 1, false)));
        targetService.rateCustomSkill(target.skills().getFirst().skillKey(), 2);
        planService.createPlan(target.key(), 5);

        testAccounts.delete(alice);

        assertThat(dsl.fetchCount(TARGET, TARGET.OWNER_ID.eq(alice.id()))).isZero();
        assertThat(dsl.fetchCount(CUSTOM_SKILL, CUSTOM_SKILL.OWNER_ID.eq(alice.id()))).isZero();
        assertThat(dsl.fetchCount(CUSTOM_SKILL_RATING_HISTORY, CUSTOM_SKILL_RATING_HISTORY.OWNER_ID.eq(alice.id()))).isZero();
    }

    @Test
    void a_pasted_posting_is_proposed_as_a_target_with_the_words_each_proposal_came_from_and_saves_after_an_edit() {
        String posting = """
                # Senior Data Scientist

                ## Requirements
                - Strong experience with statistical models and A/B testing
                - Bachelor's degree in Statistics or a related field; Master's preferred

                ## Nice to have
                - Familiarity with AWS
                - Experience with Kubernetes
                """;

        PostingProposal proposal = targetService.propose("\n  " + posting);

        assertThat(proposal.posting()).isEqualTo(posting.strip());
        TargetDraft draft = proposal.draft();
        assertThat(draft.title()).isEqualTo("Senior Data Scientist");
        assertThat(draft.skills()).extracting(TargetDraft.SkillDraft::skillKey).contains("statistics", "cloud-computing");
        TargetDraft.SkillDraft statistics = draft.skills().stream().filter(s -> s.skillKey().equals("statistics")).findFirst().orElseThrow();
        assertThat(statistics.mustHave()).isTrue();
        assertThat(statistics.weight()).isEqualTo(3);
        TargetDraft.SkillDraft cloud = draft.skills().stream().filter(s -> s.skillKey().equals("cloud-computing")).findFirst().orElseThrow();
        assertThat(cloud.mustHave()).isFalse();
        assertThat(cloud.requiredLevel()).isEqualTo(2);
        assertThat(cloud.weight()).isEqualTo(1);
        assertThat(draft.education()).contains(new TargetEducation(EducationLevel.BACHELOR, List.of("statistics"), true,
                TargetService.PROPOSED_EDUCATION_WEIGHT));
        assertThat(draft.toolKeys()).contains("aws");
        var evidence = proposal.analysis().skills().stream().filter(s -> s.skillKey().equals("statistics")).findFirst().orElseThrow().evidence();
        assertThat(evidence).extracting(span -> span.of(proposal.posting())).containsExactly("statistical models", "A/B testing");
        assertThat(proposal.analysis().notInCatalog()).anySatisfy(unmatched -> assertThat(unmatched.text()).contains("Kubernetes"));

        var edited = new ArrayList<>(draft.skills());
        edited.add(TargetDraft.SkillDraft.newCustom("Kubernetes", 2, 1, false));
        Target saved = targetService.create(new TargetDraft(draft.title(), "Acme", draft.postingText(), "", edited,
                draft.education(), draft.toolKeys()));
        assertThat(saved.postingText()).contains(posting.strip());
        assertThat(saved.skills()).extracting(TargetSkill::name).contains("Kubernetes");
    }

    @Test
    void an_empty_or_oversized_posting_is_refused_and_one_naming_nothing_gives_an_empty_proposal() {
        assertThatThrownBy(() -> targetService.propose("   \n ")).isInstanceOf(TargetException.class)
                .hasMessage("Paste the text of a job posting first.");
        assertThatThrownBy(() -> targetService.propose("x ".repeat(10_001))).isInstanceOf(TargetException.class)
                .hasMessageContaining("at most 20,000 characters; this one has 20,001");

        PostingProposal nothing = targetService.propose("Barista wanted. You make great coffee and greet our guests.");

        assertThat(nothing.analysis().foundNothing()).isTrue();
        assertThat(nothing.draft().skills()).isEmpty();
        assertThat(nothing.draft().postingText()).startsWith("Barista wanted");
    }

    @Test
    void a_posting_title_is_its_first_line_when_short_enough() {
        assertThat(TargetService.titleFrom("## **Lead ML Engineer**\nMore")).isEqualTo("Lead ML Engineer");
        assertThat(TargetService.titleFrom("\n\n  - Head of Data  \n")).isEqualTo("Head of Data");
        assertThat(TargetService.titleFrom("We are a company that " + "x".repeat(200))).isEmpty();
    }

    @Test
    void a_web_address_in_another_script_is_accepted_and_anything_but_a_web_address_refused() {
        assertThat(TargetService.isWebAddress("https://bücher.de/jobs/42")).isTrue();
        assertThat(TargetService.isWebAddress("https://jobs@bücher.de:8443/jobs")).isTrue();
        assertThat(TargetService.isWebAddress("https://jobs.example.com:8443/a?b=c#d")).isTrue();
        assertThat(TargetService.isWebAddress("http://")).isFalse();
        assertThat(TargetService.isWebAddress("https://")).isFalse();
        assertThat(TargetService.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(TargetService.isWebAddress("ftp://example.com/job")).isFalse();
        assertThat(TargetService.isWebAddress("https://x y")).isFalse();
        assertThat(TargetService.isWebAddress("https://bad_host!/")).isFalse();

        Target saved = targetService.create(new TargetDraft("Stelle", "", "", "https://bücher.de/jobs/42", List.of(
                TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)), Optional.empty(), List.of()));
        assertThat(saved.postingUrl()).contains("https://bücher.de/jobs/42");
    }

    @Test
    void copying_a_catalog_role_gives_its_skills_levels_weights_education_and_tools() {
        TargetDraft copy = targetService.draftFromRole("machine-learning-engineer");

        assertThat(copy.title()).isEqualTo("Machine Learning Engineer (my copy)");
        assertThat(copy.skills()).extracting(TargetDraft.SkillDraft::skillKey)
                .containsExactly("programming", "ml-frameworks", "data-structures-algorithms", "statistics", "mathematics", "cloud-computing");
        assertThat(copy.skills().getFirst().requiredLevel()).isEqualTo(3);
        assertThat(copy.education().orElseThrow().minimum()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(copy.toolKeys()).contains("python", "tensorflow");
        Target saved = targetService.create(copy);
        assertThat(saved.skills()).hasSize(6);
        List<String> names = new ArrayList<>(saved.skills().stream().map(TargetSkill::name).toList());
        Collections.sort(names);
        assertThat(names).doesNotHaveDuplicates();
    }
}

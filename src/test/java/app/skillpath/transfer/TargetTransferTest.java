package app.skillpath.transfer;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.RatingChange;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import app.skillpath.target.CustomSkill;
import app.skillpath.target.MyTargets;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetEducation;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.db.generated.Tables.CUSTOM_SKILL;
import static app.skillpath.db.generated.Tables.CUSTOM_SKILL_RATING_HISTORY;
import static app.skillpath.db.generated.Tables.PLAN;
import static app.skillpath.db.generated.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Targets, custom skills and their ratings in the data file (from version 2), on the real database. */
@SpringTest
class TargetTransferTest {

    @Autowired
    UserDataService userDataService;

    @Autowired
    TargetService targetService;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    PlanService planService;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * A user with a catalog rating, two targets (one asking for two custom skills, education and tools; one asking for
     * no education), ratings and details of the custom skills, and plans for a target and for a role.
     */
    private Account userWithTargets(String prefix) {
        Account account = testAccounts.create(prefix);
        logIn(account);
        assessmentService.rate("statistics", 2);
        Target posting = targetService.create(new TargetDraft("Data Scientist", "Acme Analytics",
                "We need statistics, dbt and Airflow.\nAnd \"quotes\" and ünïcödé.", "https://jobs.example.com/42",
                List.of(TargetDraft.SkillDraft.catalog("statistics", 3, 5, true),
                        TargetDraft.SkillDraft.newCustom("dbt", 2, 3, true),
                        TargetDraft.SkillDraft.newCustom("Airflow", 3, 1, false)),
                Optional.of(new TargetEducation(EducationLevel.BACHELOR, List.of("statistics"), true, 2)),
                List.of("python", "sql")));
        targetService.create(new TargetDraft("My own role", "", "", "",
                List.of(TargetDraft.SkillDraft.catalog("programming", 2, 2, false), TargetDraft.SkillDraft.newCustom("DBT", 4, 4, true)),
                Optional.empty(), List.of()));
        String dbt = customKey("dbt");
        targetService.rateCustomSkill(dbt, 1);
        targetService.rateCustomSkill(dbt, 2);
        targetService.saveCustomSkillDetails(dbt, "Two dbt projects at work", 12);
        targetService.saveCustomSkillDetails(customKey("Airflow"), "", 40);
        Plan plan = planService.createPlan(posting.key(), 6);
        PlanStep customStep = plan.steps().stream().filter(step -> step.draft().skillKey().filter(TargetKey::isCustomSkill).isPresent())
                .findFirst().orElseThrow();
        planService.updateStep(customStep.id(), customStep.version(), StepStatus.IN_PROGRESS, "Course started");
        planService.createPlan("machine-learning-engineer", 4);
        return account;
    }

    private String customKey(String name) {
        return targetService.mine().customSkills().stream().filter(skill -> skill.name().equalsIgnoreCase(name))
                .findFirst().orElseThrow().key();
    }

    @Test
    void targets_custom_skills_their_ratings_history_and_a_targets_plan_survive_export_deletion_and_import() {
        Account source = userWithTargets("leaver");
        MyTargets before = targetService.mine();
        List<RatingChange> historyBefore = targetService.myCustomHistory();
        Plan planBefore = planService.myPlan(before.targets().getFirst().key()).orElseThrow();
        String exported = userDataService.exportMine();
        testAccounts.delete(source);
        assertThat(dsl.fetchCount(TARGET, TARGET.OWNER_ID.eq(source.id()))).isZero();

        logIn(testAccounts.create("returner"));
        userDataService.importIntoMine(exported.getBytes(StandardCharsets.UTF_8));

        MyTargets after = targetService.mine();
        // new rows, new ids: compared by what the user sees, with the custom skills named rather than keyed
        assertThat(after.targets()).extracting(TargetTransferTest::comparable)
                .containsExactlyElementsOf(before.targets().stream().map(TargetTransferTest::comparable).toList());
        assertThat(after.customSkills()).extracting(CustomSkill::name, CustomSkill::level, CustomSkill::note, CustomSkill::hoursPerLevel)
                .containsExactlyElementsOf(before.customSkills().stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.name(), s.level(), s.note(), s.hoursPerLevel())).toList());
        assertThat(after.customSkills()).extracting(CustomSkill::name).containsExactly("Airflow", "dbt");
        assertThat(targetService.myCustomHistory()).extracting(change -> nameOf(after, change.skillKey()), RatingChange::level,
                        RatingChange::changedAt)
                .containsExactlyElementsOf(historyBefore.stream().map(change -> org.assertj.core.groups.Tuple.tuple(
                        nameOf(before, change.skillKey()), change.level(), change.changedAt())).toList())
                .hasSize(2);
        Plan planAfter = planService.myPlan(after.targets().getFirst().key()).orElseThrow();
        assertThat(planAfter.steps()).extracting(step -> step.draft().title(), PlanStep::status, PlanStep::note, PlanStep::dueOn)
                .containsExactlyElementsOf(planBefore.steps().stream().map(step -> org.assertj.core.groups.Tuple.tuple(
                        step.draft().title(), step.status(), step.note(), step.dueOn())).toList());
        // dbt is rated at the level asked for: Airflow is the custom skill with a step
        PlanStep customStep = planAfter.steps().stream().filter(step -> step.note().isPresent()).findFirst().orElseThrow();
        assertThat(customStep.draft().skillKey()).contains(customKey("Airflow"));
        assertThat(customStep.key()).isEqualTo("skill:" + customKey("Airflow"));
        assertThat(planService.myPlanRoleKeys()).contains("machine-learning-engineer", after.targets().getFirst().key());
        // and the whole file again, byte for byte: nothing was lost or added on the way
        assertThat(userDataService.exportMine()).isEqualTo(exported);
    }

    /** A target as its owner sees it, with custom skills by name instead of by key. */
    private static String comparable(Target target) {
        return target.title() + "|" + target.company() + "|" + target.postingText() + "|" + target.postingUrl() + "|"
                + target.skills().stream().map(s -> (s.custom() ? "own " : "") + s.name() + " " + s.requiredLevel() + " " + s.weight()
                + " " + s.mustHave()).toList() + "|" + target.education() + "|" + target.toolKeys();
    }

    private static String nameOf(MyTargets targets, String customKey) {
        return targets.customSkillsByKey().get(customKey).name();
    }

    @Test
    void the_file_names_no_database_id_of_a_target_or_custom_skill() {
        userWithTargets("ids");
        MyTargets mine = targetService.mine();
        String exported = userDataService.exportMine();

        assertThat(exported).doesNotContain(TargetKey.TARGET_PREFIX).doesNotContain(TargetKey.CUSTOM_SKILL_PREFIX)
                .contains("\"version\" : " + UserDataFile.VERSION).contains("\"customSkill\" : \"dbt\"").contains("\"target\" : 0");
        assertThat(exported).doesNotContain("\"id\"");
        assertThat(mine.targets()).hasSize(2);
    }

    @Test
    void a_file_naming_another_users_target_or_custom_skill_by_its_id_cannot_reach_them() {
        Account victim = userWithTargets("victim");
        MyTargets victims = targetService.mine();
        String victimTarget = victims.targets().getFirst().key();
        String victimSkill = victims.customSkills().getFirst().key();
        long victimTargetId = victims.targets().getFirst().id();
        ObjectNode file = (ObjectNode) JSON.readTree(userDataService.exportMine());

        logIn(testAccounts.create("intruder"));
        assertRefused(with(file, f -> targetSkill(f, 0, 1).put("customSkill", victimSkill)),
                "targets[0].skills[1].customSkill: “" + victimSkill + "” is not among the file's customSkills.");
        assertRefused(with(file, f -> targetSkill(f, 0, 1).putNull("customSkill").put("skill", victimSkill)),
                "targets[0].skills[1].skill: unknown skill “" + victimSkill + "”.");
        assertRefused(with(file, f -> targetPlan(f).put("target", victimTargetId)),
                "plans[" + targetPlanIndex(file) + "].target: must be the index of one of the file's targets (0 to 1), not "
                        + victimTargetId + ".");
        assertRefused(with(file, f -> targetPlan(f).putNull("target").put("role", victimTarget)),
                "plans[" + targetPlanIndex(file) + "].role: unknown role “" + victimTarget + "”.");
        assertRefused(with(file, f -> customStep(f).putNull("customSkill").put("skill", victimSkill)),
                "plans[" + targetPlanIndex(file) + "].steps[" + customStepIndex(file) + "].skill: unknown skill “" + victimSkill + "”.");

        // the victim's data is as it was
        logIn(victim);
        assertThat(targetService.mine()).isEqualTo(victims);
    }

    @Test
    void a_version_1_file_still_imports_without_targets() {
        logIn(testAccounts.create("old-file"));
        String version1 = "{\"format\":\"skillpath-user-data\",\"version\":1,"
                + "\"ratings\":[{\"skill\":\"statistics\",\"level\":3,\"note\":\"From an old export\"}],"
                + "\"ratingHistory\":[{\"skill\":\"statistics\",\"level\":3,\"changedAt\":\"2025-03-01T10:00:00Z\"}],"
                + "\"education\":{\"level\":\"master\",\"field\":null},\"tools\":[\"python\"],"
                + "\"plans\":[{\"role\":\"data-science-manager\",\"hoursPerWeek\":5,\"startsOn\":\"2025-03-02\",\"steps\":[]}]}";

        userDataService.importIntoMine(version1.getBytes(StandardCharsets.UTF_8));

        assertThat(assessmentService.mine().level("statistics")).contains(3);
        assertThat(planService.myPlanRoleKeys()).containsExactly("data-science-manager");
        assertThat(targetService.mine()).isEqualTo(MyTargets.none());
        // exported again, it is a file of the current version with empty sections for what version 1 did not have
        assertThat(userDataService.exportMine()).contains("\"version\" : " + UserDataFile.VERSION).contains("\"customSkills\" : [ ]")
                .contains("\"targets\" : [ ]").contains("\"checkIns\" : [ ]");
    }

    @Test
    void a_version_1_file_with_targets_or_a_version_2_file_without_them_is_refused() {
        ObjectNode file = exportOfUserWithTargets();

        assertRefused(with(file, f -> f.put("version", 1).remove("checkIns")),
                "customSkills: not part of a version 1 file (it came with version 2).");
        assertRefused(with(file, f -> f.remove("targets")), "targets: the section is missing.");
    }

    @Test
    void a_file_from_a_newer_version_is_refused_with_what_to_do() {
        ObjectNode file = exportOfUserWithTargets();

        assertRefused(with(file, f -> f.put("version", 4)), "This Skillpath data file has version 4, from a newer Skillpath; "
                + "this Skillpath reads versions 1 to 3. Import it into a Skillpath that is as new as the one that exported it.");
        assertRefused(with(file, f -> f.put("version", 0)), "This Skillpath data file has version 0; this Skillpath reads versions 1 to 3.");
    }

    @Test
    void bad_targets_are_refused_with_the_place_in_the_file_and_nothing_is_stored() {
        ObjectNode file = exportOfUserWithTargets();

        assertRefused(with(file, f -> target(f, 0).put("title", "")), "targets[0].title: must be 1 to 200 characters, not 0.");
        assertRefused(with(file, f -> target(f, 0).put("title", "t".repeat(201))), "targets[0].title: must be 1 to 200 characters, not 201.");
        assertRefused(with(file, f -> target(f, 1).put("title", " padded")),
                "targets[1].title: must not be blank or begin or end with spaces.");
        assertRefused(with(file, f -> target(f, 0).put("postingText", "p".repeat(20_001))),
                "targets[0].postingText: must be at most 20000 characters, not 20001.");
        assertRefused(with(file, f -> target(f, 0).put("postingUrl", "javascript:alert(1)")),
                "targets[0].postingUrl: must be a web address starting with http:// or https://.");
        assertRefused(with(file, f -> target(f, 0).put("company", "c".repeat(201))),
                "targets[0].company: must be at most 200 characters, not 201.");
        assertRefused(with(file, f -> targetSkill(f, 0, 0).put("weight", 6)), "targets[0].skills[0].weight: must be a whole number 1-5, not 6.");
        assertRefused(with(file, f -> targetSkill(f, 0, 0).put("weight", 0)), "targets[0].skills[0].weight: must be a whole number 1-5, not 0.");
        assertRefused(with(file, f -> targetSkill(f, 0, 0).put("level", 0)), "targets[0].skills[0].level: must be a whole number 1-4, not 0.");
        assertRefused(with(file, f -> targetSkill(f, 0, 0).put("level", 5)), "targets[0].skills[0].level: must be a whole number 1-4, not 5.");
        assertRefused(with(file, f -> targetSkill(f, 0, 0).put("skill", "alchemy")), "targets[0].skills[0].skill: unknown skill “alchemy”.");
        assertRefused(with(file, f -> targetSkill(f, 0, 1).put("customSkill", "Kubernetes")),
                "targets[0].skills[1].customSkill: “Kubernetes” is not among the file's customSkills.");
        assertRefused(with(file, f -> targetSkill(f, 0, 0).put("customSkill", "dbt")),
                "targets[0].skills[0]: names either a catalog skill (\"skill\") or one of the file's own skills (\"customSkill\"), one of the two.");
        assertRefused(with(file, f -> ((ArrayNode) target(f, 0).get("skills")).add(targetSkill(f, 0, 1).deepCopy().put("customSkill", "DBT"))),
                "targets[0].skills[3]: the target names this skill twice.");
        assertRefused(with(file, f -> {
            ArrayNode skills = JSON.createArrayNode();
            for (int i = 0; i <= TargetService.MAX_SKILLS; i++) {
                skills.add(JSON.createObjectNode().put("skill", "statistics").put("level", 1).put("weight", 1).put("mustHave", false));
            }
            target(f, 0).set("skills", skills);
        }), "targets[0].skills: must have 1 to 60 skills, not 61.");
        assertRefused(with(file, f -> target(f, 0).set("skills", JSON.createArrayNode())), "targets[0].skills: must have 1 to 60 skills, not 0.");
        assertRefused(with(file, f -> ((ObjectNode) target(f, 0).get("education")).put("weight", 9)),
                "targets[0].education.weight: must be a whole number 1-5, not 9.");
        assertRefused(with(file, f -> ((ObjectNode) target(f, 0).get("education")).put("minimum", "wizard")),
                "targets[0].education.minimum: unknown education level “wizard”.");
        assertRefused(with(file, f -> ((ArrayNode) target(f, 0).get("education").get("fields")).add("astrology")),
                "targets[0].education.fields[1]: unknown field of study “astrology”.");
        assertRefused(with(file, f -> ((ArrayNode) target(f, 0).get("tools")).add("abacus")), "targets[0].tools[2]: unknown tool “abacus”.");
        assertRefused(with(file, f -> {
            ArrayNode targets = (ArrayNode) f.get("targets");
            while (targets.size() <= TargetService.MAX_TARGETS) {
                targets.add(targets.get(1).deepCopy());
            }
        }), "targets: at most 100 entries, not 101.");
    }

    @Test
    void bad_custom_skills_and_target_plans_are_refused_with_the_place_in_the_file_and_nothing_is_stored() {
        ObjectNode file = exportOfUserWithTargets();

        assertRefused(with(file, f -> customSkill(f, 0).put("name", "DBT")),
                "customSkills[1].name: “dbt” is there twice (also customSkills[0]; names count as the same whatever their capitals).");
        assertRefused(with(file, f -> customSkill(f, 0).put("name", "")), "customSkills[0].name: must be 1 to 100 characters, not 0.");
        assertRefused(with(file, f -> customSkill(f, 0).put("name", "n".repeat(101))), "customSkills[0].name: must be 1 to 100 characters, not 101.");
        assertRefused(with(file, f -> customSkill(f, 1).put("level", 5)), "customSkills[1].level: must be a whole number 0-4, not 5.");
        assertRefused(with(file, f -> customSkill(f, 1).put("hoursPerLevel", 501)),
                "customSkills[1].hoursPerLevel: must be 1 to 500 hours, not 501.");
        assertRefused(with(file, f -> customSkill(f, 1).put("note", "n".repeat(2001))),
                "customSkills[1].note: must be at most 2000 characters, not 2001.");
        assertRefused(with(file, f -> ((ObjectNode) customSkill(f, 1).get("history").get(0)).put("changedAt", "2999-01-01T00:00:00Z")),
                "customSkills[1].history[0].changedAt: must be between 2000-01-01 and now, not 2999-01-01T00:00:00Z.");
        assertRefused(with(file, f -> ((ObjectNode) customSkill(f, 1).get("history").get(0)).put("level", -1)),
                "customSkills[1].history[0].level: must be a whole number 0-4, not -1.");
        int catalogHistory = file.get("ratingHistory").size();
        assertRefused(with(file, f -> {
            ArrayNode history = (ArrayNode) customSkill(f, 1).get("history");
            while (history.size() + catalogHistory <= Check.MAX_HISTORY) {
                history.add(history.get(0).deepCopy());
            }
        }), "customSkills[1].history: the file has more than 10000 rating-history entries "
                + "(ratingHistory and the custom skills' history together).");
        assertRefused(with(file, f -> customStep(f).put("customSkill", "Kubernetes")),
                "plans[" + targetPlanIndex(file) + "].steps[" + customStepIndex(file) + "].customSkill: “Kubernetes” is not among the file's customSkills.");
        assertRefused(with(file, f -> ((ArrayNode) targetPlan(f).get("steps")).add(customStep(f).deepCopy().put("key", "custom-skill:again"))),
                "plans[" + targetPlanIndex(file) + "].steps[" + targetPlan(file).get("steps").size() + "].customSkill: “Airflow” has a step "
                        + "already (step " + customStepIndex(file) + ").");
        assertRefused(with(file, f -> targetPlan(f).put("target", 2)),
                "plans[" + targetPlanIndex(file) + "].target: must be the index of one of the file's targets (0 to 1), not 2.");
        // a file without targets has no index to offer ("0 to -1" said nothing)
        assertRefused(with(file, f -> {
            f.set("targets", JSON.createArrayNode());
            ((ArrayNode) f.get("plans")).removeAll().add(targetPlan(file).deepCopy().put("target", 0));
        }), "plans[0].target: the file has no targets, so no plan can be for one.");
        assertRefused(with(file, f -> targetPlan(f).put("role", "machine-learning-engineer")),
                "plans[" + targetPlanIndex(file) + "]: a plan is for a role (\"role\") or for a target (\"target\"), one of the two.");
        assertRefused(with(file, f -> ((ArrayNode) f.get("plans")).add(targetPlan(f).deepCopy())),
                "plans[2].target: a second plan for “targets[0]” (the first is plans[" + targetPlanIndex(file) + "]).");
        // a role's plan has no steps for one's own skills: its steps are made from the catalog
        int rolePlan = 1 - targetPlanIndex(file);
        assertRefused(with(file, f -> {
            ObjectNode step = (ObjectNode) f.get("plans").get(rolePlan).get("steps").get(0);
            step.putNull("skill").put("customSkill", "dbt");
        }), "plans[" + rolePlan + "].steps[0].customSkill: only a target's plan has steps for one's own skills.");
    }

    @Test
    void an_account_that_already_has_a_target_or_a_custom_skill_takes_no_import() {
        ObjectNode file = exportOfUserWithTargets();
        targetService.create(new TargetDraft("Already here", "", "", "", List.of(TargetDraft.SkillDraft.newCustom("Spark", 2, 1, false)),
                Optional.empty(), List.of()));

        assertThatThrownBy(() -> userDataService.importIntoMine(JSON.writeValueAsBytes(file))).isInstanceOf(TransferException.class)
                .hasMessageStartingWith("Import only works into an account without answers or plans yet. Targets, skills of your own and check-ins count as well.");
        assertThat(targetService.mine().targets()).extracting(Target::title).containsExactly("Already here");
        assertThat(assessmentService.mine().hasAnyAnswer()).isFalse();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The export of a user with targets (see {@link #userWithTargets}); afterwards a new, empty account is logged in. */
    private ObjectNode exportOfUserWithTargets() {
        userWithTargets("source");
        String exported = userDataService.exportMine();
        logIn(testAccounts.create("arrival"));
        return (ObjectNode) JSON.readTree(exported);
    }

    private static byte[] with(ObjectNode file, Consumer<ObjectNode> change) {
        ObjectNode copy = file.deepCopy();
        change.accept(copy);
        return JSON.writeValueAsBytes(copy);
    }

    private static ObjectNode target(ObjectNode file, int index) {
        return (ObjectNode) file.get("targets").get(index);
    }

    private static ObjectNode targetSkill(ObjectNode file, int target, int skill) {
        return (ObjectNode) target(file, target).get("skills").get(skill);
    }

    private static ObjectNode customSkill(ObjectNode file, int index) {
        return (ObjectNode) file.get("customSkills").get(index);
    }

    private static int targetPlanIndex(ObjectNode file) {
        for (int i = 0; i < file.get("plans").size(); i++) {
            if (!file.get("plans").get(i).get("target").isNull()) {
                return i;
            }
        }
        throw new AssertionError("no plan for a target in the file");
    }

    private static ObjectNode targetPlan(ObjectNode file) {
        return (ObjectNode) file.get("plans").get(targetPlanIndex(file));
    }

    private static int customStepIndex(ObjectNode file) {
        var steps = targetPlan(file).get("steps");
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).get("customSkill").isNull()) {
                return i;
            }
        }
        throw new AssertionError("no step for a custom skill in the target's plan");
    }

    private static ObjectNode customStep(ObjectNode file) {
        return (ObjectNode) targetPlan(file).get("steps").get(customStepIndex(file));
    }

    private void assertRefused(byte[] content, String message) {
        assertThatThrownBy(() -> userDataService.importIntoMine(content)).isInstanceOf(TransferException.class).hasMessage(message);
        assertThat(assessmentService.mine().hasAnyAnswer()).isFalse();
        assertThat(planService.myPlanRoleKeys()).isEmpty();
        assertThat(targetService.mine()).isEqualTo(MyTargets.none());
        assertThat(targetService.myCustomHistory()).isEmpty();
    }
}

package app.skillpath.transfer;

import app.skillpath.AllAtOnce;
import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import app.skillpath.catalog.CatalogService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.List;

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

    @Autowired
    CatalogService catalogService;

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    void imports_at_once_into_one_account_store_the_file_once_and_tell_the_others_why_not() throws Exception {
        logIn(testAccounts.create("source"));
        assessmentService.rate("statistics", 1);
        assessmentService.rate("statistics", 2);
        byte[] exported = userDataService.exportMine().getBytes(StandardCharsets.UTF_8);
        Account target = testAccounts.create("two-tabs");
        List<String> results = AllAtOnce.run(6, tab -> () -> {
            logIn(target);
            try {
                userDataService.importIntoMine(exported);
                return "imported";
            } catch (TransferException refused) {
                return refused.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });

        assertThat(results).containsOnlyOnce("imported");
        assertThat(results).filteredOn(result -> !result.equals("imported"))
                .allMatch(result -> result.startsWith("Import only works into an account without answers or plans yet."));
        logIn(target);
        assertThat(assessmentService.myHistory()).hasSize(2);
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
                .hasMessage("tools[1]: unknown tool “abacus”.");

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


    @Test
    void a_step_naming_a_skill_the_catalog_lacks_or_a_skill_step_without_a_skill_is_refused() {
        ObjectNode file = exportOfAUserWithAPlan();

        assertRefused(with(file, f -> firstSkillStep(f).put("skill", "alchemy")),
                "plans[0].steps[0].skill: unknown skill “alchemy”.");
        assertRefused(with(file, f -> firstSkillStep(f).putNull("skill")),
                "plans[0].steps[0].skill: a skill step needs its skill.");
        assertRefused(with(file, f -> firstSkillStep(f).putNull("toLevel")),
                "plans[0].steps[0].toLevel: a whole number 0-4 is required.");
        assertRefused(with(file, f -> step(f, 0, lastStepIndex(f)).put("skill", "statistics")),
                "plans[0].steps[" + lastStepIndex(file) + "].skill: only skill steps name a skill and levels.");
    }

    @Test
    void values_the_database_would_refuse_are_named_by_their_entry_before_anything_is_written() {
        ObjectNode file = exportOfAUserWithAPlan();

        assertRefused(with(file, f -> ((ArrayNode) f.get("ratings")).add(f.get("ratings").get(0).deepCopy())),
                "ratings[2].skill: “" + file.get("ratings").get(0).get("skill").asString() + "” is rated twice (also in ratings[0]).");
        assertRefused(with(file, f -> firstSkillStep(f).put("title", "")),
                "plans[0].steps[0].title: must be 1 to 300 characters, not 0.");
        assertRefused(with(file, f -> firstSkillStep(f).put("title", "x".repeat(301))),
                "plans[0].steps[0].title: must be 1 to 300 characters, not 301.");
        assertRefused(with(file, f -> firstSkillStep(f).put("toLevel", 9)),
                "plans[0].steps[0].toLevel: must be a whole number 0-4, not 9.");
        assertRefused(with(file, f -> ((ObjectNode) f.get("ratings").get(1)).put("note", "before\u0000after")),
                "ratings[1].note: it contains a NUL character (\\u0000), which cannot be stored.");
        byte[] loneSurrogate = new String(with(file, f -> ((ObjectNode) f.get("ratings").get(1)).put("note", "before-LONE-after")),
                java.nio.charset.StandardCharsets.UTF_8).replace("-LONE-", "\\ud800").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertRefused(loneSurrogate, "ratings[1].note: it contains a broken character (an unpaired UTF-16 surrogate), which cannot be stored.");
        assertRefused(with(file, f -> ((ObjectNode) f.get("ratingHistory").get(0)).put("changedAt", "-0001-06-01T00:00:00Z")),
                "ratingHistory[0].changedAt: must be between 2000-01-01 and now, not -0001-06-01T00:00:00Z.");
        assertRefused(with(file, f -> step(f, 0, 1).put("key", "skill:" + "k".repeat(200))),
                "plans[0].steps[1].key: must be 1 to 200 characters, not 206.");
    }

    @Test
    void dates_before_2000_or_in_the_future_are_refused() {
        ObjectNode file = exportOfAUserWithAPlan();

        assertRefused(with(file, f -> ((ObjectNode) f.get("ratingHistory").get(0)).put("changedAt", "1000-01-01T00:00:00Z")),
                "ratingHistory[0].changedAt: must be between 2000-01-01 and now, not 1000-01-01T00:00:00Z.");
        assertRefused(with(file, f -> ((ObjectNode) f.get("ratingHistory").get(0)).put("changedAt", "2999-01-01T00:00:00Z")),
                "ratingHistory[0].changedAt: must be between 2000-01-01 and now, not 2999-01-01T00:00:00Z.");
        assertRefused(with(file, f -> ((ObjectNode) f.get("plans").get(0)).put("startsOn", "1999-12-31")),
                "plans[0].startsOn: must be between 2000-01-01 and " + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1) + ", not 1999-12-31.");
    }

    @Test
    void a_file_cannot_hold_more_entries_than_the_app_could_ever_produce() {
        ObjectNode file = exportOfAUserWithAPlan();
        int skills = catalogService.catalog().skills().size();
        int roles = catalogService.catalog().roles().size();

        assertRefused(with(file, f -> {
            ArrayNode ratings = JSON.createArrayNode();
            for (int i = 0; i <= skills; i++) {
                ratings.add(JSON.createObjectNode().put("skill", "statistics").put("level", 1));
            }
            f.set("ratings", ratings);
        }), "ratings: at most " + skills + " entries (one per skill in the catalog), not " + (skills + 1) + ".");
        assertRefused(with(file, f -> {
            ArrayNode history = JSON.createArrayNode();
            for (int i = 0; i < 10_001; i++) {
                history.add(f.get("ratingHistory").get(0).deepCopy());
            }
            f.set("ratingHistory", history);
        }), "ratingHistory: at most 10000 entries, not 10001.");
        assertRefused(with(file, f -> {
            ArrayNode plans = (ArrayNode) f.get("plans");
            for (int i = 0; i < roles; i++) {
                plans.add(plans.get(0).deepCopy());
            }
        }), "plans: at most " + roles + " entries (one per role in the catalog and one per target in the file), not " + (roles + 1) + ".");
        assertRefused(with(file, f -> {
            ArrayNode steps = (ArrayNode) f.get("plans").get(0).get("steps");
            for (int i = 0; i < 1000; i++) {
                steps.add(((ObjectNode) steps.get(0).deepCopy()).put("key", "skill:copy-" + i));
            }
        }), "plans[0].steps: at most " + maxSteps("machine-learning-engineer") + " steps (what a plan for this role can have), not "
                + (file.get("plans").get(0).get("steps").size() + 1000) + ".");
    }

    @Test
    void an_unreadable_value_is_named_in_plain_words_without_the_librarys_message() {
        ObjectNode file = exportOfAUserWithAPlan();

        String level = refusal(with(file, f -> ((ObjectNode) f.get("ratings").get(0)).put("level", "high")));
        String nullPace = refusal(with(file, f -> ((ObjectNode) f.get("plans").get(0)).putNull("hoursPerWeek")));
        String fraction = refusal(with(file, f -> firstSkillStep(f).put("effortHours", 2.5)));
        String date = refusal(with(file, f -> ((ObjectNode) f.get("plans").get(0)).put("startsOn", "next Tuesday")));
        String unknownField = refusal(with(file, f -> ((ObjectNode) f.get("ratings").get(0)).put("colour", "red")));
        String notJson = refusal("{\"format\": \"skillpath-user-data\", \"version\": 1,\n \"ratings\": [ }".getBytes(StandardCharsets.UTF_8));

        assertThat(level).isEqualTo("The file could not be read as Skillpath data: ratings[0].level: a whole number 0-4 is required.");
        assertThat(nullPace).isEqualTo("The file could not be read as Skillpath data: plans[0].hoursPerWeek: a whole number 1-40 is required.");
        assertThat(fraction).isEqualTo("The file could not be read as Skillpath data: plans[0].steps[0].effortHours: "
                + "a whole number of hours, 1-10000 is required.");
        assertThat(date).isEqualTo("The file could not be read as Skillpath data: plans[0].startsOn: a date like 2026-01-31 is required.");
        assertThat(unknownField).isEqualTo("The file could not be read as Skillpath data: ratings[0].colour is not part of a Skillpath data file.");
        assertThat(notJson).isEqualTo("The file could not be read as Skillpath data: it is not valid JSON (line 2, column 15).");
        for (String message : new String[] {level, nullPace, fraction, date, unknownField, notJson}) {
            assertThat(message).doesNotContain("`").doesNotContain("DeserializationFeature").doesNotContain("jackson")
                    .doesNotContain("java.").doesNotContain("Cannot");
        }
    }

    @Test
    void a_number_far_out_of_range_is_named_by_its_entry_not_called_invalid_json() {
        ObjectNode file = exportOfAUserWithAPlan();
        String exported = new String(with(file, f -> { }), StandardCharsets.UTF_8);

        // valid JSON whose numbers do not fit a whole number: the place in the file says more than a line and column
        String level = refusal(exported.replaceFirst("\"level\" ?: ?\\d", "\"level\":10000000000").getBytes(StandardCharsets.UTF_8));
        String version = refusal(exported.replaceFirst("\"version\" ?: ?\\d+", "\"version\":-99999999999999999999999")
                .getBytes(StandardCharsets.UTF_8));
        String pace = refusal(exported.replaceFirst("\"hoursPerWeek\" ?: ?\\d+", "\"hoursPerWeek\":2147483648")
                .getBytes(StandardCharsets.UTF_8));
        String digits = refusal(exported.replaceFirst("\"level\" ?: ?\\d", "\"level\":" + "9".repeat(2000))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(level).isEqualTo("The file could not be read as Skillpath data: ratings[0].level: a whole number 0-4 is required.");
        assertThat(version).isEqualTo("The file could not be read as Skillpath data: version: a whole number is required.");
        assertThat(pace).isEqualTo("The file could not be read as Skillpath data: plans[0].hoursPerWeek: a whole number 1-40 is required.");
        assertThat(digits).isEqualTo("The file could not be read as Skillpath data: ratings[0]: a value there is longer, "
                + "or nested deeper, than any Skillpath data file has.");
    }

    @Test
    void a_value_of_the_wrong_kind_is_refused_not_coerced() {
        ObjectNode file = exportOfAUserWithAPlan();

        // "3" is not 3, and 42 is not a note: a file Skillpath wrote never has them, so one that does is not taken on trust
        assertRefused(with(file, f -> ((ObjectNode) f.get("ratings").get(0)).put("level", "1")),
                "The file could not be read as Skillpath data: ratings[0].level: a whole number 0-4 is required.");
        assertRefused(with(file, f -> f.put("version", String.valueOf(f.get("version").asInt()))),
                "The file could not be read as Skillpath data: version: a whole number is required.");
        assertRefused(with(file, f -> ((ObjectNode) f.get("ratings").get(1)).put("note", 42)),
                "The file could not be read as Skillpath data: ratings[1].note: text is required.");
        assertRefused(with(file, f -> ((ArrayNode) f.get("tools")).add(7)),
                "The file could not be read as Skillpath data: tools[0]: text is required.");
        assertRefused(with(file, f -> firstSkillStep(f).put("closedByRating", "false")),
                "The file could not be read as Skillpath data: plans[0].steps[0].closedByRating: true or false is required.");
    }

    @Test
    void a_file_over_5_mb_is_refused_before_it_is_parsed() {
        logIn(testAccounts.create("big"));
        // a valid file, padded with JSON whitespace past the limit: only its size is wrong
        byte[] padded = (" ".repeat(UserDataService.MAX_FILE_BYTES) + "{\"format\":\"skillpath-user-data\",\"version\":1,"
                + "\"ratings\":[{\"skill\":\"statistics\",\"level\":3,\"note\":null}],\"ratingHistory\":[],"
                + "\"education\":{\"level\":null,\"field\":null},\"tools\":[],\"plans\":[]}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> userDataService.importIntoMine(padded)).isInstanceOf(TransferException.class)
                .hasMessage("The file is larger than 5 MB, more than any Skillpath data file can be, so it was not read.");
        assertThat(assessmentService.mine().hasAnyAnswer()).isFalse();
    }

    @Test
    void an_upload_of_6_mb_is_not_read_past_the_limit() throws IOException {
        CountingInputStream sixMegabytes = new CountingInputStream(6 * 1024 * 1024);

        assertThatThrownBy(() -> UserDataService.readFile(sixMegabytes)).isInstanceOf(TransferException.class)
                .hasMessageStartingWith("The file is larger than 5 MB");
        assertThat(sixMegabytes.bytesRead()).isEqualTo(UserDataService.MAX_FILE_BYTES + 1);

        CountingInputStream small = new CountingInputStream(1000);
        assertThat(UserDataService.readFile(small)).hasSize(1000);
    }

    @Test
    void a_constraint_the_checks_did_not_catch_is_reported_as_a_problem_with_the_file_and_nothing_is_kept() {
        Account account = testAccounts.create("last-line");
        logIn(account);
        // bypasses the checks on purpose: the same skill rated twice breaks skill_rating's primary key
        UserDataFile file = JSON.readValue(("{\"format\":\"skillpath-user-data\",\"version\":1,\"ratings\":["
                + "{\"skill\":\"statistics\",\"level\":3,\"note\":null},{\"skill\":\"statistics\",\"level\":2,\"note\":null}],"
                + "\"ratingHistory\":[],\"education\":{\"level\":null,\"field\":null},\"tools\":[],\"plans\":[]}"), UserDataFile.class);

        assertThatThrownBy(() -> userDataService.store(file)).isInstanceOf(TransferException.class)
                .hasMessage("The file holds a value Skillpath cannot store (for example text or a number outside what Skillpath "
                        + "accepts). Use a file exported from Skillpath, unchanged.");
        assertThat(dsl.fetchCount(SKILL_RATING, SKILL_RATING.OWNER_ID.eq(account.id()))).isZero();
    }

    /** A user with ratings, history, notes and a plan exports; the file is then imported by a new, empty account. */
    private ObjectNode exportOfAUserWithAPlan() {
        logIn(testAccounts.create("source"));
        assessmentService.rate("statistics", 1);
        assessmentService.rate("programming", 1);
        assessmentService.saveNote("programming", "A note");
        planService.createPlan("machine-learning-engineer", 6);
        String exported = userDataService.exportMine();
        logIn(testAccounts.create("target"));
        return (ObjectNode) JSON.readTree(exported);
    }

    private static byte[] with(ObjectNode file, Consumer<ObjectNode> change) {
        ObjectNode copy = file.deepCopy();
        change.accept(copy);
        return JSON.writeValueAsBytes(copy);
    }

    private static ObjectNode step(ObjectNode file, int plan, int step) {
        return (ObjectNode) file.get("plans").get(plan).get("steps").get(step);
    }

    private static ObjectNode firstSkillStep(ObjectNode file) {
        ObjectNode first = step(file, 0, 0);
        assertThat(first.get("kind").asString()).isEqualTo("skill");
        return first;
    }

    private static int lastStepIndex(ObjectNode file) {
        return file.get("plans").get(0).get("steps").size() - 1;
    }

    private int maxSteps(String roleKey) {
        var catalog = catalogService.catalog();
        return catalog.skills().size() + 1 + catalog.role(roleKey).orElseThrow().tips().size();
    }

    private String refusal(byte[] content) {
        try {
            userDataService.importIntoMine(content);
        } catch (TransferException e) {
            assertNothingStored();
            return e.getMessage();
        }
        throw new AssertionError("The file was accepted");
    }

    private void assertRefused(byte[] content, String message) {
        assertThat(refusal(content)).isEqualTo(message);
    }

    private void assertNothingStored() {
        assertThat(assessmentService.mine().hasAnyAnswer()).isFalse();
        assertThat(assessmentService.myHistory()).isEmpty();
        assertThat(planService.myPlanRoleKeys()).isEmpty();
    }
}

package app.skillpath.transfer;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.plan.PlanService;
import app.skillpath.review.CheckIn;
import app.skillpath.review.ReviewScope;
import app.skillpath.review.ReviewService;
import app.skillpath.review.ReviewSummary;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.db.generated.Tables.CHECK_IN;
import static app.skillpath.db.generated.Tables.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Check-ins in the data file (version 3): exported without the reviewer, imported with no review, refused when bad. */
@SpringTest
class CheckInTransferTest {

    @Autowired
    UserDataService userDataService;

    @Autowired
    ReviewService reviews;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    TargetService targetService;

    @Autowired
    PlanService planService;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Account reviewer;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * An owner with a target, a submitted review of two skills (one level with a comment, one "can't judge") and two
     * check-ins of it, the second after adopting the reviewer's level; the owner stays logged in.
     */
    private Account ownerWithCheckIns(String prefix) {
        Account owner = testAccounts.create(prefix);
        reviewer = testAccounts.create(prefix + ".reviewer");
        logIn(owner);
        assessmentService.rate("statistics", 2);
        assessmentService.rate("programming", 1);
        targetService.create(new TargetDraft("My own role", "", "", "",
                List.of(TargetDraft.SkillDraft.catalog("statistics", 3, 2, true)), Optional.empty(), List.of()));
        String token = reviews.invite(new ReviewScope.Picked(List.of("statistics", "programming")), false).token();
        logIn(reviewer);
        long review = reviews.accept(token);
        reviews.answer(review, "statistics", 3, false);
        reviews.comment(review, "statistics", "Solid | with \"quotes\", ünïcödé and a line\nbreak");
        reviews.answer(review, "programming", null, true);
        reviews.submit(review);
        logIn(owner);
        reviews.checkIn(review);
        reviews.adopt(review, "statistics");
        reviews.checkIn(review);
        return owner;
    }

    private ObjectNode exportOfOwnerWithCheckIns() {
        ownerWithCheckIns("ci.source");
        String exported = userDataService.exportMine();
        logIn(testAccounts.create("ci.target"));
        return (ObjectNode) JSON.readTree(exported);
    }

    @Test
    void check_ins_survive_export_and_import_into_a_new_account_from_a_former_reviewer() {
        Account owner = ownerWithCheckIns("ci.leaver");
        List<CheckIn> before = reviews.myCheckIns();
        String exported = userDataService.exportMine();

        Account arrival = testAccounts.create("ci.arrival");
        logIn(arrival);
        userDataService.importIntoMine(exported.getBytes(StandardCharsets.UTF_8));

        List<CheckIn> after = reviews.myCheckIns();
        assertThat(before).hasSize(2).allMatch(checkIn -> checkIn.reviewerLabel().equals(reviewer.name()));
        assertThat(after).extracting(CheckIn::takenAt).containsExactlyElementsOf(before.stream().map(CheckIn::takenAt).toList());
        assertThat(after).extracting(CheckIn::snapshot).containsExactlyElementsOf(before.stream().map(CheckIn::snapshot)
                .map(CheckInTransferTest::withoutTargetKeys).toList());
        assertThat(after).extracting(CheckIn::reviewerLabel).containsOnly(ReviewSummary.FORMER_REVIEWER);
        assertThat(dsl.fetchCount(CHECK_IN, CHECK_IN.OWNER_ID.eq(arrival.id()).and(CHECK_IN.REVIEW_ID.isNull()))).isEqualTo(2);
        // the check-ins carry what the domain froze: a level and comment, a "can't judge", the adopted level, a target's fit
        CheckIn.Snapshot second = after.getFirst().snapshot();
        assertThat(second.items()).extracting(CheckIn.Item::skill, CheckIn.Item::ownLevel, CheckIn.Item::reviewerLevel,
                CheckIn.Item::cannotJudge, CheckIn.Item::agreedLevel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("statistics", 2, 3, false, 3),
                org.assertj.core.groups.Tuple.tuple("programming", 1, null, true, 1));
        assertThat(second.items().getFirst().comment()).contains("ünïcödé");
        assertThat(second.fits()).anyMatch(fit -> fit.title().equals("My own role") && fit.key() == null);
        assertThat(userDataService.exportMine()).isEqualTo(exported);
        // the import read the owner's data only: the owner's check-ins and review are as they were
        logIn(owner);
        assertThat(reviews.myCheckIns()).isEqualTo(before);
        assertThat(dsl.fetchCount(REVIEW, REVIEW.OWNER_ID.eq(arrival.id()))).isZero();
    }

    @Test
    void the_file_names_neither_the_reviewer_nor_a_target_by_its_id() {
        ownerWithCheckIns("ci.private");
        String exported = userDataService.exportMine();

        assertThat(exported).contains("\"version\" : 3").contains("\"checkIns\" : [")
                .contains("\"takenAt\"").contains("\"title\" : \"My own role\"")
                .doesNotContain(reviewer.username()).doesNotContain(TargetKey.TARGET_PREFIX).doesNotContain("\"reviewerLabel\"");
        // oldest first, the order they are imported in (so check-ins taken at the same instant keep their order)
        var checkIns = JSON.readTree(exported).get("checkIns");
        assertThat(Instant.parse(checkIns.get(0).get("takenAt").asString()))
                .isBefore(Instant.parse(checkIns.get(1).get("takenAt").asString()));
    }

    @Test
    void a_version_2_file_still_imports_without_check_ins_and_one_with_check_ins_is_refused() {
        ObjectNode file = exportOfOwnerWithCheckIns();

        assertRefused(with(file, f -> f.put("version", 2)), "checkIns: not part of a version 2 file (it came with version 3).");
        assertRefused(with(file, f -> f.remove("checkIns")), "checkIns: the section is missing.");
        userDataService.importIntoMine(with(file, f -> f.put("version", 2).remove("checkIns")));

        assertThat(reviews.myCheckIns()).isEmpty();
        assertThat(assessmentService.mine().level("statistics")).contains(3);
        assertThat(targetService.mine().targets()).hasSize(1);
    }

    @Test
    void a_check_in_naming_a_skill_this_catalog_lacks_is_kept_as_frozen() {
        ObjectNode file = exportOfOwnerWithCheckIns();

        userDataService.importIntoMine(with(file, f -> item(f, 0, 0).put("skill", "alchemy").put("skillName", "Alchemy")));

        assertThat(reviews.myCheckIns().getLast().snapshot().items().getFirst())
                .extracting(CheckIn.Item::skill, CheckIn.Item::skillName).containsExactly("alchemy", "Alchemy");
    }

    @Test
    void bad_check_ins_are_refused_with_the_entry_named_and_nothing_is_stored() {
        ObjectNode file = exportOfOwnerWithCheckIns();

        assertRefused(with(file, f -> {
            ArrayNode checkIns = (ArrayNode) f.get("checkIns");
            while (checkIns.size() <= ReviewService.MAX_CHECK_INS) {
                checkIns.add(checkIns.get(0).deepCopy());
            }
        }), "checkIns: at most 500 entries (the most an account keeps), not 501.");
        assertRefused(with(file, f -> item(f, 1, 0).put("ownLevel", 9)),
                "checkIns[1].items[0].ownLevel: must be a whole number 0-4, not 9.");
        assertRefused(with(file, f -> item(f, 0, 1).put("agreedLevel", -1)),
                "checkIns[0].items[1].agreedLevel: must be a whole number 0-4, not -1.");
        assertRefused(with(file, f -> item(f, 0, 0).put("comment", "before\u0000after")),
                "checkIns[0].items[0].comment: it contains a NUL character (\\u0000), which cannot be stored.");
        assertRefused(with(file, f -> item(f, 0, 0).put("comment", "c".repeat(2001))),
                "checkIns[0].items[0].comment: must be at most 2000 characters, not 2001.");
        assertRefused(with(file, f -> item(f, 0, 0).put("skillName", "n".repeat(301))),
                "checkIns[0].items[0].skillName: must be 1 to 300 characters, not 301.");
        assertRefused(with(file, f -> item(f, 0, 1).put("reviewerLevel", 2)),
                "checkIns[0].items[1].cannotJudge: the reviewer gave a level or could not judge, not both.");
        assertRefused(with(file, f -> checkIn(f, 0).put("takenAt", "1999-12-31T23:59:59Z")),
                "checkIns[0].takenAt: must be between 2000-01-01 and now, not 1999-12-31T23:59:59Z.");
        assertRefused(with(file, f -> checkIn(f, 1).put("reviewSubmittedAt", "2999-01-01T00:00:00Z")),
                "checkIns[1].reviewSubmittedAt: must be between 2000-01-01 and now, not 2999-01-01T00:00:00Z.");
        assertRefused(with(file, f -> fit(f, 0, 0).put("own", 101)),
                "checkIns[0].fits[0].own: must be a whole number 0-100, not 101.");
        assertRefused(with(file, f -> fit(f, 0, 0).putNull("lower")),
                "checkIns[0].fits[0].lower: a whole number 0-100 is required.");
        assertRefused(with(file, f -> checkIn(f, 0).put("scope", "")),
                "checkIns[0].scope: must be 1 to 300 characters, not 0.");
        assertRefused(with(file, f -> {
            ArrayNode fits = (ArrayNode) checkIn(f, 0).get("fits");
            while (fits.size() <= Check.MAX_CHECK_IN_FITS) {
                fits.add(fits.get(0).deepCopy());
            }
        }), "checkIns[0].fits: at most 300 entries, not 301.");
        assertRefused(with(file, f -> fit(f, 0, 0).put("reviewer", "high")),
                "The file could not be read as Skillpath data: checkIns[0].fits[0].reviewer: a whole number 0-100 is required.");
    }

    @Test
    void a_check_in_of_more_json_than_the_database_keeps_is_refused_before_it_is_written() {
        ObjectNode file = exportOfOwnerWithCheckIns();

        String refusal = refusal(with(file, f -> {
            ArrayNode items = (ArrayNode) checkIn(f, 0).get("items");
            ObjectNode first = (ObjectNode) items.get(0);
            // 300 comments of 2,000 "€" (3 bytes each in UTF-8): 1.8 MB, within the file's 5 MB and every item's own
            // bounds, but more than one check-in may hold
            while (items.size() < 300) {
                items.add(first.deepCopy().put("comment", "€".repeat(2000)));
            }
        }));

        assertThat(refusal).startsWith("checkIns[0]: at most 1500000 bytes of JSON, not ");
    }

    @Test
    void an_account_that_keeps_a_check_in_takes_no_import() {
        byte[] file = JSON.writeValueAsBytes(exportOfOwnerWithCheckIns());
        Account holder = testAccounts.create("ci.holder");
        Account helper = testAccounts.create("ci.helper");
        logIn(holder);
        String token = reviews.invite(new ReviewScope.Picked(List.of("statistics")), false).token();
        logIn(helper);
        long review = reviews.accept(token);
        reviews.answer(review, "statistics", 2, false);
        reviews.submit(review);
        logIn(holder);
        reviews.checkIn(review);

        assertThatThrownBy(() -> userDataService.importIntoMine(file)).isInstanceOf(TransferException.class)
                .hasMessage("Import only works into an account without answers or plans yet. Targets, skills of your own "
                        + "and check-ins count as well. Use a new account, or delete this one's data first.");
        assertThat(reviews.myCheckIns()).hasSize(1);
        assertThat(assessmentService.mine().hasAnyAnswer()).isFalse();
    }

    @Test
    void a_check_in_is_imported_only_inside_the_imports_transaction() {
        logIn(testAccounts.create("ci.direct"));
        CheckIn.Snapshot snapshot = new CheckIn.Snapshot("All skills", Instant.parse("2026-01-01T00:00:00Z"), List.of(), List.of());

        assertThatThrownBy(() -> reviews.importCheckIn(Instant.parse("2026-01-02T00:00:00Z"), snapshot))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(reviews.myCheckIns()).isEmpty();
    }

    /** What an import gives back: a target's fit has no key (the file holds no ids). */
    private static CheckIn.Snapshot withoutTargetKeys(CheckIn.Snapshot snapshot) {
        return new CheckIn.Snapshot(snapshot.scope(), snapshot.reviewSubmittedAt(), snapshot.items(), snapshot.fits().stream()
                .map(fit -> TargetKey.isTarget(fit.key()) ? new CheckIn.Fit(null, fit.title(), fit.own(), fit.reviewer(), fit.lower()) : fit)
                .toList());
    }

    private static ObjectNode checkIn(ObjectNode file, int index) {
        return (ObjectNode) file.get("checkIns").get(index);
    }

    private static ObjectNode item(ObjectNode file, int checkIn, int item) {
        return (ObjectNode) checkIn(file, checkIn).get("items").get(item);
    }

    private static ObjectNode fit(ObjectNode file, int checkIn, int fit) {
        return (ObjectNode) checkIn(file, checkIn).get("fits").get(fit);
    }

    private static byte[] with(ObjectNode file, Consumer<ObjectNode> change) {
        ObjectNode copy = file.deepCopy();
        change.accept(copy);
        return JSON.writeValueAsBytes(copy);
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
        assertThat(reviews.myCheckIns()).isEmpty();
        assertThat(assessmentService.mine().hasAnyAnswer()).isFalse();
        assertThat(assessmentService.myHistory()).isEmpty();
        assertThat(planService.myPlanRoleKeys()).isEmpty();
        assertThat(targetService.mine().targets()).isEmpty();
    }
}

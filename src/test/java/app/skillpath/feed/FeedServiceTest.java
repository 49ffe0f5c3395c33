package app.skillpath.feed;

import app.skillpath.SpringTest;
import app.skillpath.StatementCounter;
import app.skillpath.account.Account;
import app.skillpath.account.AccountService;
import app.skillpath.account.TestAccounts;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.APP_USER;
import static app.skillpath.db.generated.Tables.CALENDAR_FEED;
import static app.skillpath.db.generated.Tables.PLAN;
import static app.skillpath.db.generated.Tables.PLAN_STEP;
import static app.skillpath.db.generated.Tables.ROLE;
import static app.skillpath.db.generated.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The feed's token in the database (hash only, replace, turn off, cascade) and what a token's feed holds. */
@SpringTest
class FeedServiceTest {

    private static final URI HOME = URI.create("http://localhost/");

    @Autowired
    FeedService feedService;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountService accountService;

    @Autowired
    DSLContext dsl;

    private Account ada;
    private Account bob;

    @BeforeEach
    void accounts() {
        ada = testAccounts.create("feed.ada");
        bob = testAccounts.create("feed.bob");
        TestAccounts.logIn(ada);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void only_the_tokens_sha256_is_stored_never_the_token_or_its_bytes() {
        String token = feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));

        assertThat(Base64.getUrlDecoder().decode(token)).as("256 random bits").hasSize(32);
        var row = dsl.selectFrom(CALENDAR_FEED).where(CALENDAR_FEED.OWNER_ID.eq(ada.id())).fetchSingle();
        assertThat(row.getTokenHash()).isEqualTo(FeedToken.sha256(token));
        String everythingStored = row.formatCSV() + HexFormat.of().formatHex(row.getTokenHash());
        assertThat(everythingStored).doesNotContain(token)
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(Base64.getUrlDecoder().decode(token)))
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(token.getBytes(StandardCharsets.US_ASCII)));
        assertThat(feedService.mine()).contains(new FeedSettings(DayOfWeek.MONDAY, LocalTime.of(9, 0)));
    }

    @Test
    void the_feed_holds_the_open_dated_steps_of_every_plan_and_nothing_else() throws Exception {
        long rolePlan = rolePlan(ada);
        long targetPlan = targetPlan(ada, "Secret employer analyst role");
        long open = step(ada, rolePlan, "Learn SQL", "todo", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), "my private note");
        long going = step(ada, targetPlan, "Ship a model", "in-progress", LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 20), null);
        step(ada, rolePlan, "Done already", "done", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7), null);
        step(ada, rolePlan, "Skipped one", "skipped", LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 9), null);
        step(ada, targetPlan, "Not dated", "todo", null, null, null);
        String token = feedService.turnOn(DayOfWeek.FRIDAY, LocalTime.of(17, 0));

        String text = feedService.calendar(token, HOME).orElseThrow();

        Calendar calendar = FeedCalendarTest.parse(text);
        assertThat(FeedCalendarTest.events(calendar).stream().filter(event -> event.getUid().orElseThrow().getValue()
                .startsWith("step-")).map(FeedServiceTest::asStep))
                .containsExactlyInAnyOrder(
                        new FeedStep(open, "Learn SQL", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7)),
                        new FeedStep(going, "Ship a model", LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 20)));
        String roleTitle = dsl.select(ROLE.TITLE).from(ROLE).join(PLAN).on(PLAN.ROLE_ID.eq(ROLE.ID))
                .where(PLAN.ID.eq(rolePlan)).fetchSingle().value1();
        assertThat(text).doesNotContain("my private note", "Secret employer", roleTitle, "feed.ada", "Tester");
    }

    @Test
    void the_feed_follows_the_plans_as_they_change_and_the_users_time_zone() throws Exception {
        long plan = rolePlan(ada);
        long step = step(ada, plan, "Learn SQL", "todo", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), null);
        String token = feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));
        assertThat(feedService.calendar(token, HOME).orElseThrow()).contains("Learn SQL");

        dsl.update(PLAN_STEP).set(PLAN_STEP.STATUS, "done").where(PLAN_STEP.ID.eq(step)).execute();
        accountService.changeTimeZone("America/New_York");

        String text = feedService.calendar(token, HOME).orElseThrow();
        assertThat(text).doesNotContain("Learn SQL").contains("DTSTART;TZID=America/New_York:");
    }

    @Test
    void replacing_the_address_stops_the_old_token_at_once_and_keeps_the_review() {
        String old = feedService.turnOn(DayOfWeek.TUESDAY, LocalTime.of(8, 15));

        String replacement = feedService.replaceAddress();

        assertThat(replacement).isNotEqualTo(old);
        assertThat(feedService.calendar(old, HOME)).isEmpty();
        assertThat(feedService.calendar(replacement, HOME)).isPresent();
        assertThat(dsl.fetchCount(CALENDAR_FEED, CALENDAR_FEED.OWNER_ID.eq(ada.id()))).isEqualTo(1);
        assertThat(feedService.mine()).contains(new FeedSettings(DayOfWeek.TUESDAY, LocalTime.of(8, 15)));
    }

    @Test
    void turning_the_feed_off_deletes_its_row_and_its_token_finds_nothing() {
        String token = feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));

        feedService.turnOff();

        assertThat(feedService.calendar(token, HOME)).isEmpty();
        assertThat(dsl.fetchCount(CALENDAR_FEED, CALENDAR_FEED.OWNER_ID.eq(ada.id()))).isZero();
        assertThat(feedService.mine()).isEmpty();
        assertThatThrownBy(feedService::replaceAddress).isInstanceOf(FeedException.class);
    }

    @Test
    void turning_it_on_again_gives_a_new_address_and_the_old_one_stays_dead() {
        String first = feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));
        feedService.turnOff();

        String second = feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));

        assertThat(feedService.calendar(first, HOME)).isEmpty();
        assertThat(feedService.calendar(second, HOME)).isPresent();
    }

    @Test
    void deleting_the_account_deletes_the_feed_with_it() {
        String token = feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));

        testAccounts.delete(ada);

        assertThat(dsl.fetchCount(CALENDAR_FEED, CALENDAR_FEED.OWNER_ID.eq(ada.id()))).isZero();
        assertThat(feedService.calendar(token, HOME)).isEmpty();
    }

    @Test
    void each_token_returns_only_its_owners_steps_and_one_users_changes_leave_the_others_feed_alone() {
        step(ada, rolePlan(ada), "Ada's step", "todo", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), null);
        step(bob, rolePlan(bob), "Bob's step", "todo", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), null);
        String adasToken = feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));
        TestAccounts.logIn(bob);
        String bobsToken = feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));

        assertThat(feedService.calendar(bobsToken, HOME).orElseThrow()).contains("Bob's step").doesNotContain("Ada's step");
        assertThat(feedService.calendar(adasToken, HOME).orElseThrow()).contains("Ada's step").doesNotContain("Bob's step");

        // Bob's session replaces and turns off Bob's feed only
        feedService.replaceAddress();
        feedService.turnOff();
        assertThat(feedService.calendar(adasToken, HOME).orElseThrow()).contains("Ada's step");
        TestAccounts.logIn(ada);
        assertThat(feedService.mine()).isPresent();
    }

    @Test
    void unknown_malformed_and_overlong_tokens_find_nothing() {
        feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));

        for (String given : List.of(FeedToken.generate(), "", "not a token!", "a".repeat(5000), "%00", "../../etc")) {
            assertThat(feedService.calendar(given, HOME)).as(given.length() > 40 ? "overlong" : given).isEmpty();
        }
        assertThat(FeedToken.hashOfGiven("a".repeat(5000))).isEqualTo(FeedToken.hashOfGiven("!"))
                .as("whatever is malformed costs one hash of nothing").isEqualTo(FeedToken.sha256(""));
    }

    @Test
    void reading_a_feed_is_one_statement_however_many_plans_there_are() {
        for (int i = 0; i < 3; i++) {
            long plan = i == 0 ? rolePlan(ada) : targetPlan(ada, "Target " + i);
            step(ada, plan, "Step " + i, "todo", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), null);
        }
        String token = feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));
        StatementCounter.reset();

        Optional<String> feed = feedService.calendar(token, HOME);
        feedService.calendar(FeedToken.generate(), HOME);

        assertThat(feed.orElseThrow()).contains("Step 0", "Step 1", "Step 2");
        assertThat(StatementCounter.count()).as(String.join("\n", StatementCounter.statements())).isEqualTo(2);
    }

    @Test
    void the_review_can_be_moved_and_a_turn_on_without_a_time_is_refused() {
        feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));

        feedService.changeReview(DayOfWeek.SUNDAY, LocalTime.of(20, 45, 31));

        assertThat(feedService.mine()).contains(new FeedSettings(DayOfWeek.SUNDAY, LocalTime.of(20, 45)));
        assertThatThrownBy(() -> feedService.turnOn(DayOfWeek.MONDAY, null)).isInstanceOf(FeedException.class);
    }

    private static FeedStep asStep(VEvent event) {
        String uid = event.getUid().orElseThrow().getValue();
        long id = Long.parseLong(uid.substring("step-".length(), uid.indexOf('@')));
        LocalDate start = (LocalDate) event.getDateTimeStart().getDate();
        LocalDate endExclusive = (LocalDate) event.getDateTimeEnd().getDate();
        return new FeedStep(id, event.getSummary().getValue(), start, endExclusive.minusDays(1));
    }

    private long rolePlan(Account owner) {
        long role = dsl.select(ROLE.ID).from(ROLE).orderBy(ROLE.ID).limit(1).fetchSingle().value1();
        return dsl.insertInto(PLAN, PLAN.OWNER_ID, PLAN.ROLE_ID, PLAN.HOURS_PER_WEEK, PLAN.STARTS_ON)
                .values(owner.id(), role, 5, LocalDate.of(2026, 11, 1)).returningResult(PLAN.ID).fetchSingle().value1();
    }

    private long targetPlan(Account owner, String title) {
        long target = dsl.insertInto(TARGET, TARGET.OWNER_ID, TARGET.TITLE).values(owner.id(), title)
                .returningResult(TARGET.ID).fetchSingle().value1();
        return dsl.insertInto(PLAN, PLAN.OWNER_ID, PLAN.TARGET_ID, PLAN.HOURS_PER_WEEK, PLAN.STARTS_ON)
                .values(owner.id(), target, 5, LocalDate.of(2026, 11, 1)).returningResult(PLAN.ID).fetchSingle().value1();
    }

    private long step(Account owner, long plan, String title, String status, LocalDate startsOn, LocalDate dueOn,
                      String note) {
        return dsl.insertInto(PLAN_STEP, PLAN_STEP.PLAN_ID, PLAN_STEP.OWNER_ID, PLAN_STEP.STEP_KEY, PLAN_STEP.POSITION,
                        PLAN_STEP.KIND, PLAN_STEP.TITLE, PLAN_STEP.ARTICLE_TIPS, PLAN_STEP.ACTION, PLAN_STEP.STARTS_ON,
                        PLAN_STEP.DUE_ON, PLAN_STEP.STATUS, PLAN_STEP.NOTE)
                .values(plan, owner.id(), title, 1, "skill", title, new String[0], "Practise.", startsOn, dueOn, status, note)
                .returningResult(PLAN_STEP.ID).fetchSingle().value1();
    }
}

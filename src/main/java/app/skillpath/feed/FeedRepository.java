package app.skillpath.feed;

import app.skillpath.account.TimeZones;
import app.skillpath.plan.StepStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.APP_USER;
import static app.skillpath.db.generated.Tables.CALENDAR_FEED;
import static app.skillpath.db.generated.Tables.PLAN_STEP;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

/**
 * The calendar feed rows: one per user that has the feed on, holding the SHA-256 of the address's token (never the
 * token) and the weekly review's weekday and time. Writes take the owner's id; reading a feed takes only a hash.
 */
@Repository
public class FeedRepository {

    private static final List<String> OPEN_STATUSES = Arrays.stream(StepStatus.values())
            .filter(StepStatus::isOpen).map(StepStatus::key).toList();

    /** The open steps with both dates of every plan of the feed row's owner (a correlated multiset). */
    private static final Field<List<FeedStep>> OPEN_DATED_STEPS = multiset(
            select(PLAN_STEP.ID, PLAN_STEP.TITLE, PLAN_STEP.STARTS_ON, PLAN_STEP.DUE_ON).from(PLAN_STEP)
                    .where(PLAN_STEP.OWNER_ID.eq(CALENDAR_FEED.OWNER_ID))
                    .and(PLAN_STEP.STATUS.in(OPEN_STATUSES))
                    .and(PLAN_STEP.STARTS_ON.isNotNull()).and(PLAN_STEP.DUE_ON.isNotNull())
                    .orderBy(PLAN_STEP.STARTS_ON, PLAN_STEP.ID))
            .convertFrom(steps -> steps.map(Records.mapping(FeedStep::new)));

    private final DSLContext dsl;

    public FeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<FeedSettings> find(long ownerId) {
        return dsl.select(CALENDAR_FEED.REVIEW_WEEKDAY, CALENDAR_FEED.REVIEW_TIME).from(CALENDAR_FEED)
                .where(CALENDAR_FEED.OWNER_ID.eq(ownerId))
                .fetchOptional(row -> new FeedSettings(DayOfWeek.of(row.value1()), row.value2()));
    }

    /** Turns the owner's feed on with this hash; a feed already on (another tab) gets the new hash and times. */
    public void turnOn(long ownerId, byte[] tokenHash, DayOfWeek reviewDay, LocalTime reviewTime, OffsetDateTime now) {
        dsl.insertInto(CALENDAR_FEED, CALENDAR_FEED.OWNER_ID, CALENDAR_FEED.TOKEN_HASH, CALENDAR_FEED.REVIEW_WEEKDAY,
                        CALENDAR_FEED.REVIEW_TIME, CALENDAR_FEED.CREATED_AT)
                .values(ownerId, tokenHash, weekday(reviewDay), reviewTime, now)
                .onConflict(CALENDAR_FEED.OWNER_ID).doUpdate()
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.REVIEW_WEEKDAY, weekday(reviewDay))
                .set(CALENDAR_FEED.REVIEW_TIME, reviewTime)
                .execute();
    }

    /** A new hash for the owner's feed, so the old address stops answering; false when the feed is off. */
    public boolean replaceHash(long ownerId, byte[] tokenHash) {
        return dsl.update(CALENDAR_FEED).set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .where(CALENDAR_FEED.OWNER_ID.eq(ownerId)).execute() == 1;
    }

    /** False when the feed is off. */
    public boolean changeReview(long ownerId, DayOfWeek reviewDay, LocalTime reviewTime) {
        return dsl.update(CALENDAR_FEED)
                .set(CALENDAR_FEED.REVIEW_WEEKDAY, weekday(reviewDay))
                .set(CALENDAR_FEED.REVIEW_TIME, reviewTime)
                .where(CALENDAR_FEED.OWNER_ID.eq(ownerId)).execute() == 1;
    }

    /** Turns the owner's feed off (deletes its row); false when it was off already. */
    public boolean delete(long ownerId) {
        return dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.OWNER_ID.eq(ownerId)).execute() == 1;
    }

    /** The feed whose token has this hash, with its owner's zone and open dated steps, in one statement. */
    public Optional<CalendarFeed> findByTokenHash(byte[] tokenHash) {
        return dsl.select(CALENDAR_FEED.OWNER_ID, APP_USER.TIME_ZONE, CALENDAR_FEED.REVIEW_WEEKDAY,
                        CALENDAR_FEED.REVIEW_TIME, CALENDAR_FEED.CREATED_AT, OPEN_DATED_STEPS)
                .from(CALENDAR_FEED).join(APP_USER).on(APP_USER.ID.eq(CALENDAR_FEED.OWNER_ID))
                .where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(row -> {
                    // the column's check admits only names TimeZones accepted; UTC if Java's zone list lost one
                    ZoneId zone = TimeZones.parse(row.value2()).orElse(ZoneOffset.UTC);
                    return new CalendarFeed(FeedToken.seriesId(tokenHash), zone, DayOfWeek.of(row.value3()), row.value4(),
                            row.value5().atZoneSameInstant(zone).toLocalDate(), row.value6());
                });
    }

    private static short weekday(DayOfWeek day) {
        return (short) day.getValue();
    }
}

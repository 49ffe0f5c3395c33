package app.skillpath.review;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.APP_USER;
import static app.skillpath.db.generated.Tables.CHECK_IN;
import static app.skillpath.db.generated.Tables.REVIEW;
import static app.skillpath.db.generated.Tables.REVIEW_SKILL;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.val;

/**
 * Reviews, their skills and answers, and check-ins. Every statement names the party it acts for in its where clause
 * (the owner, or the reviewer of an accepted review), so a request naming someone else's review changes and reads
 * nothing, whatever the page sent.
 */
@Repository
public class ReviewRepository {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final app.skillpath.db.generated.tables.AppUser OWNER = APP_USER.as("owner");
    private static final app.skillpath.db.generated.tables.AppUser REVIEWER = APP_USER.as("reviewer");

    private final DSLContext dsl;

    public ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a new invitation with its skills (catalog keys, in order); returns its id. */
    public long insert(long ownerId, byte[] tokenHash, String scope, boolean sharesNotes, List<String> skillKeys,
                       OffsetDateTime now, OffsetDateTime expiresAt) {
        long id = dsl.insertInto(REVIEW)
                .set(REVIEW.OWNER_ID, ownerId)
                .set(REVIEW.TOKEN_HASH, tokenHash)
                .set(REVIEW.SCOPE, scope)
                .set(REVIEW.SHARES_NOTES, sharesNotes)
                .set(REVIEW.STATE, ReviewState.INVITED.stored())
                .set(REVIEW.CREATED_AT, now)
                .set(REVIEW.EXPIRES_AT, expiresAt)
                .returning(REVIEW.ID).fetchSingle().getId();
        var rows = new ArrayList<org.jooq.Row2<String, Integer>>();
        for (int position = 0; position < skillKeys.size(); position++) {
            rows.add(DSL.row(skillKeys.get(position), position));
        }
        var chosen = DSL.values(rows.toArray(org.jooq.Row2[]::new)).as("chosen", "key", "position");
        dsl.insertInto(REVIEW_SKILL, REVIEW_SKILL.OWNER_ID, REVIEW_SKILL.REVIEW_ID, REVIEW_SKILL.SKILL_ID, REVIEW_SKILL.POSITION)
                .select(select(val(ownerId), val(id), SKILL.ID, chosen.field("position", Integer.class).cast(Short.class))
                        .from(SKILL).join(chosen).on(SKILL.KEY.eq(chosen.field("key", String.class))))
                .execute();
        return id;
    }

    /** Reviews the owner asked for, newest first. */
    public List<ReviewSummary> ofOwner(long ownerId) {
        return summaries(REVIEW.OWNER_ID.eq(ownerId), REVIEWER);
    }

    /** Reviews the user was asked for (accepted, submitted, declined or withdrawn after accepting), newest first. */
    public List<ReviewSummary> ofReviewer(long reviewerId) {
        return summaries(REVIEW.REVIEWER_ID.eq(reviewerId), OWNER);
    }

    private List<ReviewSummary> summaries(Condition whose, app.skillpath.db.generated.tables.AppUser otherParty) {
        Field<Integer> skills = field(selectCount().from(REVIEW_SKILL).where(REVIEW_SKILL.REVIEW_ID.eq(REVIEW.ID)));
        return dsl.select(REVIEW.ID, REVIEW.SCOPE, skills, REVIEW.SHARES_NOTES, REVIEW.STATE, REVIEW.ACCEPTED_AT,
                        REVIEW.REVIEWER_ID, coalesce(otherParty.DISPLAY_NAME, otherParty.USERNAME), REVIEW.CREATED_AT,
                        REVIEW.EXPIRES_AT, REVIEW.CLOSED_AT)
                .from(REVIEW)
                .join(OWNER).on(OWNER.ID.eq(REVIEW.OWNER_ID))
                .leftJoin(REVIEWER).on(REVIEWER.ID.eq(REVIEW.REVIEWER_ID))
                .where(whose)
                .orderBy(REVIEW.CREATED_AT.desc(), REVIEW.ID.desc())
                .fetch(row -> new ReviewSummary(row.value1(), row.value2(), row.value3(), row.value4(),
                        ReviewState.ofStored(row.value5()), row.value6() != null, Optional.ofNullable(row.value8()),
                        row.value9().toInstant(), row.value10().toInstant(),
                        Optional.ofNullable(row.value11()).map(OffsetDateTime::toInstant)));
    }

    /** A link's invitation whatever its state, by token hash: owner id, and what the visitor may see. */
    public Optional<InvitationRow> invitation(byte[] tokenHash) {
        Field<Integer> skills = field(selectCount().from(REVIEW_SKILL).where(REVIEW_SKILL.REVIEW_ID.eq(REVIEW.ID)));
        return dsl.select(REVIEW.ID, REVIEW.OWNER_ID, coalesce(OWNER.DISPLAY_NAME, OWNER.USERNAME), REVIEW.SCOPE, skills,
                        REVIEW.SHARES_NOTES, REVIEW.EXPIRES_AT)
                .from(REVIEW).join(OWNER).on(OWNER.ID.eq(REVIEW.OWNER_ID))
                .where(REVIEW.TOKEN_HASH.eq(tokenHash)).and(REVIEW.STATE.eq(ReviewState.INVITED.stored()))
                .fetchOptional(row -> new InvitationRow(row.value1(), row.value2(),
                        new InvitationPreview(row.value3(), row.value4(), row.value5(), row.value6(), row.value7().toInstant())));
    }

    public record InvitationRow(long reviewId, long ownerId, InvitationPreview preview) {
    }

    /**
     * Takes a link once: binds the reviewer and clears the token's hash, only while the link is unused, not withdrawn,
     * not expired and not the reviewer's own. Returns the review's id, or empty when it was none of these.
     */
    public Optional<Long> accept(byte[] tokenHash, long reviewerId, OffsetDateTime now) {
        return dsl.update(REVIEW)
                .set(REVIEW.STATE, ReviewState.ACCEPTED.stored())
                .set(REVIEW.REVIEWER_ID, reviewerId)
                .set(REVIEW.TOKEN_HASH, (byte[]) null)
                .set(REVIEW.ACCEPTED_AT, now)
                .where(openLink(tokenHash, reviewerId, now))
                .returning(REVIEW.ID).fetchOptional().map(row -> row.getId());
    }

    /** Declines from the link itself (without accepting): the link is used up, the reviewer named. */
    public boolean declineLink(byte[] tokenHash, long reviewerId, OffsetDateTime now) {
        return dsl.update(REVIEW)
                .set(REVIEW.STATE, ReviewState.DECLINED.stored())
                .set(REVIEW.REVIEWER_ID, reviewerId)
                .set(REVIEW.TOKEN_HASH, (byte[]) null)
                .set(REVIEW.CLOSED_AT, now)
                .where(openLink(tokenHash, reviewerId, now))
                .execute() == 1;
    }

    private static Condition openLink(byte[] tokenHash, long reviewerId, OffsetDateTime now) {
        return REVIEW.TOKEN_HASH.eq(tokenHash).and(REVIEW.STATE.eq(ReviewState.INVITED.stored()))
                .and(REVIEW.EXPIRES_AT.gt(now)).and(REVIEW.OWNER_ID.ne(reviewerId));
    }

    /** The owner withdraws an open review (link unused, or being answered); false when it was not open. */
    public boolean withdraw(long reviewId, long ownerId, OffsetDateTime now) {
        return dsl.update(REVIEW)
                .set(REVIEW.STATE, ReviewState.WITHDRAWN.stored())
                .set(REVIEW.TOKEN_HASH, (byte[]) null)
                .set(REVIEW.CLOSED_AT, now)
                .where(REVIEW.ID.eq(reviewId)).and(REVIEW.OWNER_ID.eq(ownerId))
                .and(REVIEW.STATE.in(ReviewState.INVITED.stored(), ReviewState.ACCEPTED.stored()))
                .execute() == 1;
    }

    /** The reviewer declines a review they accepted and have not submitted; false when it is not theirs to decline. */
    public boolean decline(long reviewId, long reviewerId, OffsetDateTime now) {
        return dsl.update(REVIEW)
                .set(REVIEW.STATE, ReviewState.DECLINED.stored())
                .set(REVIEW.CLOSED_AT, now)
                .where(answerable(reviewId, reviewerId))
                .execute() == 1;
    }

    /** The reviewer's access: their accepted review, until it is submitted, declined or withdrawn. */
    private static Condition answerable(long reviewId, long reviewerId) {
        return REVIEW.ID.eq(reviewId).and(REVIEW.REVIEWER_ID.eq(reviewerId))
                .and(REVIEW.STATE.eq(ReviewState.ACCEPTED.stored()));
    }

    /**
     * The review's id while its reviewer may answer it, its row share-locked: an answer waits for a submission or
     * withdrawal running at the same moment and then finds the review closed, so nothing is written after it closed.
     */
    private static org.jooq.Select<org.jooq.Record1<Long>> answerableLocked(long reviewId, long reviewerId) {
        return select(REVIEW.ID).from(REVIEW).where(answerable(reviewId, reviewerId)).forShare();
    }

    /**
     * The review its reviewer is answering, in one statement: the owner's name, and per skill the reviewer's answers so
     * far and the owner's note only when the owner shares notes. The owner's levels are not read at all.
     */
    public Optional<FormRow> form(long reviewId, long reviewerId) {
        var questions = multiset(select(SKILL.KEY, REVIEW_SKILL.LEVEL, REVIEW_SKILL.CANNOT_JUDGE, REVIEW_SKILL.COMMENT,
                        DSL.when(REVIEW.SHARES_NOTES, SKILL_RATING.NOTE))
                .from(REVIEW_SKILL).join(SKILL).on(SKILL.ID.eq(REVIEW_SKILL.SKILL_ID))
                .leftJoin(SKILL_RATING).on(SKILL_RATING.OWNER_ID.eq(REVIEW.OWNER_ID)).and(SKILL_RATING.SKILL_ID.eq(REVIEW_SKILL.SKILL_ID))
                .where(REVIEW_SKILL.REVIEW_ID.eq(REVIEW.ID))
                .orderBy(REVIEW_SKILL.POSITION)).as("questions");
        return dsl.select(REVIEW.ID, coalesce(OWNER.DISPLAY_NAME, OWNER.USERNAME), REVIEW.SCOPE, REVIEW.SHARES_NOTES, questions)
                .from(REVIEW).join(OWNER).on(OWNER.ID.eq(REVIEW.OWNER_ID))
                .where(answerable(reviewId, reviewerId))
                .fetchOptional(row -> new FormRow(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5().map(q -> new AnswerRow(q.value1(), Optional.ofNullable(q.value2()),
                                Boolean.TRUE.equals(q.value3()), Optional.ofNullable(q.value4()), Optional.ofNullable(q.value5())))));
    }

    public record FormRow(long reviewId, String ownerName, String scope, boolean sharesNotes, List<AnswerRow> answers) {
    }

    /** A skill's answer as stored; {@code ownerNote} is empty unless the owner shares notes. */
    public record AnswerRow(String skillKey, Optional<Integer> level, boolean cannotJudge, Optional<String> comment,
                            Optional<String> ownerNote) {
    }

    /** Saves the reviewer's level or "can't judge" (both empty: not answered); false when the review is not theirs to answer. */
    public boolean answer(long reviewId, long reviewerId, String skillKey, Integer level, boolean cannotJudge) {
        return dsl.update(REVIEW_SKILL)
                .set(REVIEW_SKILL.LEVEL, level)
                .set(REVIEW_SKILL.CANNOT_JUDGE, cannotJudge)
                .where(REVIEW_SKILL.REVIEW_ID.in(answerableLocked(reviewId, reviewerId)))
                .and(REVIEW_SKILL.SKILL_ID.in(select(SKILL.ID).from(SKILL).where(SKILL.KEY.eq(skillKey))))
                .execute() == 1;
    }

    /** Saves the reviewer's comment on a skill (null clears it); false when the review is not theirs to answer. */
    public boolean comment(long reviewId, long reviewerId, String skillKey, String comment) {
        return dsl.update(REVIEW_SKILL)
                .set(REVIEW_SKILL.COMMENT, comment)
                .where(REVIEW_SKILL.REVIEW_ID.in(answerableLocked(reviewId, reviewerId)))
                .and(REVIEW_SKILL.SKILL_ID.in(select(SKILL.ID).from(SKILL).where(SKILL.KEY.eq(skillKey))))
                .execute() == 1;
    }

    /**
     * Submits the review once, if every skill is answered: keeps the owner's own levels of that moment beside the
     * answers (for the comparison), then closes it. Returns false when it is not the reviewer's to submit, or a skill
     * is unanswered (the service tells which).
     */
    public boolean submit(long reviewId, long reviewerId, OffsetDateTime now) {
        // Locks the review first, in a statement of its own: it waits for any answer being saved (which holds the row
        // share-locked), and the update below then takes a snapshot that sees that answer. In one statement, the
        // check of the answers would read them as they were before the wait, and a level cleared meanwhile would
        // leave a submitted review with an unanswered skill.
        if (dsl.select(REVIEW.ID).from(REVIEW).where(answerable(reviewId, reviewerId)).forUpdate().fetchOptional().isEmpty()) {
            return false;
        }
        Condition everyAnswered = DSL.notExists(select(REVIEW_SKILL.SKILL_ID).from(REVIEW_SKILL)
                .where(REVIEW_SKILL.REVIEW_ID.eq(reviewId)).and(REVIEW_SKILL.LEVEL.isNull()).and(REVIEW_SKILL.CANNOT_JUDGE.isFalse()));
        boolean submitted = dsl.update(REVIEW)
                .set(REVIEW.STATE, ReviewState.SUBMITTED.stored())
                .set(REVIEW.CLOSED_AT, now)
                .where(answerable(reviewId, reviewerId)).and(everyAnswered)
                .execute() == 1;
        if (submitted) {
            dsl.update(REVIEW_SKILL)
                    .set(REVIEW_SKILL.OWN_LEVEL, select(SKILL_RATING.LEVEL).from(SKILL_RATING).join(REVIEW).on(REVIEW.OWNER_ID.eq(SKILL_RATING.OWNER_ID))
                            .where(REVIEW.ID.eq(REVIEW_SKILL.REVIEW_ID)).and(SKILL_RATING.SKILL_ID.eq(REVIEW_SKILL.SKILL_ID)).<Integer>asField())
                    .where(REVIEW_SKILL.REVIEW_ID.eq(reviewId))
                    .execute();
        }
        return submitted;
    }

    /** The owner's submitted review with every answer, in one statement; empty when it is not theirs or not submitted. */
    public Optional<SubmittedRow> submitted(long reviewId, long ownerId) {
        var answers = multiset(select(SKILL.KEY, REVIEW_SKILL.OWN_LEVEL, REVIEW_SKILL.LEVEL, REVIEW_SKILL.CANNOT_JUDGE, REVIEW_SKILL.COMMENT)
                .from(REVIEW_SKILL).join(SKILL).on(SKILL.ID.eq(REVIEW_SKILL.SKILL_ID))
                .where(REVIEW_SKILL.REVIEW_ID.eq(REVIEW.ID))
                .orderBy(REVIEW_SKILL.POSITION)).as("answers");
        return dsl.select(REVIEW.ID, coalesce(REVIEWER.DISPLAY_NAME, REVIEWER.USERNAME), REVIEW.SCOPE, REVIEW.CLOSED_AT, answers)
                .from(REVIEW).leftJoin(REVIEWER).on(REVIEWER.ID.eq(REVIEW.REVIEWER_ID))
                .where(REVIEW.ID.eq(reviewId)).and(REVIEW.OWNER_ID.eq(ownerId)).and(REVIEW.STATE.eq(ReviewState.SUBMITTED.stored()))
                .fetchOptional(row -> new SubmittedRow(row.value1(), Optional.ofNullable(row.value2()), row.value3(),
                        row.value4().toInstant(), row.value5().map(a -> new SubmittedAnswerRow(a.value1(),
                                Optional.ofNullable(a.value2()), Optional.ofNullable(a.value3()), Boolean.TRUE.equals(a.value4()),
                                Optional.ofNullable(a.value5())))));
    }

    public record SubmittedRow(long reviewId, Optional<String> reviewerName, String scope, java.time.Instant submittedAt,
                               List<SubmittedAnswerRow> answers) {
    }

    public record SubmittedAnswerRow(String skillKey, Optional<Integer> ownLevel, Optional<Integer> reviewerLevel,
                                     boolean cannotJudge, Optional<String> comment) {
    }

    /** Open reviews of the owner now (as the database's limit counts them). */
    public int openCount(long ownerId, OffsetDateTime now) {
        return dsl.fetchCount(REVIEW, REVIEW.OWNER_ID.eq(ownerId).and(
                REVIEW.STATE.eq(ReviewState.INVITED.stored()).and(REVIEW.EXPIRES_AT.gt(now))
                        .or(REVIEW.STATE.eq(ReviewState.ACCEPTED.stored()).and(REVIEW.REVIEWER_ID.isNotNull()))));
    }

    public int totalCount(long ownerId) {
        return dsl.fetchCount(REVIEW, REVIEW.OWNER_ID.eq(ownerId));
    }

    /** Freezes a check-in (review null: restored from a data file); returns its id. */
    public long insertCheckIn(long ownerId, Long reviewId, OffsetDateTime takenAt, CheckIn.Snapshot snapshot) {
        return dsl.insertInto(CHECK_IN)
                .set(CHECK_IN.OWNER_ID, ownerId)
                .set(CHECK_IN.REVIEW_ID, reviewId)
                .set(CHECK_IN.TAKEN_AT, takenAt)
                .set(CHECK_IN.SNAPSHOT, JSONB.valueOf(JSON.writeValueAsString(snapshot)))
                .returning(CHECK_IN.ID).fetchSingle().getId();
    }

    public int checkInCount(long reviewId) {
        return dsl.fetchCount(CHECK_IN, CHECK_IN.REVIEW_ID.eq(reviewId));
    }

    public int checkInCountOf(long ownerId) {
        return dsl.fetchCount(CHECK_IN, CHECK_IN.OWNER_ID.eq(ownerId));
    }

    /** The owner's check-ins, newest first, with the reviewer's name while their account exists. */
    public List<CheckIn> checkIns(long ownerId) {
        return checkIns(CHECK_IN.OWNER_ID.eq(ownerId));
    }

    /** The owner's newest check-ins, at most {@code limit}, newest first. */
    public List<CheckIn> latestCheckIns(long ownerId, int limit) {
        return checkIns(CHECK_IN.OWNER_ID.eq(ownerId), limit);
    }

    /** The owner's check-ins of one review, newest first. */
    public List<CheckIn> checkInsOf(long reviewId, long ownerId) {
        return checkIns(CHECK_IN.OWNER_ID.eq(ownerId).and(CHECK_IN.REVIEW_ID.eq(reviewId)));
    }

    public Optional<CheckIn> checkIn(long checkInId, long ownerId) {
        return checkIns(CHECK_IN.ID.eq(checkInId).and(CHECK_IN.OWNER_ID.eq(ownerId))).stream().findFirst();
    }

    private List<CheckIn> checkIns(Condition which) {
        return checkIns(which, Integer.MAX_VALUE);
    }

    private List<CheckIn> checkIns(Condition which, int limit) {
        return dsl.select(CHECK_IN.ID, CHECK_IN.TAKEN_AT, coalesce(REVIEWER.DISPLAY_NAME, REVIEWER.USERNAME), CHECK_IN.SNAPSHOT,
                        CHECK_IN.REVIEW_ID)
                .from(CHECK_IN)
                .leftJoin(REVIEW).on(REVIEW.ID.eq(CHECK_IN.REVIEW_ID))
                .leftJoin(REVIEWER).on(REVIEWER.ID.eq(REVIEW.REVIEWER_ID))
                .where(which)
                .orderBy(CHECK_IN.TAKEN_AT.desc(), CHECK_IN.ID.desc())
                .limit(limit)
                .fetch(row -> new CheckIn(row.value1(), row.value2().toInstant(),
                        Optional.ofNullable(row.value3()).orElse(ReviewSummary.FORMER_REVIEWER),
                        JSON.readValue(row.value4().data(), CheckIn.Snapshot.class), Optional.ofNullable(row.value5())));
    }
}

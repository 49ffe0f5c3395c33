package app.skillpath.assessment;

import app.skillpath.catalog.CatalogRepository;
import app.skillpath.catalog.EducationLevel;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.skillpath.db.generated.Tables.APP_USER;
import static app.skillpath.db.generated.Tables.EDUCATION_ANSWER;
import static app.skillpath.db.generated.Tables.FIELD_OF_STUDY;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static app.skillpath.db.generated.Tables.SKILL_RATING_HISTORY;
import static app.skillpath.db.generated.Tables.TOOL;
import static app.skillpath.db.generated.Tables.TOOL_EXPERIENCE;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

/**
 * A user's self-assessment. Every method takes the owner's id and touches only that owner's rows;
 * reading everything is one statement, saving a rating two (the rating and its history entry).
 */
@Repository
public class AssessmentRepository {

    private final DSLContext dsl;

    public AssessmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All answers of the owner, in one statement (nested multisets). */
    public SelfAssessment load(long ownerId) {
        var ratings = multiset(select(SKILL.KEY, SKILL_RATING.LEVEL, SKILL_RATING.NOTE)
                .from(SKILL_RATING).join(SKILL).on(SKILL.ID.eq(SKILL_RATING.SKILL_ID))
                .where(SKILL_RATING.OWNER_ID.eq(ownerId))).as("ratings");
        var tools = multiset(select(TOOL.KEY)
                .from(TOOL_EXPERIENCE).join(TOOL).on(TOOL.ID.eq(TOOL_EXPERIENCE.TOOL_ID))
                .where(TOOL_EXPERIENCE.OWNER_ID.eq(ownerId))).as("tools");
        Field<EducationLevel> level = EDUCATION_ANSWER.LEVEL.convert(CatalogRepository.EDUCATION_LEVEL);
        Record row = dsl.select(ratings, tools, level, FIELD_OF_STUDY.KEY, EDUCATION_ANSWER.FIELD_IS_OTHER)
                .from(APP_USER)
                .leftJoin(EDUCATION_ANSWER).on(EDUCATION_ANSWER.OWNER_ID.eq(APP_USER.ID))
                .leftJoin(FIELD_OF_STUDY).on(FIELD_OF_STUDY.ID.eq(EDUCATION_ANSWER.FIELD_OF_STUDY_ID))
                .where(APP_USER.ID.eq(ownerId))
                .fetchOne();
        if (row == null) {
            return SelfAssessment.empty();
        }
        Map<String, SkillRating> byKey = new LinkedHashMap<>();
        for (var rating : row.get(ratings)) {
            byKey.put(rating.value1(), new SkillRating(rating.value1(), Optional.ofNullable(rating.value2()),
                    Optional.ofNullable(rating.value3())));
        }
        Set<String> toolKeys = new HashSet<>(row.get(tools).getValues(TOOL.KEY));
        Optional<String> field = Boolean.TRUE.equals(row.get(EDUCATION_ANSWER.FIELD_IS_OTHER))
                ? Optional.of(EducationAnswer.OTHER_FIELD) : Optional.ofNullable(row.get(FIELD_OF_STUDY.KEY));
        EducationAnswer education = new EducationAnswer(Optional.ofNullable(row.get(level)), field);
        return new SelfAssessment(byKey, education, toolKeys);
    }

    /**
     * Sets the owner's level for a skill (null = not rated yet) and appends it to the history, in
     * one statement: the history entry is written from what the upsert returns, so the two cannot
     * disagree. A key that names no skill stores nothing (the service checks keys against the
     * catalog first).
     */
    public void rate(long ownerId, String skillKey, Integer level, OffsetDateTime now) {
        rate(ownerId, skillKey, level, now, null);
    }

    /**
     * As {@link #rate(long, String, Integer, OffsetDateTime)}, the history entry marked with the review whose answer the
     * owner adopted (null: the owner's own rating).
     */
    public void rate(long ownerId, String skillKey, Integer level, OffsetDateTime now, Long fromReviewId) {
        var saved = name("saved").as(insertInto(SKILL_RATING, SKILL_RATING.OWNER_ID, SKILL_RATING.SKILL_ID, SKILL_RATING.LEVEL, SKILL_RATING.UPDATED_AT)
                .select(select(val(ownerId), SKILL.ID, val(level, SKILL_RATING.LEVEL), val(now))
                        .from(SKILL).where(SKILL.KEY.eq(skillKey)))
                .onConflict(SKILL_RATING.OWNER_ID, SKILL_RATING.SKILL_ID)
                .doUpdate()
                .set(SKILL_RATING.LEVEL, excluded(SKILL_RATING.LEVEL))
                .set(SKILL_RATING.UPDATED_AT, excluded(SKILL_RATING.UPDATED_AT))
                // the same level again is no change: no row comes back, so no history entry (a page, or a
                // console loop, sending one answer over and over cannot grow the history without end)
                .where(SKILL_RATING.LEVEL.isDistinctFrom(excluded(SKILL_RATING.LEVEL)))
                .returningResult(SKILL_RATING.OWNER_ID, SKILL_RATING.SKILL_ID, SKILL_RATING.LEVEL, SKILL_RATING.UPDATED_AT));
        dsl.with(saved)
                .insertInto(SKILL_RATING_HISTORY, SKILL_RATING_HISTORY.OWNER_ID, SKILL_RATING_HISTORY.SKILL_ID,
                        SKILL_RATING_HISTORY.LEVEL, SKILL_RATING_HISTORY.CHANGED_AT, SKILL_RATING_HISTORY.REVIEW_ID)
                .select(select(saved.field(SKILL_RATING.OWNER_ID), saved.field(SKILL_RATING.SKILL_ID),
                        saved.field(SKILL_RATING.LEVEL), saved.field(SKILL_RATING.UPDATED_AT),
                        val(fromReviewId, SKILL_RATING_HISTORY.REVIEW_ID)).from(saved))
                .execute();
    }

    /** Marks the owner's rating of a skill as checked now, level unchanged; false when the skill has no rating. */
    public boolean confirm(long ownerId, String skillKey, OffsetDateTime now) {
        return dsl.update(SKILL_RATING).set(SKILL_RATING.UPDATED_AT, now)
                .where(SKILL_RATING.OWNER_ID.eq(ownerId)).and(SKILL_RATING.LEVEL.isNotNull())
                .and(SKILL_RATING.SKILL_ID.in(select(SKILL.ID).from(SKILL).where(SKILL.KEY.eq(skillKey))))
                .execute() == 1;
    }

    /** Sets the owner's evidence note for a skill (null clears it); the level stays as it is. */
    public void saveNote(long ownerId, String skillKey, String note, OffsetDateTime now) {
        dsl.insertInto(SKILL_RATING, SKILL_RATING.OWNER_ID, SKILL_RATING.SKILL_ID, SKILL_RATING.NOTE, SKILL_RATING.UPDATED_AT)
                .select(select(val(ownerId), SKILL.ID, val(note, SKILL_RATING.NOTE), val(now))
                        .from(SKILL).where(SKILL.KEY.eq(skillKey)))
                .onConflict(SKILL_RATING.OWNER_ID, SKILL_RATING.SKILL_ID)
                .doUpdate()
                .set(SKILL_RATING.NOTE, excluded(SKILL_RATING.NOTE))
                .set(SKILL_RATING.UPDATED_AT, excluded(SKILL_RATING.UPDATED_AT))
                .execute();
    }

    public void saveEducation(long ownerId, EducationLevel level, String fieldKey, OffsetDateTime now) {
        boolean other = EducationAnswer.OTHER_FIELD.equals(fieldKey);
        Field<Long> fieldId = other || fieldKey == null
                ? val(null, EDUCATION_ANSWER.FIELD_OF_STUDY_ID)
                : field(select(FIELD_OF_STUDY.ID).from(FIELD_OF_STUDY).where(FIELD_OF_STUDY.KEY.eq(fieldKey)));
        dsl.insertInto(EDUCATION_ANSWER)
                .set(EDUCATION_ANSWER.OWNER_ID, ownerId)
                .set(EDUCATION_ANSWER.LEVEL, CatalogRepository.EDUCATION_LEVEL.to(level))
                .set(EDUCATION_ANSWER.FIELD_OF_STUDY_ID, fieldId)
                .set(EDUCATION_ANSWER.FIELD_IS_OTHER, other)
                .set(EDUCATION_ANSWER.UPDATED_AT, now)
                .onConflict(EDUCATION_ANSWER.OWNER_ID)
                .doUpdate()
                .set(EDUCATION_ANSWER.LEVEL, excluded(EDUCATION_ANSWER.LEVEL))
                .set(EDUCATION_ANSWER.FIELD_OF_STUDY_ID, excluded(EDUCATION_ANSWER.FIELD_OF_STUDY_ID))
                .set(EDUCATION_ANSWER.FIELD_IS_OTHER, excluded(EDUCATION_ANSWER.FIELD_IS_OTHER))
                .set(EDUCATION_ANSWER.UPDATED_AT, excluded(EDUCATION_ANSWER.UPDATED_AT))
                .execute();
    }

    public void setToolUsed(long ownerId, String toolKey, boolean used) {
        if (used) {
            dsl.insertInto(TOOL_EXPERIENCE, TOOL_EXPERIENCE.OWNER_ID, TOOL_EXPERIENCE.TOOL_ID)
                    .select(select(val(ownerId), TOOL.ID).from(TOOL).where(TOOL.KEY.eq(toolKey)))
                    .onConflictDoNothing()
                    .execute();
        } else {
            dsl.deleteFrom(TOOL_EXPERIENCE)
                    .where(TOOL_EXPERIENCE.OWNER_ID.eq(ownerId))
                    .and(TOOL_EXPERIENCE.TOOL_ID.in(select(TOOL.ID).from(TOOL).where(TOOL.KEY.eq(toolKey))))
                    .execute();
        }
    }

    /** For importing: a rating and note as they were, without a history entry. */
    public void importRating(long ownerId, String skillKey, Integer level, String note, OffsetDateTime now) {
        dsl.insertInto(SKILL_RATING, SKILL_RATING.OWNER_ID, SKILL_RATING.SKILL_ID, SKILL_RATING.LEVEL, SKILL_RATING.NOTE, SKILL_RATING.UPDATED_AT)
                .select(select(val(ownerId), SKILL.ID, val(level, SKILL_RATING.LEVEL), val(note, SKILL_RATING.NOTE), val(now))
                        .from(SKILL).where(SKILL.KEY.eq(skillKey)))
                .execute();
    }

    /** For importing: one history entry with its original time. */
    public void importHistory(long ownerId, String skillKey, Integer level, OffsetDateTime changedAt) {
        dsl.insertInto(SKILL_RATING_HISTORY, SKILL_RATING_HISTORY.OWNER_ID, SKILL_RATING_HISTORY.SKILL_ID,
                        SKILL_RATING_HISTORY.LEVEL, SKILL_RATING_HISTORY.CHANGED_AT)
                .select(select(val(ownerId), SKILL.ID, val(level, SKILL_RATING_HISTORY.LEVEL), val(changedAt))
                        .from(SKILL).where(SKILL.KEY.eq(skillKey)))
                .execute();
    }

    /** True when the owner has any answer at all: ratings, history, education or tools. */
    public boolean hasAnswers(long ownerId) {
        return dsl.fetchExists(SKILL_RATING, SKILL_RATING.OWNER_ID.eq(ownerId))
                || dsl.fetchExists(SKILL_RATING_HISTORY, SKILL_RATING_HISTORY.OWNER_ID.eq(ownerId))
                || dsl.fetchExists(EDUCATION_ANSWER, EDUCATION_ANSWER.OWNER_ID.eq(ownerId))
                || dsl.fetchExists(TOOL_EXPERIENCE, TOOL_EXPERIENCE.OWNER_ID.eq(ownerId));
    }

    /** The owner's rating history, oldest first: (skill key, level or null, when). */
    public java.util.List<RatingChange> history(long ownerId) {
        return dsl.fetchSingle(select(historyOf(ownerId))).value1();
    }

    /**
     * The owner's rating history as one field, oldest first, for a statement that reads more at once (the weekly
     * view reads it with the plans).
     */
    public static Field<java.util.List<RatingChange>> historyOf(long ownerId) {
        return multiset(select(SKILL.KEY, SKILL_RATING_HISTORY.LEVEL, SKILL_RATING_HISTORY.CHANGED_AT)
                .from(SKILL_RATING_HISTORY).join(SKILL).on(SKILL.ID.eq(SKILL_RATING_HISTORY.SKILL_ID))
                .where(SKILL_RATING_HISTORY.OWNER_ID.eq(ownerId))
                .orderBy(SKILL_RATING_HISTORY.CHANGED_AT, SKILL_RATING_HISTORY.ID))
                .convertFrom(rows -> rows.map(r -> new RatingChange(r.value1(), Optional.ofNullable(r.value2()), r.value3().toInstant())));
    }
}

package app.skillpath.target;

import app.skillpath.assessment.RatingChange;
import app.skillpath.catalog.CatalogRepository;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.db.generated.tables.records.CustomSkillRecord;
import app.skillpath.db.generated.tables.records.TargetRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record6;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.CUSTOM_SKILL;
import static app.skillpath.db.generated.Tables.CUSTOM_SKILL_RATING_HISTORY;
import static app.skillpath.db.generated.Tables.FIELD_OF_STUDY;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.TARGET;
import static app.skillpath.db.generated.Tables.TARGET_EDUCATION_FIELD;
import static app.skillpath.db.generated.Tables.TARGET_SKILL;
import static app.skillpath.db.generated.Tables.TARGET_TOOL;
import static app.skillpath.db.generated.Tables.TOOL;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

/**
 * Targets, their parts and custom skills. Every method takes the owner's id and reads or writes only that owner's
 * rows (the parts' foreign keys include the owner, so the database refuses a row joining two users' data too).
 */
@Repository
public class TargetRepository {

    private static final Field<EducationLevel> EDUCATION_LEVEL = TARGET.EDUCATION_LEVEL.convert(CatalogRepository.EDUCATION_LEVEL);

    private final DSLContext dsl;

    public TargetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All the owner's targets with their parts, and their custom skills, in one statement (nested multisets). */
    public MyTargets load(long ownerId) {
        var skills = multiset(select(
                coalesce(SKILL.KEY, inline(TargetKey.CUSTOM_SKILL_PREFIX).concat(CUSTOM_SKILL.ID.cast(String.class))),
                coalesce(SKILL.NAME, CUSTOM_SKILL.NAME), TARGET_SKILL.CUSTOM_SKILL_ID.isNotNull(),
                TARGET_SKILL.REQUIRED_LEVEL, TARGET_SKILL.WEIGHT, TARGET_SKILL.MUST_HAVE)
                .from(TARGET_SKILL)
                .leftJoin(SKILL).on(SKILL.ID.eq(TARGET_SKILL.SKILL_ID))
                .leftJoin(CUSTOM_SKILL).on(CUSTOM_SKILL.ID.eq(TARGET_SKILL.CUSTOM_SKILL_ID))
                .where(TARGET_SKILL.TARGET_ID.eq(TARGET.ID))
                .orderBy(TARGET_SKILL.POSITION)).as("skills");
        var fields = multiset(select(FIELD_OF_STUDY.KEY).from(TARGET_EDUCATION_FIELD)
                .join(FIELD_OF_STUDY).on(FIELD_OF_STUDY.ID.eq(TARGET_EDUCATION_FIELD.FIELD_OF_STUDY_ID))
                .where(TARGET_EDUCATION_FIELD.TARGET_ID.eq(TARGET.ID))
                .orderBy(FIELD_OF_STUDY.POSITION)).as("fields");
        var tools = multiset(select(TOOL.KEY).from(TARGET_TOOL).join(TOOL).on(TOOL.ID.eq(TARGET_TOOL.TOOL_ID))
                .where(TARGET_TOOL.TARGET_ID.eq(TARGET.ID))
                .orderBy(TOOL.POSITION)).as("tools");
        var targets = multiset(select(TARGET.ID, TARGET.VERSION, TARGET.TITLE, TARGET.COMPANY, TARGET.POSTING_TEXT,
                TARGET.POSTING_URL, EDUCATION_LEVEL, TARGET.EDUCATION_WEIGHT, TARGET.RELATED_FIELDS_ACCEPTED,
                skills, fields, tools)
                .from(TARGET).where(TARGET.OWNER_ID.eq(ownerId)).orderBy(TARGET.ID)).as("targets");
        var customSkills = multiset(select(CUSTOM_SKILL.ID, CUSTOM_SKILL.NAME, CUSTOM_SKILL.LEVEL, CUSTOM_SKILL.NOTE,
                CUSTOM_SKILL.HOURS_PER_LEVEL)
                .from(CUSTOM_SKILL).where(CUSTOM_SKILL.OWNER_ID.eq(ownerId)).orderBy(lower(CUSTOM_SKILL.NAME)))
                .as("customSkills");
        Record row = dsl.select(targets, customSkills).fetchOne();
        if (row == null) {
            return MyTargets.none();
        }
        List<Target> loaded = row.get(targets).map(target -> new Target(target.value1(), target.value2(), target.value3(),
                Optional.ofNullable(target.value4()), Optional.ofNullable(target.value5()), Optional.ofNullable(target.value6()),
                target.value10().map(TargetRepository::skill),
                Optional.ofNullable(target.value7()).map(level -> new TargetEducation(level,
                        target.value11().getValues(FIELD_OF_STUDY.KEY), Boolean.TRUE.equals(target.value9()), target.value8())),
                target.value12().getValues(TOOL.KEY)));
        List<CustomSkill> custom = row.get(customSkills).map(skill -> new CustomSkill(skill.value1(), skill.value2(),
                Optional.ofNullable(skill.value3()), Optional.ofNullable(skill.value4()), skill.value5()));
        return new MyTargets(loaded, custom);
    }

    private static TargetSkill skill(Record6<String, String, Boolean, Integer, Integer, Boolean> row) {
        return new TargetSkill(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6());
    }

    public int countCustomSkills(long ownerId) {
        return dsl.fetchCount(CUSTOM_SKILL, CUSTOM_SKILL.OWNER_ID.eq(ownerId));
    }

    public int count(long ownerId) {
        return dsl.fetchCount(TARGET, TARGET.OWNER_ID.eq(ownerId));
    }

    public long insert(long ownerId, TargetDraft draft, OffsetDateTime now) {
        TargetRecord values = values(draft, now);
        values.setOwnerId(ownerId);
        return dsl.insertInto(TARGET).set(values).returningResult(TARGET.ID).fetchOne(Record1::value1);
    }

    /** Rewrites the target's own columns if it is still at {@code expectedVersion}; false (nothing changed) otherwise. */
    public boolean update(long ownerId, long targetId, int expectedVersion, TargetDraft draft, OffsetDateTime now) {
        return dsl.update(TARGET).set(values(draft, now)).set(TARGET.VERSION, TARGET.VERSION.plus(1))
                .where(TARGET.OWNER_ID.eq(ownerId)).and(TARGET.ID.eq(targetId)).and(TARGET.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    private TargetRecord values(TargetDraft draft, OffsetDateTime now) {
        TargetRecord values = dsl.newRecord(TARGET);
        values.setTitle(draft.title());
        values.setCompany(blankToNull(draft.company()));
        values.setPostingText(blankToNull(draft.postingText()));
        values.setPostingUrl(blankToNull(draft.postingUrl()));
        values.set(TARGET.EDUCATION_LEVEL, draft.education().map(TargetEducation::minimum).orElse(null),
                CatalogRepository.EDUCATION_LEVEL);
        values.setEducationWeight(draft.education().map(TargetEducation::weight).orElse(0));
        values.setRelatedFieldsAccepted(draft.education().map(TargetEducation::relatedFieldsAccepted).orElse(false));
        values.setUpdatedAt(now);
        return values;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Removes the target's skills, fields and tools, so that they can be written again as edited. */
    public void deleteParts(long ownerId, long targetId) {
        dsl.deleteFrom(TARGET_SKILL).where(TARGET_SKILL.OWNER_ID.eq(ownerId)).and(TARGET_SKILL.TARGET_ID.eq(targetId)).execute();
        dsl.deleteFrom(TARGET_EDUCATION_FIELD).where(TARGET_EDUCATION_FIELD.OWNER_ID.eq(ownerId))
                .and(TARGET_EDUCATION_FIELD.TARGET_ID.eq(targetId)).execute();
        dsl.deleteFrom(TARGET_TOOL).where(TARGET_TOOL.OWNER_ID.eq(ownerId)).and(TARGET_TOOL.TARGET_ID.eq(targetId)).execute();
    }

    public void insertCatalogSkill(long ownerId, long targetId, int position, String skillKey, int level, int weight, boolean mustHave) {
        int stored = dsl.insertInto(TARGET_SKILL, TARGET_SKILL.TARGET_ID, TARGET_SKILL.OWNER_ID, TARGET_SKILL.POSITION,
                        TARGET_SKILL.SKILL_ID, TARGET_SKILL.REQUIRED_LEVEL, TARGET_SKILL.WEIGHT, TARGET_SKILL.MUST_HAVE)
                .select(select(val(targetId), val(ownerId), val(position), SKILL.ID, val(level), val(weight), val(mustHave))
                        .from(SKILL).where(SKILL.KEY.eq(skillKey)))
                .execute();
        if (stored != 1) {
            throw new TargetException("There is no skill called " + skillKey + " in the catalog.");
        }
    }

    public void insertCustomSkill(long ownerId, long targetId, int position, long customSkillId, int level, int weight, boolean mustHave) {
        dsl.insertInto(TARGET_SKILL, TARGET_SKILL.TARGET_ID, TARGET_SKILL.OWNER_ID, TARGET_SKILL.POSITION,
                        TARGET_SKILL.CUSTOM_SKILL_ID, TARGET_SKILL.REQUIRED_LEVEL, TARGET_SKILL.WEIGHT, TARGET_SKILL.MUST_HAVE)
                .values(targetId, ownerId, position, customSkillId, level, weight, mustHave)
                .execute();
    }

    public void insertField(long ownerId, long targetId, String fieldKey) {
        dsl.insertInto(TARGET_EDUCATION_FIELD, TARGET_EDUCATION_FIELD.TARGET_ID, TARGET_EDUCATION_FIELD.OWNER_ID,
                        TARGET_EDUCATION_FIELD.FIELD_OF_STUDY_ID)
                .select(select(val(targetId), val(ownerId), FIELD_OF_STUDY.ID).from(FIELD_OF_STUDY).where(FIELD_OF_STUDY.KEY.eq(fieldKey)))
                .execute();
    }

    public void insertTool(long ownerId, long targetId, String toolKey) {
        dsl.insertInto(TARGET_TOOL, TARGET_TOOL.TARGET_ID, TARGET_TOOL.OWNER_ID, TARGET_TOOL.TOOL_ID)
                .select(select(val(targetId), val(ownerId), TOOL.ID).from(TOOL).where(TOOL.KEY.eq(toolKey)))
                .execute();
    }

    public int delete(long ownerId, long targetId) {
        return dsl.deleteFrom(TARGET).where(TARGET.OWNER_ID.eq(ownerId)).and(TARGET.ID.eq(targetId)).execute();
    }

    /** The owner's custom skill of that name, ignoring case. */
    public Optional<Long> customSkillNamed(long ownerId, String name) {
        return dsl.select(CUSTOM_SKILL.ID).from(CUSTOM_SKILL)
                .where(CUSTOM_SKILL.OWNER_ID.eq(ownerId)).and(lower(CUSTOM_SKILL.NAME).eq(lower(val(name))))
                .fetchOptional(Record1::value1);
    }

    /** The owner's custom skills' names by id. */
    public Map<Long, String> customSkillNames(long ownerId) {
        return dsl.select(CUSTOM_SKILL.ID, CUSTOM_SKILL.NAME).from(CUSTOM_SKILL).where(CUSTOM_SKILL.OWNER_ID.eq(ownerId))
                .fetchMap(CUSTOM_SKILL.ID, CUSTOM_SKILL.NAME);
    }

    public long insertCustomSkill(long ownerId, String name, OffsetDateTime now) {
        CustomSkillRecord values = dsl.newRecord(CUSTOM_SKILL);
        values.setOwnerId(ownerId);
        values.setName(name);
        values.setUpdatedAt(now);
        return dsl.insertInto(CUSTOM_SKILL).set(values).returningResult(CUSTOM_SKILL.ID).fetchOne(Record1::value1);
    }

    /** For importing a data file: a custom skill exactly as exported; its new id. */
    public long importCustomSkill(long ownerId, CustomSkill skill, OffsetDateTime now) {
        CustomSkillRecord values = dsl.newRecord(CUSTOM_SKILL);
        values.setOwnerId(ownerId);
        values.setName(skill.name());
        values.setLevel(skill.level().orElse(null));
        values.setNote(skill.note().orElse(null));
        values.setHoursPerLevel(skill.hoursPerLevel());
        values.setUpdatedAt(now);
        return dsl.insertInto(CUSTOM_SKILL).set(values).returningResult(CUSTOM_SKILL.ID).fetchOne(Record1::value1);
    }

    public boolean ownsCustomSkill(long ownerId, long customSkillId) {
        return dsl.fetchExists(CUSTOM_SKILL, CUSTOM_SKILL.OWNER_ID.eq(ownerId).and(CUSTOM_SKILL.ID.eq(customSkillId)));
    }

    /**
     * Sets the level of a custom skill (null = not rated yet) and appends it to its history, in one statement; the same
     * level again is no change and adds no history row (as for catalog skills). False if the owner has no such skill.
     */
    public boolean rateCustomSkill(long ownerId, long customSkillId, Integer level, OffsetDateTime now) {
        if (!ownsCustomSkill(ownerId, customSkillId)) {
            return false;
        }
        var saved = name("saved").as(dsl.update(CUSTOM_SKILL)
                .set(CUSTOM_SKILL.LEVEL, level)
                .set(CUSTOM_SKILL.UPDATED_AT, now)
                .where(CUSTOM_SKILL.OWNER_ID.eq(ownerId)).and(CUSTOM_SKILL.ID.eq(customSkillId))
                .and(CUSTOM_SKILL.LEVEL.isDistinctFrom(level))
                .returningResult(CUSTOM_SKILL.OWNER_ID, CUSTOM_SKILL.ID, CUSTOM_SKILL.LEVEL, CUSTOM_SKILL.UPDATED_AT));
        dsl.with(saved)
                .insertInto(CUSTOM_SKILL_RATING_HISTORY, CUSTOM_SKILL_RATING_HISTORY.OWNER_ID,
                        CUSTOM_SKILL_RATING_HISTORY.CUSTOM_SKILL_ID, CUSTOM_SKILL_RATING_HISTORY.LEVEL,
                        CUSTOM_SKILL_RATING_HISTORY.CHANGED_AT)
                .select(select(saved.field(CUSTOM_SKILL.OWNER_ID), saved.field(CUSTOM_SKILL.ID), saved.field(CUSTOM_SKILL.LEVEL),
                        saved.field(CUSTOM_SKILL.UPDATED_AT)).from(saved))
                .execute();
        return true;
    }

    /** Marks the owner's rating of a custom skill as checked now, level unchanged; false when it has none. */
    public boolean confirmCustomRating(long ownerId, long customSkillId, OffsetDateTime now) {
        return dsl.update(CUSTOM_SKILL).set(CUSTOM_SKILL.UPDATED_AT, now)
                .where(CUSTOM_SKILL.OWNER_ID.eq(ownerId)).and(CUSTOM_SKILL.ID.eq(customSkillId))
                .and(CUSTOM_SKILL.LEVEL.isNotNull())
                .execute() == 1;
    }

    public boolean saveCustomSkillDetails(long ownerId, long customSkillId, String note, int hoursPerLevel, OffsetDateTime now) {
        return dsl.update(CUSTOM_SKILL).set(CUSTOM_SKILL.NOTE, note).set(CUSTOM_SKILL.HOURS_PER_LEVEL, hoursPerLevel)
                .set(CUSTOM_SKILL.UPDATED_AT, now)
                .where(CUSTOM_SKILL.OWNER_ID.eq(ownerId)).and(CUSTOM_SKILL.ID.eq(customSkillId))
                .execute() == 1;
    }

    /** The titles of the owner's targets that use the custom skill. */
    public List<String> targetsUsing(long ownerId, long customSkillId) {
        return dsl.select(TARGET.TITLE).from(TARGET_SKILL).join(TARGET).on(TARGET.ID.eq(TARGET_SKILL.TARGET_ID))
                .where(TARGET_SKILL.OWNER_ID.eq(ownerId)).and(TARGET_SKILL.CUSTOM_SKILL_ID.eq(customSkillId))
                .orderBy(TARGET.ID)
                .fetch(TARGET.TITLE);
    }

    public int deleteCustomSkill(long ownerId, long customSkillId) {
        return dsl.deleteFrom(CUSTOM_SKILL).where(CUSTOM_SKILL.OWNER_ID.eq(ownerId)).and(CUSTOM_SKILL.ID.eq(customSkillId)).execute();
    }

    /** Every rating the owner gave a custom skill, oldest first, keyed "custom:7" like the scores use. */
    public List<RatingChange> customHistory(long ownerId) {
        return dsl.fetchSingle(select(customHistoryOf(ownerId))).value1();
    }

    /** {@link #customHistory} as one field, for a statement that reads more at once (the weekly view). */
    public static Field<List<RatingChange>> customHistoryOf(long ownerId) {
        return multiset(select(CUSTOM_SKILL_RATING_HISTORY.CUSTOM_SKILL_ID, CUSTOM_SKILL_RATING_HISTORY.LEVEL,
                        CUSTOM_SKILL_RATING_HISTORY.CHANGED_AT)
                .from(CUSTOM_SKILL_RATING_HISTORY)
                .where(CUSTOM_SKILL_RATING_HISTORY.OWNER_ID.eq(ownerId))
                .orderBy(CUSTOM_SKILL_RATING_HISTORY.CHANGED_AT, CUSTOM_SKILL_RATING_HISTORY.ID))
                .convertFrom(rows -> rows.map(r -> new RatingChange(TargetKey.ofCustomSkill(r.value1()),
                        Optional.ofNullable(r.value2()), r.value3().toInstant())));
    }

    /** For importing a data file: one history entry exactly as exported. */
    public void importCustomHistory(long ownerId, long customSkillId, Integer level, OffsetDateTime changedAt) {
        dsl.insertInto(CUSTOM_SKILL_RATING_HISTORY, CUSTOM_SKILL_RATING_HISTORY.OWNER_ID,
                        CUSTOM_SKILL_RATING_HISTORY.CUSTOM_SKILL_ID, CUSTOM_SKILL_RATING_HISTORY.LEVEL,
                        CUSTOM_SKILL_RATING_HISTORY.CHANGED_AT)
                .values(ownerId, customSkillId, level, changedAt)
                .execute();
    }

    /** True when the owner has any target or custom skill (an import into such an account is refused). */
    public boolean hasAny(long ownerId) {
        return dsl.fetchExists(TARGET, TARGET.OWNER_ID.eq(ownerId)) || dsl.fetchExists(CUSTOM_SKILL, CUSTOM_SKILL.OWNER_ID.eq(ownerId));
    }
}

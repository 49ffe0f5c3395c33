package app.skillpath.plan;

import app.skillpath.base.text.UserText;
import app.skillpath.db.generated.tables.records.PlanStepRecord;
import app.skillpath.target.TargetKey;
import org.jooq.Condition;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.EnumConverter;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.PLAN;
import static app.skillpath.db.generated.Tables.PLAN_STEP;
import static app.skillpath.db.generated.Tables.ROLE;
import static app.skillpath.db.generated.Tables.TARGET;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

/**
 * Plans and their steps. Every method takes the owner's id and reads or writes only that owner's rows. A plan is read
 * with its steps in one statement (the steps as a nested {@code multiset}), mapped straight into the records.
 */
@Repository
public class PlanRepository {

    /** The text keys the kind and status columns hold (their CHECK constraints list the same), as the enums. */
    static final Converter<String, StepKind> STEP_KIND = new EnumConverter<>(String.class, StepKind.class, StepKind::key);
    static final Converter<String, StepStatus> STEP_STATUS = new EnumConverter<>(String.class, StepStatus.class, StepStatus::key);

    private static final Field<StepKind> KIND = PLAN_STEP.KIND.convert(STEP_KIND);
    private static final Field<StepStatus> STATUS = PLAN_STEP.STATUS.convert(STEP_STATUS);

    /** One step row as a {@link PlanStep}: nullable columns become Optionals, the tips array a list. */
    private static final SelectField<PlanStep> STEP = row(
            PLAN_STEP.ID,
            PLAN_STEP.POSITION,
            row(PLAN_STEP.STEP_KEY, KIND, PLAN_STEP.TITLE, optional(PLAN_STEP.SKILL_KEY), optional(PLAN_STEP.FROM_LEVEL),
                    optional(PLAN_STEP.TO_LEVEL), PLAN_STEP.ARTICLE_TIPS.convertFrom(Arrays::asList), PLAN_STEP.ACTION,
                    optional(PLAN_STEP.EFFORT_HOURS)).mapping(StepDraft::new),
            optional(PLAN_STEP.STARTS_ON),
            optional(PLAN_STEP.DUE_ON),
            STATUS,
            optional(PLAN_STEP.NOTE),
            optional(PLAN_STEP.DONE_ON),
            PLAN_STEP.CLOSED_BY_RATING,
            PLAN_STEP.VERSION).mapping(PlanStep::new);

    /** The steps of the plan row in the enclosing query, in order (a correlated multiset). */
    private static final Field<List<PlanStep>> STEPS = multiset(select(STEP).from(PLAN_STEP)
            .where(PLAN_STEP.PLAN_ID.eq(PLAN.ID)).and(PLAN_STEP.OWNER_ID.eq(PLAN.OWNER_ID))
            .orderBy(PLAN_STEP.POSITION))
            .convertFrom(steps -> steps.map(Record1::value1));

    private final DSLContext dsl;

    public PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static <T> Field<Optional<T>> optional(Field<T> column) {
        return column.convertFrom(Optional::ofNullable);
    }

    /** The plan's key: its role's key, or "target:12" for a plan for one of the owner's targets. */
    private static final Field<String> PROFILE_KEY = coalesce(ROLE.KEY,
            inline(TargetKey.TARGET_PREFIX).concat(PLAN.TARGET_ID.cast(String.class)));

    /** Creates the owner's plan for a catalog role or for one of their own targets (by key, "target:12"). */
    public long createPlan(long ownerId, String roleKey, int hoursPerWeek, LocalDate startsOn) {
        Optional<Long> targetId = TargetKey.targetId(roleKey);
        if (targetId.isPresent()) {
            return dsl.insertInto(PLAN, PLAN.OWNER_ID, PLAN.TARGET_ID, PLAN.HOURS_PER_WEEK, PLAN.STARTS_ON)
                    .select(select(val(ownerId), TARGET.ID, val(hoursPerWeek), val(startsOn)).from(TARGET)
                            .where(TARGET.ID.eq(targetId.get())).and(TARGET.OWNER_ID.eq(ownerId)))
                    .returningResult(PLAN.ID)
                    .fetchOptional()
                    .orElseThrow(() -> new PlanException("That target is not among yours: it may have been deleted in another tab."))
                    .value1();
        }
        return dsl.insertInto(PLAN, PLAN.OWNER_ID, PLAN.ROLE_ID, PLAN.HOURS_PER_WEEK, PLAN.STARTS_ON)
                .select(select(val(ownerId), ROLE.ID, val(hoursPerWeek), val(startsOn)).from(ROLE).where(ROLE.KEY.eq(roleKey)))
                .returningResult(PLAN.ID)
                .fetchOptional()
                .orElseThrow(() -> new PlanException("There is no role called " + UserText.quote(roleKey) + "."))
                .value1();
    }

    private static Condition isFor(String roleKey) {
        return TargetKey.targetId(roleKey).map(PLAN.TARGET_ID::eq).orElseGet(() -> ROLE.KEY.eq(roleKey));
    }

    /** The owner's plan for a role or target with its steps, in one statement. */
    public Optional<Plan> find(long ownerId, String roleKey) {
        return dsl.select(PLAN.ID, PROFILE_KEY, PLAN.HOURS_PER_WEEK, PLAN.STARTS_ON, STEPS)
                .from(PLAN).leftJoin(ROLE).on(ROLE.ID.eq(PLAN.ROLE_ID))
                .where(PLAN.OWNER_ID.eq(ownerId)).and(isFor(roleKey))
                .fetchOptional(mapping(Plan::new));
    }

    /** All the owner's plans with their steps (the catalog's order of roles, then targets, oldest first), in one statement. */
    public List<Plan> findAll(long ownerId) {
        return dsl.select(PLAN.ID, PROFILE_KEY, PLAN.HOURS_PER_WEEK, PLAN.STARTS_ON, STEPS)
                .from(PLAN).leftJoin(ROLE).on(ROLE.ID.eq(PLAN.ROLE_ID))
                .where(PLAN.OWNER_ID.eq(ownerId))
                .orderBy(ROLE.POSITION.asc().nullsLast(), PLAN.TARGET_ID)
                .fetch(mapping(Plan::new));
    }

    /**
     * The owner's plans with their steps as one field (in the order of {@link #findAll}), for a statement that reads
     * more than plans at once: the weekly view reads plans, ratings and history in one round trip.
     */
    public static Field<List<Plan>> plansOf(long ownerId) {
        return multiset(select(PLAN.ID, PROFILE_KEY, PLAN.HOURS_PER_WEEK, PLAN.STARTS_ON, STEPS)
                .from(PLAN).leftJoin(ROLE).on(ROLE.ID.eq(PLAN.ROLE_ID))
                .where(PLAN.OWNER_ID.eq(ownerId))
                .orderBy(ROLE.POSITION.asc().nullsLast(), PLAN.TARGET_ID))
                .convertFrom(plans -> plans.map(mapping(Plan::new)));
    }

    /** The keys of the roles and targets the owner has plans for, in the same order. */
    public List<String> roleKeysWithPlans(long ownerId) {
        return dsl.select(PROFILE_KEY).from(PLAN).leftJoin(ROLE).on(ROLE.ID.eq(PLAN.ROLE_ID))
                .where(PLAN.OWNER_ID.eq(ownerId)).orderBy(ROLE.POSITION.asc().nullsLast(), PLAN.TARGET_ID)
                .fetch(Record1::value1);
    }

    public List<PlanStep> steps(long ownerId, long planId) {
        return dsl.select(STEP).from(PLAN_STEP)
                .where(PLAN_STEP.OWNER_ID.eq(ownerId)).and(PLAN_STEP.PLAN_ID.eq(planId))
                .orderBy(PLAN_STEP.POSITION)
                .fetch(Record1::value1);
    }

    public Optional<PlanStep> step(long ownerId, long stepId) {
        return dsl.select(STEP).from(PLAN_STEP).where(PLAN_STEP.OWNER_ID.eq(ownerId)).and(PLAN_STEP.ID.eq(stepId))
                .fetchOptional(Record1::value1);
    }

    public void setPace(long ownerId, long planId, int hoursPerWeek) {
        dsl.update(PLAN).set(PLAN.HOURS_PER_WEEK, hoursPerWeek)
                .where(PLAN.OWNER_ID.eq(ownerId)).and(PLAN.ID.eq(planId)).execute();
    }

    /** Inserts a new step or rewrites an existing one (matched by id and owner) with everything given. */
    public void saveMerged(long ownerId, long planId, int position, PlanMerge.Merged step) {
        StepDraft draft = step.draft();
        PlanStepRecord values = dsl.newRecord(PLAN_STEP);
        values.setPosition(position);
        values.set(PLAN_STEP.KIND, draft.kind(), STEP_KIND);
        values.setTitle(draft.title());
        values.setSkillKey(draft.skillKey().orElse(null));
        values.setFromLevel(draft.fromLevel().orElse(null));
        values.setToLevel(draft.toLevel().orElse(null));
        values.setArticleTips(draft.articleTips().toArray(String[]::new));
        values.setAction(draft.action());
        values.setEffortHours(draft.effortHours().orElse(null));
        values.setStartsOn(step.startsOn().orElse(null));
        values.setDueOn(step.dueOn().orElse(null));
        values.set(PLAN_STEP.STATUS, step.status(), STEP_STATUS);
        values.setNote(step.note().orElse(null));
        values.setDoneOn(step.doneOn().orElse(null));
        values.setClosedByRating(step.closedByRating());
        if (step.id().isPresent()) {
            dsl.update(PLAN_STEP).set(values).set(PLAN_STEP.VERSION, PLAN_STEP.VERSION.plus(1))
                    .where(PLAN_STEP.OWNER_ID.eq(ownerId)).and(PLAN_STEP.ID.eq(step.id().get()))
                    .execute();
        } else {
            values.setPlanId(planId);
            values.setOwnerId(ownerId);
            values.setStepKey(draft.key());
            dsl.insertInto(PLAN_STEP).set(values).execute();
        }
    }

    public void setDates(long ownerId, long stepId, LocalDate startsOn, LocalDate dueOn) {
        dsl.update(PLAN_STEP).set(PLAN_STEP.STARTS_ON, startsOn).set(PLAN_STEP.DUE_ON, dueOn)
                .where(PLAN_STEP.OWNER_ID.eq(ownerId)).and(PLAN_STEP.ID.eq(stepId)).execute();
    }

    /**
     * Sets status, note and date done if the step is still at {@code expectedVersion}; returns false
     * (changing nothing) when someone else changed it first.
     */
    public boolean updateProgress(long ownerId, long stepId, int expectedVersion, StepStatus status, String note,
                                  LocalDate doneOn) {
        return dsl.update(PLAN_STEP)
                .set(STATUS, status)
                .set(PLAN_STEP.NOTE, note)
                .set(PLAN_STEP.DONE_ON, doneOn)
                .set(PLAN_STEP.CLOSED_BY_RATING, false)
                .set(PLAN_STEP.VERSION, PLAN_STEP.VERSION.plus(1))
                .where(PLAN_STEP.OWNER_ID.eq(ownerId))
                .and(PLAN_STEP.ID.eq(stepId))
                .and(PLAN_STEP.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    public int deletePlan(long ownerId, long planId) {
        return dsl.deleteFrom(PLAN).where(PLAN.OWNER_ID.eq(ownerId)).and(PLAN.ID.eq(planId)).execute();
    }
}

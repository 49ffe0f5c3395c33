package app.skillpath.plan;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.PLAN;
import static app.skillpath.db.generated.Tables.PLAN_STEP;
import static app.skillpath.db.generated.Tables.ROLE;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

/** Plans and their steps. Every method takes the owner's id and reads or writes only that owner's rows. */
@Repository
public class PlanRepository {

    private final DSLContext dsl;

    public PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long createPlan(long ownerId, String roleKey, int hoursPerWeek, LocalDate startsOn) {
        return dsl.insertInto(PLAN, PLAN.OWNER_ID, PLAN.ROLE_ID, PLAN.HOURS_PER_WEEK, PLAN.STARTS_ON)
                .select(select(val(ownerId), ROLE.ID, val(hoursPerWeek), val(startsOn)).from(ROLE).where(ROLE.KEY.eq(roleKey)))
                .returningResult(PLAN.ID)
                .fetchOptional()
                .orElseThrow(() -> new PlanException("There is no role called “" + roleKey + "”."))
                .value1();
    }

    public Optional<Plan> find(long ownerId, String roleKey) {
        return dsl.select(PLAN.ID, ROLE.KEY, PLAN.HOURS_PER_WEEK, PLAN.STARTS_ON)
                .from(PLAN).join(ROLE).on(ROLE.ID.eq(PLAN.ROLE_ID))
                .where(PLAN.OWNER_ID.eq(ownerId)).and(ROLE.KEY.eq(roleKey))
                .fetchOptional(r -> new Plan(r.value1(), r.value2(), r.value3(), r.value4(), steps(ownerId, r.value1())));
    }

    /** The role keys the owner has plans for, in the catalog's order. */
    public List<String> roleKeysWithPlans(long ownerId) {
        return dsl.select(ROLE.KEY).from(PLAN).join(ROLE).on(ROLE.ID.eq(PLAN.ROLE_ID))
                .where(PLAN.OWNER_ID.eq(ownerId)).orderBy(ROLE.POSITION).fetch(ROLE.KEY);
    }

    public List<PlanStep> steps(long ownerId, long planId) {
        return dsl.selectFrom(PLAN_STEP)
                .where(PLAN_STEP.OWNER_ID.eq(ownerId)).and(PLAN_STEP.PLAN_ID.eq(planId))
                .orderBy(PLAN_STEP.POSITION)
                .fetch(PlanRepository::toStep);
    }

    public Optional<PlanStep> step(long ownerId, long stepId) {
        return dsl.selectFrom(PLAN_STEP).where(PLAN_STEP.OWNER_ID.eq(ownerId)).and(PLAN_STEP.ID.eq(stepId))
                .fetchOptional(PlanRepository::toStep);
    }

    public void setPace(long ownerId, long planId, int hoursPerWeek) {
        dsl.update(PLAN).set(PLAN.HOURS_PER_WEEK, hoursPerWeek)
                .where(PLAN.OWNER_ID.eq(ownerId)).and(PLAN.ID.eq(planId)).execute();
    }

    /** Inserts a new step or rewrites an existing one (matched by id and owner) with everything given. */
    public void saveMerged(long ownerId, long planId, int position, PlanMerge.Merged step) {
        StepDraft draft = step.draft();
        var values = new java.util.HashMap<org.jooq.Field<?>, Object>();
        values.put(PLAN_STEP.POSITION, position);
        values.put(PLAN_STEP.KIND, draft.kind().key());
        values.put(PLAN_STEP.TITLE, draft.title());
        values.put(PLAN_STEP.SKILL_KEY, draft.skillKey().orElse(null));
        values.put(PLAN_STEP.FROM_LEVEL, draft.fromLevel().orElse(null));
        values.put(PLAN_STEP.TO_LEVEL, draft.toLevel().orElse(null));
        values.put(PLAN_STEP.ARTICLE_TIPS, draft.articleTips().toArray(String[]::new));
        values.put(PLAN_STEP.ACTION, draft.action());
        values.put(PLAN_STEP.EFFORT_HOURS, draft.effortHours().orElse(null));
        values.put(PLAN_STEP.STARTS_ON, step.startsOn().orElse(null));
        values.put(PLAN_STEP.DUE_ON, step.dueOn().orElse(null));
        values.put(PLAN_STEP.STATUS, step.status().key());
        values.put(PLAN_STEP.NOTE, step.note().orElse(null));
        values.put(PLAN_STEP.DONE_ON, step.doneOn().orElse(null));
        values.put(PLAN_STEP.CLOSED_BY_RATING, step.closedByRating());
        if (step.id().isPresent()) {
            dsl.update(PLAN_STEP).set(values).set(PLAN_STEP.VERSION, PLAN_STEP.VERSION.plus(1))
                    .where(PLAN_STEP.OWNER_ID.eq(ownerId)).and(PLAN_STEP.ID.eq(step.id().get()))
                    .execute();
        } else {
            values.put(PLAN_STEP.PLAN_ID, planId);
            values.put(PLAN_STEP.OWNER_ID, ownerId);
            values.put(PLAN_STEP.STEP_KEY, draft.key());
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
                .set(PLAN_STEP.STATUS, status.key())
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

    private static PlanStep toStep(Record record) {
        var r = record.into(PLAN_STEP);
        StepDraft draft = new StepDraft(r.getStepKey(), StepKind.fromKey(r.getKind()).orElseThrow(), r.getTitle(),
                Optional.ofNullable(r.getSkillKey()), Optional.ofNullable(r.getFromLevel()), Optional.ofNullable(r.getToLevel()),
                Arrays.asList(r.getArticleTips()), r.getAction(), Optional.ofNullable(r.getEffortHours()));
        return new PlanStep(r.getId(), r.getPosition(), draft, Optional.ofNullable(r.getStartsOn()), Optional.ofNullable(r.getDueOn()),
                StepStatus.fromKey(r.getStatus()).orElseThrow(), Optional.ofNullable(r.getNote()),
                Optional.ofNullable(r.getDoneOn()), r.getClosedByRating(), r.getVersion());
    }
}

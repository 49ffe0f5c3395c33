package app.skillpath.week;

import app.skillpath.assessment.AssessmentRepository;
import app.skillpath.assessment.RatingChange;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanRepository;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetRepository;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.CUSTOM_SKILL;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

/**
 * What the weekly view needs beyond the answers and targets, in one statement: the plans with their steps, the whole
 * rating history (catalog and custom skills) and when each rated skill was last rated or checked.
 */
@Repository
public class WeekRepository {

    /** The plans, the history oldest first, and the last check per rated skill ("custom:7" for a custom skill). */
    public record StoredWeek(List<Plan> plans, List<RatingChange> history, Map<String, Instant> lastChecked) {
    }

    private final DSLContext dsl;

    public WeekRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public StoredWeek load(long ownerId) {
        var catalogHistory = AssessmentRepository.historyOf(ownerId);
        var customHistory = TargetRepository.customHistoryOf(ownerId);
        var catalogChecked = multiset(select(SKILL.KEY, SKILL_RATING.UPDATED_AT)
                .from(SKILL_RATING).join(SKILL).on(SKILL.ID.eq(SKILL_RATING.SKILL_ID))
                .where(SKILL_RATING.OWNER_ID.eq(ownerId)).and(SKILL_RATING.LEVEL.isNotNull()))
                .convertFrom(rows -> rows.map(r -> Map.entry(r.value1(), r.value2().toInstant())));
        var customChecked = multiset(select(CUSTOM_SKILL.ID, CUSTOM_SKILL.UPDATED_AT)
                .from(CUSTOM_SKILL)
                .where(CUSTOM_SKILL.OWNER_ID.eq(ownerId)).and(CUSTOM_SKILL.LEVEL.isNotNull()))
                .convertFrom(rows -> rows.map(r -> Map.entry(TargetKey.ofCustomSkill(r.value1()), r.value2().toInstant())));
        var plans = PlanRepository.plansOf(ownerId);
        Record row = dsl.select(plans, catalogHistory, customHistory, catalogChecked, customChecked)
                .fetchSingle();
        List<RatingChange> history = new ArrayList<>(row.get(catalogHistory));
        history.addAll(row.get(customHistory));
        // both lists are oldest first; the merge keeps that order (a stable sort)
        history.sort(Comparator.comparing(RatingChange::changedAt));
        Map<String, Instant> lastChecked = new HashMap<>();
        row.get(catalogChecked).forEach(entry -> lastChecked.put(entry.getKey(), entry.getValue()));
        row.get(customChecked).forEach(entry -> lastChecked.put(entry.getKey(), entry.getValue()));
        return new StoredWeek(row.get(plans), history, lastChecked);
    }
}

package app.skillpath.week;

import app.skillpath.account.CurrentUser;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.SelfAssessment;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import app.skillpath.plan.Plan;
import app.skillpath.scoring.FitService;
import app.skillpath.target.CustomSkill;
import app.skillpath.target.MyTargets;
import app.skillpath.target.Target;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The logged-in user's week: read in three statements (answers, targets, plans with history), worked out in plain Java. */
@Service
public class WeekService {

    private final WeekRepository repository;
    private final AssessmentService assessmentService;
    private final TargetService targetService;
    private final FitService fitService;
    private final CatalogService catalogService;
    private final CurrentUser currentUser;
    private final Clock clock;

    public WeekService(WeekRepository repository, AssessmentService assessmentService, TargetService targetService,
                       FitService fitService, CatalogService catalogService, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.assessmentService = assessmentService;
        this.targetService = targetService;
        this.fitService = fitService;
        this.catalogService = catalogService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Read in one transaction, so the answers, targets and plans are of one moment. */
    @Transactional(readOnly = true)
    public ThisWeek thisWeek() {
        SelfAssessment assessment = assessmentService.mine();
        MyTargets targets = targetService.mine();
        WeekRepository.StoredWeek stored = repository.load(currentUser.id());
        Catalog catalog = catalogService.catalog();
        List<WeekInputs.PlannedFor> plans = stored.plans().stream()
                .map(plan -> new WeekInputs.PlannedFor(plan, title(plan, catalog, targets), fitService.requirementsOf(plan.roleKey(), targets)))
                .toList();
        Map<String, String> names = new HashMap<>();
        catalog.skillsByKey().forEach((key, skill) -> names.put(key, skill.name()));
        for (CustomSkill custom : targets.customSkills()) {
            names.put(custom.key(), custom.name());
        }
        return WeeklyLoop.of(new WeekInputs(plans, FitService.answers(assessment, targets), stored.history(),
                stored.lastChecked(), names, clock.instant(), currentUser.zone()));
    }

    /** The rating of a catalog skill or a custom skill ("custom:7") still holds: it counts as checked today. */
    public void stillRight(String skillKey) {
        if (TargetKey.isCustomSkill(skillKey)) {
            targetService.confirmCustomRating(skillKey);
        } else {
            assessmentService.confirmRating(skillKey);
        }
    }

    private static String title(Plan plan, Catalog catalog, MyTargets targets) {
        if (TargetKey.isTarget(plan.roleKey())) {
            return targets.target(plan.roleKey()).map(Target::title).orElse("A deleted target");
        }
        return catalog.roleIncludingRetired(plan.roleKey()).map(Role::title).orElse(plan.roleKey());
    }
}

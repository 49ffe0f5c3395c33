package app.skillpath.plan;

import app.skillpath.account.AccountService;
import app.skillpath.account.CurrentUser;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.SelfAssessment;
import app.skillpath.base.text.UserText;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Tip;
import app.skillpath.catalog.TipKind;
import app.skillpath.assessment.RatingChange;
import app.skillpath.operations.SkillpathMetrics;
import app.skillpath.scoring.Answers;
import app.skillpath.scoring.FitCalculator;
import app.skillpath.scoring.FitScore;
import app.skillpath.scoring.FitService;
import app.skillpath.scoring.RoleRequirements;
import app.skillpath.target.CustomSkill;
import app.skillpath.target.MyTargets;
import app.skillpath.target.Target;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The logged-in user's learning plans: create, re-pace, regenerate, track, and look back. */
@Service
public class PlanService {

    public static final int MIN_PACE = 1;
    public static final int MAX_PACE = 40;
    public static final int NOTE_MAX_LENGTH = 2000;
    /** Suggested steps one plan holds at most (a member may accept up to 200 per team, in several plans). */
    public static final int MAX_SUGGESTED_STEPS = 200;
    /** A suggestion's "what to do" (2,000 characters) plus who suggested it, in which team. */
    public static final int SUGGESTED_ACTION_MAX_LENGTH = 2500;

    private final PlanRepository repository;
    private final CatalogService catalogService;
    private final AssessmentService assessmentService;
    private final FitService fitService;
    private final TargetService targetService;
    private final CurrentUser currentUser;
    private final AccountService accountService;
    private final Clock clock;
    private final SkillpathMetrics metrics;

    public PlanService(PlanRepository repository, CatalogService catalogService, AssessmentService assessmentService,
                       FitService fitService, TargetService targetService, CurrentUser currentUser,
                       AccountService accountService, Clock clock, SkillpathMetrics metrics) {
        this.metrics = metrics;
        this.repository = repository;
        this.targetService = targetService;
        this.catalogService = catalogService;
        this.assessmentService = assessmentService;
        this.fitService = fitService;
        this.currentUser = currentUser;
        this.accountService = accountService;
        this.clock = clock;
    }

    /**
     * A user's plan changes from several browsers at once (tabs of one browser are serialised by
     * Vaadin's session lock) take turns on the user's account row, as imports do: a plan created twice
     * is refused as such, a step saved while its plan is rebuilt or deleted sees the result, not a
     * database error. Held until the change commits.
     */
    private void oneChangeAtATime() {
        accountService.lockMine();
    }

    @Transactional(readOnly = true)
    public Optional<Plan> myPlan(String roleKey) {
        return repository.find(currentUser.id(), roleKey);
    }

    @Transactional(readOnly = true)
    public List<String> myPlanRoleKeys() {
        return repository.roleKeysWithPlans(currentUser.id());
    }

    /** All the user's plans with their steps, in the catalog's order of roles (for the data export). */
    @Transactional(readOnly = true)
    public List<Plan> myPlans() {
        return repository.findAll(currentUser.id());
    }

    /**
     * For importing a checked data file: stores a plan with its steps exactly as given (dates, statuses and notes
     * included), also for a retired role. Only inside the import's transaction, so a file is stored whole or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void importPlan(String roleKey, int hoursPerWeek, LocalDate startsOn, List<PlanMerge.Merged> steps) {
        long ownerId = currentUser.id();
        long planId = repository.createPlan(ownerId, roleKey, hoursPerWeek, startsOn);
        for (int position = 0; position < steps.size(); position++) {
            repository.saveMerged(ownerId, planId, position, steps.get(position));
        }
    }

    /** Creates the plan for a role from the current gaps, dated from today at the given pace. */
    @Transactional
    public Plan createPlan(String roleKey, int hoursPerWeek) {
        oneChangeAtATime();
        Profile profile = requireProfile(roleKey, "it takes no new plans.");
        requirePace(hoursPerWeek);
        long ownerId = currentUser.id();
        if (repository.find(ownerId, roleKey).isPresent()) {
            throw new PlanException("You already have a plan for " + profile.title() + ".");
        }
        long planId = repository.createPlan(ownerId, roleKey, hoursPerWeek, today());
        saveSteps(ownerId, planId, PlanMerge.merge(List.of(), drafts(profile), today()), hoursPerWeek);
        metrics.planCreated();
        return repository.find(ownerId, roleKey).orElseThrow();
    }

    /** New pace: the open steps are dated again from today. */
    @Transactional
    public Plan changePace(String roleKey, int hoursPerWeek) {
        oneChangeAtATime();
        requirePace(hoursPerWeek);
        long ownerId = currentUser.id();
        Plan plan = requirePlan(roleKey);
        repository.setPace(ownerId, plan.id(), hoursPerWeek);
        redate(ownerId, plan.id(), hoursPerWeek);
        return repository.find(ownerId, roleKey).orElseThrow();
    }

    /** Rebuilds the steps from the current ratings, keeping everything the user did and wrote (see {@link PlanMerge}). */
    @Transactional
    public Plan regenerate(String roleKey) {
        oneChangeAtATime();
        long ownerId = currentUser.id();
        Plan plan = requirePlan(roleKey);
        Profile profile = requireProfile(roleKey, "its plan is kept as it is, but no longer rebuilt from your ratings.");
        saveSteps(ownerId, plan.id(), PlanMerge.merge(plan.steps(), drafts(profile), today()), plan.hoursPerWeek());
        return repository.find(ownerId, roleKey).orElseThrow();
    }

    /**
     * Saves a step's status and note if nobody changed it since {@code expectedVersion} was read;
     * otherwise throws {@link StaleStepException} with the current state and changes nothing.
     */
    @Transactional
    public PlanStep updateStep(long stepId, int expectedVersion, StepStatus status, String note) {
        oneChangeAtATime();
        long ownerId = currentUser.id();
        String text = note == null ? "" : note.strip();
        if (text.length() > NOTE_MAX_LENGTH) {
            throw new PlanException("A note can have at most " + NOTE_MAX_LENGTH + " characters; this one has " + text.length() + ".");
        }
        UserText.unstorable(text).ifPresent(problem -> {
            throw new PlanException("This note cannot be saved: " + problem + ".");
        });
        if (status == null) {
            throw new PlanException("Choose a status.");
        }
        PlanStep step = repository.step(ownerId, stepId).orElseThrow(() -> new PlanException("That step is no longer in your plan: the plan was deleted or rebuilt, perhaps in another tab."));
        LocalDate doneOn = status == StepStatus.DONE ? step.doneOn().orElse(today()) : null;
        if (!repository.updateProgress(ownerId, stepId, expectedVersion, status, text.isEmpty() ? null : text, doneOn)) {
            throw new StaleStepException(repository.step(ownerId, stepId).orElseThrow());
        }
        if (status == StepStatus.DONE && step.status() != StepStatus.DONE) {
            metrics.stepCompleted();
        }
        return repository.step(ownerId, stepId).orElseThrow();
    }

    /**
     * Adds a step someone else suggested (a team's owner) to the user's plan for {@code roleKey}, after its other
     * steps; regenerating keeps it as it is (see {@link PlanMerge}).
     */
    @Transactional
    public Plan addSuggestedStep(String roleKey, StepDraft draft) {
        if (draft == null || !PlanMerge.isSuggested(draft.key())) {
            throw new IllegalArgumentException("A suggested step's key starts with " + PlanMerge.SUGGESTED_PREFIX);
        }
        if (draft.action().length() > SUGGESTED_ACTION_MAX_LENGTH) {
            throw new PlanException("What to do can have at most " + SUGGESTED_ACTION_MAX_LENGTH + " characters in a plan; "
                    + "this suggestion has " + draft.action().length() + ".");
        }
        oneChangeAtATime();
        long ownerId = currentUser.id();
        Plan plan = repository.find(ownerId, roleKey).orElseThrow(() -> new PlanException("You have no plan for that "
                + (TargetKey.isTarget(roleKey) ? "target" : "role") + " (it may have been deleted in another tab): "
                + "create the plan first, then add the suggestion to it."));
        if (plan.steps().stream().anyMatch(step -> step.key().equals(draft.key()))) {
            throw new PlanException("This suggestion is in that plan already.");
        }
        if (plan.steps().stream().filter(step -> PlanMerge.isSuggested(step.key())).count() >= MAX_SUGGESTED_STEPS) {
            throw new PlanException("A plan can hold at most " + MAX_SUGGESTED_STEPS + " suggested steps; add this one to "
                    + "another of your plans.");
        }
        int position = plan.steps().stream().mapToInt(PlanStep::position).max().orElse(-1) + 1;
        repository.saveMerged(ownerId, plan.id(), position, new PlanMerge.Merged(Optional.empty(), draft, StepStatus.TODO,
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), 0));
        // dated like the other open steps: after them, at the plan's pace (a step without an effort takes no dates)
        redate(ownerId, plan.id(), plan.hoursPerWeek());
        return repository.find(ownerId, roleKey).orElseThrow();
    }

    @Transactional
    public void deletePlan(String roleKey) {
        oneChangeAtATime();
        repository.deletePlan(currentUser.id(), requirePlan(roleKey).id());
    }

    /** The fit for the role or target by week, from the rating history (catalog and custom skills together). */
    @Transactional(readOnly = true)
    public List<FitTrend.Week> trend(String roleKey) {
        // a role's fit takes no custom rating: the targets are read for a target only, and once
        MyTargets targets = TargetKey.isTarget(roleKey) ? targetService.mine() : MyTargets.none();
        Profile profile = requireProfile(roleKey, targets, "it has no fit any more.");
        SelfAssessment assessment = assessmentService.mine();
        List<RatingChange> history = new ArrayList<>(assessmentService.myHistory());
        if (TargetKey.isTarget(roleKey)) {
            history.addAll(targetService.myCustomHistory());
            history.sort(Comparator.comparing(RatingChange::changedAt));
        }
        return FitTrend.weekly(profile.requirements(), history, FitService.answers(assessment, targets), today());
    }

    private RoleRequirements requirements(Role role) {
        return fitService.requirements().stream().filter(r -> r.roleKey().equals(role.key())).findFirst().orElseThrow();
    }

    /** What a plan is for: a catalog role or one of the user's targets, scored and planned the same way. */
    private record Profile(String key, String title, RoleRequirements requirements, PlanBasis basis) {
    }

    private List<StepDraft> drafts(Profile profile) {
        Catalog catalog = catalogService.catalog();
        Answers answers = FitService.answers(assessmentService.mine(), targetService.mine());
        FitScore score = FitCalculator.score(profile.requirements(), answers);
        return PlanGenerator.generate(profile.basis(), score, answers, catalog.toolsByKey(), catalog.fieldsByKey());
    }

    /** An active role or one of the user's own targets; anything else is refused with a message. */
    private Profile requireProfile(String key, String whyNotWhenRetired) {
        return requireProfile(key, TargetKey.isTarget(key) ? targetService.mine() : MyTargets.none(), whyNotWhenRetired);
    }

    private Profile requireProfile(String key, MyTargets targets, String whyNotWhenRetired) {
        if (TargetKey.isTarget(key)) {
            Target target = targets.target(key).orElseThrow(() -> new PlanException(
                    "That target is not among yours: it may have been deleted in another tab."));
            RoleRequirements requirements = fitService.requirements(target).orElseThrow(() -> new PlanException(
                    "“" + target.title() + "” asks for no skill the catalog still has: add a skill to it to plan for it."));
            return new Profile(key, target.title(), requirements, basisOf(target, targets));
        }
        Role role = requireRole(key, whyNotWhenRetired);
        return new Profile(role.key(), role.title(), requirements(role), PlanBasis.of(role, catalogService.catalog().skillsByKey()));
    }

    /**
     * A target's plan is built like a role's, from the article's getting-started tips of every role (a target has no
     * tips of its own): a skill tip where the article has one for the skill, the evidence tips for the skills with gaps,
     * and one recurring "stay current" habit. A custom skill has no tip; its step counts the owner's hours per level.
     */
    private PlanBasis basisOf(Target target, MyTargets targets) {
        Catalog catalog = catalogService.catalog();
        Map<String, CustomSkill> custom = targets.customSkillsByKey();
        List<PlanBasis.Need> needs = target.skills().stream()
                .filter(skill -> skill.custom() || catalog.skillsByKey().containsKey(skill.skillKey()))
                .map(skill -> new PlanBasis.Need(skill.skillKey(), skill.name(), skill.requiredLevel(),
                        skill.custom() ? OptionalInt.of(custom.get(skill.skillKey()).hoursPerLevel()) : OptionalInt.empty()))
                .toList();
        Map<String, Tip> tips = new LinkedHashMap<>();
        boolean[] habitTaken = {false};
        for (Role role : catalogService.roles()) {
            for (Tip tip : role.tips()) {
                boolean habit = tip.kind() == TipKind.ONGOING;
                if (!habit || !habitTaken[0]) {
                    tips.putIfAbsent(tip.key(), tip);
                    habitTaken[0] |= habit;
                }
            }
        }
        return new PlanBasis(needs, List.copyOf(tips.values()), target.education().map(asked -> new PlanBasis.EducationNeed(
                asked.minimum(), asked.fieldKeys(), asked.relatedFieldsAccepted(), Optional.empty())));
    }

    private void saveSteps(long ownerId, long planId, List<PlanMerge.Merged> steps, int hoursPerWeek) {
        for (int position = 0; position < steps.size(); position++) {
            repository.saveMerged(ownerId, planId, position, steps.get(position));
        }
        redate(ownerId, planId, hoursPerWeek);
    }

    private void redate(long ownerId, long planId, int hoursPerWeek) {
        List<PlanStep> steps = repository.steps(ownerId, planId);
        List<PlanSchedule.Dates> dates = PlanSchedule.schedule(steps, today(), hoursPerWeek);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).status().isOpen()) {
                repository.setDates(ownerId, steps.get(i).id(), dates.get(i).startsOn().orElse(null), dates.get(i).dueOn().orElse(null));
            }
        }
    }

    /** An active role; a retired one (whose existing plans stay) is refused with the reason given. */
    private Role requireRole(String roleKey, String whyNotWhenRetired) {
        Optional<Role> retired = catalogService.catalog().retired().roles().stream()
                .filter(role -> role.key().equals(roleKey)).findFirst();
        if (retired.isPresent()) {
            throw new PlanException("The role “" + retired.get().title() + "” is retired: " + whyNotWhenRetired);
        }
        return catalogService.role(roleKey).orElseThrow(() -> new PlanException("There is no role called " + UserText.quote(roleKey) + "."));
    }

    private Plan requirePlan(String roleKey) {
        return repository.find(currentUser.id(), roleKey)
                .orElseThrow(() -> new PlanException("You have no plan for that " + (TargetKey.isTarget(roleKey) ? "target" : "role")
                        + ": it may have been deleted in another tab."));
    }

    private static void requirePace(int hoursPerWeek) {
        if (hoursPerWeek < MIN_PACE || hoursPerWeek > MAX_PACE) {
            throw new PlanException("Choose a pace from " + MIN_PACE + " to " + MAX_PACE + " hours a week, not " + hoursPerWeek + ".");
        }
    }

    private LocalDate today() {
        return currentUser.today(clock);
    }
}

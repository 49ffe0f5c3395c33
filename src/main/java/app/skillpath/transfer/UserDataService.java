package app.skillpath.transfer;

import app.skillpath.account.AccountService;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.EducationAnswer;
import app.skillpath.assessment.RatingChange;
import app.skillpath.assessment.SelfAssessment;
import app.skillpath.assessment.SkillRating;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogItem;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.operations.SkillpathMetrics;
import app.skillpath.operations.SkillpathMetrics.ImportOutcome;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanMerge;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.StepDraft;
import app.skillpath.plan.StepKind;
import app.skillpath.plan.StepStatus;
import app.skillpath.review.CheckIn;
import app.skillpath.review.ReviewService;
import app.skillpath.target.CustomSkill;
import app.skillpath.target.MyTargets;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetEducation;
import app.skillpath.target.TargetException;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetService;
import app.skillpath.target.TargetSkill;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Export of all the logged-in user's data as JSON, and import of such a file into an empty
 * account, through the features' own services (which act on the logged-in user only). An import is checked
 * completely before anything is written, and runs in one transaction: a malformed or foreign file changes nothing.
 */
@Service
public class UserDataService {

    /** The largest file read: an export of everything the app can hold for a user is far smaller. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** The key in the file of a plan step for a custom skill (followed by the skill's name); see {@link #planData}. */
    static final String CUSTOM_STEP_KEY_PREFIX = "custom-skill:";

    private static final Logger log = LoggerFactory.getLogger(UserDataService.class);

    private final AccountService accounts;
    private final AssessmentService assessments;
    private final PlanService plans;
    private final TargetService targets;
    private final ReviewService reviews;
    private final CatalogService catalogService;
    private final Clock clock;
    private final SkillpathMetrics metrics;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // "3" is not a level and 42 not a note: Skillpath writes each value with its own JSON type, so a file that
            // does not is refused with the entry named rather than read by Jackson's guesses
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public UserDataService(AssessmentService assessments, PlanService plans, TargetService targets,
                           ReviewService reviews, CatalogService catalogService, Clock clock, AccountService accounts,
                           SkillpathMetrics metrics) {
        this.metrics = metrics;
        this.accounts = accounts;
        this.reviews = reviews;
        this.targets = targets;
        this.assessments = assessments;
        this.plans = plans;
        this.catalogService = catalogService;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public String exportMine() {
        SelfAssessment assessment = assessments.mine();
        List<UserDataFile.Rating> ratings = assessment.ratings().values().stream()
                .sorted(Comparator.comparing(SkillRating::skillKey))
                .map(r -> new UserDataFile.Rating(r.skillKey(), r.level().orElse(null), r.note().orElse(null))).toList();
        List<UserDataFile.HistoryEntry> history = assessments.myHistory().stream()
                .map(change -> new UserDataFile.HistoryEntry(change.skillKey(), change.level().orElse(null), change.changedAt()))
                .toList();
        EducationAnswer education = assessment.education();
        MyTargets mine = targets.mine();
        Map<String, String> customNames = mine.customSkills().stream()
                .collect(Collectors.toMap(CustomSkill::key, CustomSkill::name));
        Map<String, Integer> targetIndex = new HashMap<>();
        for (int i = 0; i < mine.targets().size(); i++) {
            targetIndex.put(mine.targets().get(i).key(), i);
        }
        List<UserDataFile.PlanData> planData = plans.myPlans().stream()
                .map(plan -> planData(plan, targetIndex, customNames)).toList();
        List<String> tools = assessment.toolKeys().stream().sorted().toList();
        Map<String, List<UserDataFile.CustomHistoryEntry>> customHistory = targets.myCustomHistory().stream()
                .collect(Collectors.groupingBy(RatingChange::skillKey, Collectors.mapping(
                        change -> new UserDataFile.CustomHistoryEntry(change.level().orElse(null), change.changedAt()),
                        Collectors.toList())));
        List<UserDataFile.CustomSkillData> customSkills = mine.customSkills().stream()
                .map(skill -> new UserDataFile.CustomSkillData(skill.name(), skill.level().orElse(null), skill.note().orElse(null),
                        skill.hoursPerLevel(), customHistory.getOrDefault(skill.key(), List.of())))
                .toList();
        List<UserDataFile.TargetData> targetData = mine.targets().stream().map(UserDataService::targetData).toList();
        // oldest first: imported in file order, check-ins taken at the same instant keep their order
        List<UserDataFile.CheckInData> checkIns = reviews.myCheckIns().reversed().stream().map(UserDataService::checkInData).toList();
        UserDataFile file = new UserDataFile(UserDataFile.FORMAT, UserDataFile.VERSION, ratings, history,
                new UserDataFile.Education(education.level().map(EducationLevel::key).orElse(null), education.fieldKey().orElse(null)),
                tools, planData, retiredNamed(ratings, history, education, tools, planData, targetData), customSkills, targetData,
                checkIns);
        return json.writeValueAsString(file);
    }

    /** A target as the file holds it: its custom skills by name, never by key (a key is a row id of this server). */
    private static UserDataFile.TargetData targetData(Target target) {
        return new UserDataFile.TargetData(target.title(), target.company().orElse(null), target.postingText().orElse(null),
                target.postingUrl().orElse(null),
                target.skills().stream().map((TargetSkill skill) -> new UserDataFile.TargetSkillData(
                        skill.custom() ? null : skill.skillKey(), skill.custom() ? skill.name() : null,
                        skill.requiredLevel(), skill.weight(), skill.mustHave())).toList(),
                target.education().map(education -> new UserDataFile.TargetEducationData(education.minimum().key(),
                        education.fieldKeys(), education.relatedFieldsAccepted(), education.weight())).orElse(null),
                target.toolKeys());
    }

    /**
     * A check-in as the file holds it: without the reviewer's name (another person's data) and without a target's key
     * (a database id); the target's fit keeps its title, which is what the check-in shows.
     */
    private static UserDataFile.CheckInData checkInData(CheckIn checkIn) {
        CheckIn.Snapshot s = checkIn.snapshot();
        return new UserDataFile.CheckInData(checkIn.takenAt(), s.scope(), s.reviewSubmittedAt(),
                s.items().stream().map(item -> new UserDataFile.CheckInItem(item.skill(), item.skillName(), item.ownLevel(),
                        item.reviewerLevel(), item.cannotJudge(), item.agreedLevel(), item.comment())).toList(),
                s.fits().stream().map(fit -> new UserDataFile.CheckInFit(fit.key() == null || TargetKey.isTarget(fit.key()) ? null : fit.key(),
                        fit.title(), Math.toIntExact(fit.own()), fit.reviewer() == null ? null : Math.toIntExact(fit.reviewer()),
                        Math.toIntExact(fit.lower()))).toList());
    }

    /** The retired catalog entries among those the user's data names, so the file says which they are. */
    private List<String> retiredNamed(List<UserDataFile.Rating> ratings, List<UserDataFile.HistoryEntry> history,
                                      EducationAnswer education, List<String> tools, List<UserDataFile.PlanData> planData,
                                      List<UserDataFile.TargetData> targetData) {
        Catalog catalog = catalogService.catalog();
        Set<CatalogItem> named = new LinkedHashSet<>();
        ratings.forEach(r -> named.add(CatalogItem.skill(r.skill())));
        history.forEach(h -> named.add(CatalogItem.skill(h.skill())));
        education.fieldKey().ifPresent(field -> named.add(CatalogItem.field(field)));
        tools.forEach(tool -> named.add(CatalogItem.tool(tool)));
        targetData.forEach(target -> {
            target.skills().stream().filter(skill -> skill.skill() != null).forEach(skill -> named.add(CatalogItem.skill(skill.skill())));
            if (target.education() != null) {
                target.education().fields().forEach(field -> named.add(CatalogItem.field(field)));
            }
            target.tools().forEach(tool -> named.add(CatalogItem.tool(tool)));
        });
        planData.forEach(plan -> {
            if (plan.role() != null) {
                named.add(CatalogItem.role(plan.role()));
            }
            plan.steps().stream().filter(step -> step.skill() != null).forEach(step -> named.add(CatalogItem.skill(step.skill())));
        });
        return named.stream().filter(catalog::isRetired)
                .map(item -> item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + item.key())
                .sorted().toList();
    }

    /**
     * A plan as the file holds it: a target's plan names its target by index in the file's targets, and a step for a
     * custom skill names the skill by name, with a key made from that name ("custom-skill:Dbt"), so no id is written.
     */
    private static UserDataFile.PlanData planData(Plan plan, Map<String, Integer> targetIndex, Map<String, String> customNames) {
        boolean forTarget = TargetKey.isTarget(plan.roleKey());
        return new UserDataFile.PlanData(forTarget ? null : plan.roleKey(), forTarget ? targetIndex.get(plan.roleKey()) : null,
                plan.hoursPerWeek(), plan.startsOn(), plan.steps().stream()
                .map(step -> {
                    StepDraft d = step.draft();
                    String customName = d.skillKey().filter(TargetKey::isCustomSkill).map(customNames::get).orElse(null);
                    return new UserDataFile.Step(customName != null ? CUSTOM_STEP_KEY_PREFIX + customName : d.key(),
                            d.kind().key(), d.title(), customName != null ? null : d.skillKey().orElse(null), customName,
                            d.fromLevel().orElse(null), d.toLevel().orElse(null), d.articleTips(), d.action(),
                            d.effortHours().orElse(null), step.startsOn().orElse(null), step.dueOn().orElse(null),
                            step.status().key(), step.note().orElse(null), step.doneOn().orElse(null), step.closedByRating());
                }).toList());
    }

    /**
     * Reads an uploaded file, but never more than {@link #MAX_FILE_BYTES} + 1 bytes: a larger upload is
     * refused after that byte instead of being read (and held in memory) whole.
     */
    public static byte[] readFile(InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
        requireSize(content.length);
        return content;
    }

    /**
     * An uploaded file's content, refused as {@link #requireSize} and {@link #readFile} refuse it (before a byte is read
     * when the upload announces more than the limit); such a refusal counts as a refused import. No transaction: nothing
     * is stored here, and none is held open while the upload arrives.
     */
    public byte[] readUpload(long announcedSize, InputStream in) throws IOException {
        Timer.Sample started = metrics.importStarted();
        try {
            requireSize(announcedSize);
            return readFile(in);
        } catch (TransferException e) {
            metrics.importEnded(started, ImportOutcome.REFUSED);
            throw e;
        }
    }

    /**
     * Stores a Skillpath data file in the logged-in user's account, whole or not at all. Timed and counted: accepted
     * once the transaction commits, refused when a {@link TransferException} says why nothing was stored.
     */
    @Transactional
    public void importIntoMine(byte[] content) {
        Timer.Sample started = metrics.importStarted();
        try {
            importChecked(content);
        } catch (TransferException e) {
            metrics.importEnded(started, ImportOutcome.REFUSED);
            throw e;
        }
        metrics.importEnded(started, ImportOutcome.ACCEPTED);
    }

    private void importChecked(byte[] content) {
        if (content != null) {
            requireSize(content.length);
        }
        UserDataFile file = parse(content);
        new Check(catalogService.catalog(), clock).file(file);
        // two tabs importing at once: the second waits here, then finds the first one's data
        accounts.lockMine();
        // Check-ins are the user's data like the rest: an account keeping some takes no import (the file's check-ins
        // would mix with them). Reviews are not in the file and not touched: the import adds, it never deletes, and a
        // review is shared with another person (their answers, their list), so only its own pages end one.
        if (assessments.hasStoredAnswers() || !plans.myPlanRoleKeys().isEmpty() || targets.hasStoredTargets()
                || reviews.hasCheckIns()) {
            throw new TransferException("Import only works into an account without answers or plans yet. "
                    + "Targets, skills of your own and check-ins count as well. Use a new account, or delete this one's data first.");
        }
        store(file);
    }

    /**
     * Writes a checked file. The checks above should leave nothing for the database to refuse; should one
     * of its constraints still reject a value, the user hears that the file is at fault (and the
     * transaction rolls back), not that the database cannot be reached.
     */
    @Transactional // for a direct call; from importIntoMine it runs in that method's transaction
    void store(UserDataFile file) {
        try {
            write(file);
        } catch (DataIntegrityViolationException e) {
            log.warn("An import was refused by a database constraint the file checks did not catch", e);
            throw new TransferException("The file holds a value Skillpath cannot store (for example text or a number "
                    + "outside what Skillpath accepts). Use a file exported from Skillpath, unchanged.");
        }
    }

    /** Hands the file's parts to the features' services, all inside the caller's transaction. */
    private void write(UserDataFile file) {
        assessments.importAnswers(
                file.ratings().stream().map(r -> new SkillRating(r.skill(), Optional.ofNullable(r.level()),
                        Optional.ofNullable(r.note()))).toList(),
                file.ratingHistory().stream().map(h -> new RatingChange(h.skill(), Optional.ofNullable(h.level()),
                        h.changedAt())).toList(),
                new EducationAnswer(EducationLevel.fromKey(file.education().level()), Optional.ofNullable(file.education().field())),
                file.tools());
        // custom skills first: targets and plan steps name them by the keys they get here
        Map<String, String> customKeys = new HashMap<>();
        List<UserDataFile.CustomSkillData> customSkills = file.customSkills() == null ? List.of() : file.customSkills();
        for (int i = 0; i < customSkills.size(); i++) {
            UserDataFile.CustomSkillData c = customSkills.get(i);
            String key = asTransfer("customSkills[" + i + "]", () -> targets.importCustomSkill(
                    new CustomSkill(0, c.name(), Optional.ofNullable(c.level()), Optional.ofNullable(c.note()), c.hoursPerLevel()),
                    c.history().stream().map(h -> new RatingChange(null, Optional.ofNullable(h.level()), h.changedAt())).toList()));
            customKeys.put(c.name().toLowerCase(Locale.ROOT), key);
        }
        Function<String, String> customKey = name -> customKeys.get(name.toLowerCase(Locale.ROOT));
        List<String> targetKeys = new ArrayList<>();
        List<UserDataFile.TargetData> targetData = file.targets() == null ? List.of() : file.targets();
        for (int i = 0; i < targetData.size(); i++) {
            TargetDraft draft = draft(targetData.get(i), customKey);
            targetKeys.add(asTransfer("targets[" + i + "]", () -> targets.importTarget(draft)));
        }
        for (UserDataFile.PlanData planData : file.plans()) {
            plans.importPlan(planData.role() != null ? planData.role() : targetKeys.get(planData.target()),
                    planData.hoursPerWeek(), planData.startsOn(), planData.steps().stream()
                    .map(s -> {
                        String skillKey = s.customSkill() != null ? customKey.apply(s.customSkill()) : s.skill();
                        // a custom skill's step gets the key PlanGenerator gives it, so a regenerated plan keeps its status
                        String stepKey = s.customSkill() != null ? "skill:" + skillKey : s.key();
                        return new PlanMerge.Merged(Optional.empty(), new StepDraft(stepKey,
                                StepKind.fromKey(s.kind()).orElseThrow(), s.title(), Optional.ofNullable(skillKey),
                                Optional.ofNullable(s.fromLevel()), Optional.ofNullable(s.toLevel()), s.articleTips(), s.action(),
                                Optional.ofNullable(s.effortHours())),
                                StepStatus.fromKey(s.status()).orElseThrow(), Optional.ofNullable(s.note()),
                                Optional.ofNullable(s.doneOn()), s.closedByRating(), Optional.ofNullable(s.startsOn()),
                                Optional.ofNullable(s.dueOn()), 0);
                    })
                    .toList());
        }
        // in file order (oldest first), so ids follow the order the check-ins were taken in
        for (UserDataFile.CheckInData c : file.checkIns() == null ? List.<UserDataFile.CheckInData>of() : file.checkIns()) {
            reviews.importCheckIn(c.takenAt(), new CheckIn.Snapshot(c.scope(), c.reviewSubmittedAt(),
                    c.items().stream().map(i -> new CheckIn.Item(i.skill(), i.skillName(), i.ownLevel(), i.reviewerLevel(),
                            i.cannotJudge(), i.agreedLevel(), i.comment())).toList(),
                    c.fits().stream().map(f -> new CheckIn.Fit(f.key(), f.title(), f.own(),
                            f.reviewer() == null ? null : f.reviewer().longValue(), f.lower())).toList()));
        }
    }

    private static TargetDraft draft(UserDataFile.TargetData t, Function<String, String> customKey) {
        UserDataFile.TargetEducationData e = t.education();
        return new TargetDraft(t.title(), orEmpty(t.company()), orEmpty(t.postingText()), orEmpty(t.postingUrl()),
                t.skills().stream().map(s -> s.customSkill() != null
                        ? new TargetDraft.SkillDraft(customKey.apply(s.customSkill()), s.customSkill(), s.level(), s.weight(), s.mustHave())
                        : TargetDraft.SkillDraft.catalog(s.skill(), s.level(), s.weight(), s.mustHave())).toList(),
                e == null ? Optional.empty() : Optional.of(new TargetEducation(EducationLevel.fromKey(e.minimum()).orElseThrow(),
                        e.fields(), e.relatedFields(), e.weight())),
                t.tools());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * Runs an import step of TargetService; should its own checks refuse what {@link Check} let through, the user
     * hears it with the place in the file, and the whole import rolls back.
     */
    private static String asTransfer(String at, java.util.function.Supplier<String> step) {
        try {
            return step.get();
        } catch (TargetException e) {
            throw new TransferException(at + ": " + e.getMessage());
        }
    }

    /** Refuses a file of more than {@link #MAX_FILE_BYTES}; an unknown length (-1) passes, {@link #readFile} cuts it off. */
    public static void requireSize(long length) {
        if (length > MAX_FILE_BYTES) {
            throw new TransferException("The file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MB, more than any Skillpath data file can be, so it was not read.");
        }
    }

    private UserDataFile parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw new TransferException("The file is empty.");
        }
        UserDataFile file;
        try {
            file = json.readValue(content, UserDataFile.class);
        } catch (JacksonException e) {
            throw new TransferException("The file could not be read as Skillpath data: " + JsonProblem.describe(e));
        }
        if (file == null || !UserDataFile.FORMAT.equals(file.format())) {
            throw new TransferException("This is not a Skillpath data file (it should say \"format\": \"" + UserDataFile.FORMAT + "\").");
        }
        if (file.version() > UserDataFile.VERSION) {
            throw new TransferException("This Skillpath data file has version " + file.version()
                    + ", from a newer Skillpath; this Skillpath reads versions " + UserDataFile.FIRST_VERSION + " to "
                    + UserDataFile.VERSION + ". Import it into a Skillpath that is as new as the one that exported it.");
        }
        if (file.version() < UserDataFile.FIRST_VERSION) {
            throw new TransferException("This Skillpath data file has version " + file.version() + "; this Skillpath reads versions "
                    + UserDataFile.FIRST_VERSION + " to " + UserDataFile.VERSION + ".");
        }
        return file;
    }


}

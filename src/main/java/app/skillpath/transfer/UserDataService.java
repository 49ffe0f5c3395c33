package app.skillpath.transfer;

import app.skillpath.account.CurrentUser;
import app.skillpath.assessment.AssessmentRepository;
import app.skillpath.assessment.EducationAnswer;
import app.skillpath.assessment.SelfAssessment;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogItem;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanMerge;
import app.skillpath.plan.PlanRepository;
import app.skillpath.plan.StepDraft;
import app.skillpath.plan.StepKind;
import app.skillpath.plan.StepStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Export of all the logged-in user's data as JSON, and import of such a file into an empty
 * account. An import is checked completely before anything is written, and runs in one
 * transaction: a malformed or foreign file changes nothing.
 */
@Service
public class UserDataService {

    static final int MAX_NOTE = 2000;

    private final AssessmentRepository assessments;
    private final PlanRepository plans;
    private final CatalogService catalogService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public UserDataService(AssessmentRepository assessments, PlanRepository plans, CatalogService catalogService,
                           CurrentUser currentUser, Clock clock) {
        this.assessments = assessments;
        this.plans = plans;
        this.catalogService = catalogService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public String exportMine() {
        long ownerId = currentUser.id();
        SelfAssessment assessment = assessments.load(ownerId);
        List<UserDataFile.Rating> ratings = assessment.ratings().values().stream()
                .sorted(Comparator.comparing(app.skillpath.assessment.SkillRating::skillKey))
                .map(r -> new UserDataFile.Rating(r.skillKey(), r.level().orElse(null), r.note().orElse(null))).toList();
        List<UserDataFile.HistoryEntry> history = assessments.history(ownerId).stream()
                .map(change -> new UserDataFile.HistoryEntry(change.skillKey(), change.level().orElse(null), change.changedAt()))
                .toList();
        EducationAnswer education = assessment.education();
        List<UserDataFile.PlanData> planData = plans.roleKeysWithPlans(ownerId).stream()
                .map(roleKey -> plans.find(ownerId, roleKey).orElseThrow())
                .map(UserDataService::planData).toList();
        List<String> tools = assessment.toolKeys().stream().sorted().toList();
        UserDataFile file = new UserDataFile(UserDataFile.FORMAT, UserDataFile.VERSION, ratings, history,
                new UserDataFile.Education(education.level().map(EducationLevel::key).orElse(null), education.fieldKey().orElse(null)),
                tools, planData, retiredNamed(ratings, history, education, tools, planData));
        return json.writeValueAsString(file);
    }

    /** The retired catalog entries among those the user's data names, so the file says which they are. */
    private List<String> retiredNamed(List<UserDataFile.Rating> ratings, List<UserDataFile.HistoryEntry> history,
                                      EducationAnswer education, List<String> tools, List<UserDataFile.PlanData> planData) {
        Catalog catalog = catalogService.catalog();
        Set<CatalogItem> named = new LinkedHashSet<>();
        ratings.forEach(r -> named.add(CatalogItem.skill(r.skill())));
        history.forEach(h -> named.add(CatalogItem.skill(h.skill())));
        education.fieldKey().ifPresent(field -> named.add(CatalogItem.field(field)));
        tools.forEach(tool -> named.add(CatalogItem.tool(tool)));
        planData.forEach(plan -> {
            named.add(CatalogItem.role(plan.role()));
            plan.steps().stream().filter(step -> step.skill() != null).forEach(step -> named.add(CatalogItem.skill(step.skill())));
        });
        return named.stream().filter(catalog::isRetired)
                .map(item -> item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + item.key())
                .sorted().toList();
    }

    private static UserDataFile.PlanData planData(Plan plan) {
        return new UserDataFile.PlanData(plan.roleKey(), plan.hoursPerWeek(), plan.startsOn(), plan.steps().stream()
                .map(step -> {
                    StepDraft d = step.draft();
                    return new UserDataFile.Step(d.key(), d.kind().key(), d.title(), d.skillKey().orElse(null),
                            d.fromLevel().orElse(null), d.toLevel().orElse(null), d.articleTips(), d.action(),
                            d.effortHours().orElse(null), step.startsOn().orElse(null), step.dueOn().orElse(null),
                            step.status().key(), step.note().orElse(null), step.doneOn().orElse(null), step.closedByRating());
                }).toList());
    }

    @Transactional
    public void importIntoMine(byte[] content) {
        UserDataFile file = parse(content);
        validate(file);
        long ownerId = currentUser.id();
        if (assessments.hasAnswers(ownerId) || !plans.roleKeysWithPlans(ownerId).isEmpty()) {
            throw new TransferException("Import only works into an account without answers or plans yet. "
                    + "Use a new account, or delete this one's data first.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (UserDataFile.Rating rating : file.ratings()) {
            assessments.importRating(ownerId, rating.skill(), rating.level(), rating.note(), now);
        }
        for (UserDataFile.HistoryEntry entry : file.ratingHistory()) {
            assessments.importHistory(ownerId, entry.skill(), entry.level(), entry.changedAt().atOffset(ZoneOffset.UTC));
        }
        if (file.education().level() != null || file.education().field() != null) {
            assessments.saveEducation(ownerId, EducationLevel.fromKey(file.education().level()).orElse(null),
                    file.education().field(), now);
        }
        file.tools().forEach(tool -> assessments.setToolUsed(ownerId, tool, true));
        for (UserDataFile.PlanData planData : file.plans()) {
            long planId = plans.createPlan(ownerId, planData.role(), planData.hoursPerWeek(), planData.startsOn());
            for (int position = 0; position < planData.steps().size(); position++) {
                UserDataFile.Step s = planData.steps().get(position);
                StepDraft draft = new StepDraft(s.key(), StepKind.fromKey(s.kind()).orElseThrow(), s.title(),
                        Optional.ofNullable(s.skill()), Optional.ofNullable(s.fromLevel()), Optional.ofNullable(s.toLevel()),
                        s.articleTips(), s.action(), Optional.ofNullable(s.effortHours()));
                plans.saveMerged(ownerId, planId, position, new PlanMerge.Merged(Optional.empty(), draft,
                        StepStatus.fromKey(s.status()).orElseThrow(), Optional.ofNullable(s.note()), Optional.ofNullable(s.doneOn()),
                        s.closedByRating(), Optional.ofNullable(s.startsOn()), Optional.ofNullable(s.dueOn()), 0));
            }
        }
    }

    private UserDataFile parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw new TransferException("The file is empty.");
        }
        try {
            UserDataFile file = json.readValue(new String(content, StandardCharsets.UTF_8), UserDataFile.class);
            if (file == null || !UserDataFile.FORMAT.equals(file.format())) {
                throw new TransferException("This is not a Skillpath data file (it should say \"format\": \"" + UserDataFile.FORMAT + "\").");
            }
            if (file.version() != UserDataFile.VERSION) {
                throw new TransferException("This Skillpath data file has version " + file.version() + "; this Skillpath reads version "
                        + UserDataFile.VERSION + ".");
            }
            return file;
        } catch (JacksonException e) {
            throw new TransferException("The file could not be read as Skillpath data: " + e.getOriginalMessage());
        }
    }

    /**
     * Checks every entry against the catalog and the app's limits before anything is written. Retired catalog entries
     * are accepted: they are the user's kept data, as exported.
     */
    private void validate(UserDataFile file) {
        Catalog catalog = catalogService.catalog();
        require(file.ratings() != null && file.ratingHistory() != null && file.education() != null && file.tools() != null
                && file.plans() != null, "The file is missing one of its sections.");
        for (UserDataFile.Rating r : file.ratings()) {
            require(catalog.skillsIncludingRetiredByKey().containsKey(r.skill()), "Unknown skill “" + r.skill() + "” in the ratings.");
            require(r.level() == null || r.level() >= 0 && r.level() <= 4, "A rating of " + r.skill() + " is outside 0-4.");
            require(r.note() == null || r.note().length() <= MAX_NOTE, "A note for " + r.skill() + " is longer than 2000 characters.");
        }
        for (UserDataFile.HistoryEntry h : file.ratingHistory()) {
            require(catalog.skillsIncludingRetiredByKey().containsKey(h.skill()), "Unknown skill “" + h.skill() + "” in the rating history.");
            require(h.level() == null || h.level() >= 0 && h.level() <= 4, "A past rating of " + h.skill() + " is outside 0-4.");
            require(h.changedAt() != null, "A rating history entry has no time.");
        }
        require(file.education().level() == null || EducationLevel.fromKey(file.education().level()).isPresent(),
                "Unknown education level “" + file.education().level() + "”.");
        require(file.education().field() == null || EducationAnswer.OTHER_FIELD.equals(file.education().field())
                || catalog.fieldsIncludingRetiredByKey().containsKey(file.education().field()), "Unknown field of study “" + file.education().field() + "”.");
        file.tools().forEach(tool -> require(catalog.toolsIncludingRetiredByKey().containsKey(tool), "Unknown tool “" + tool + "”."));
        for (UserDataFile.PlanData p : file.plans()) {
            require(catalog.roleIncludingRetired(p.role()).isPresent(), "Unknown role “" + p.role() + "” in the plans.");
            require(p.hoursPerWeek() >= 1 && p.hoursPerWeek() <= 40, "A plan's pace is outside 1-40 hours a week.");
            require(p.startsOn() != null && p.steps() != null, "A plan is missing its start date or steps.");
            require(file.plans().stream().filter(other -> other.role().equals(p.role())).count() == 1,
                    "The file has two plans for “" + p.role() + "”.");
            for (UserDataFile.Step s : p.steps()) {
                require(s.key() != null && !s.key().isBlank() && s.title() != null && s.action() != null && s.articleTips() != null,
                        "A plan step is missing its key, title, action or tips.");
                require(StepKind.fromKey(s.kind()).isPresent(), "Unknown step kind “" + s.kind() + "”.");
                require(StepStatus.fromKey(s.status()).isPresent(), "Unknown step status “" + s.status() + "”.");
                require(s.note() == null || s.note().length() <= MAX_NOTE, "A step note is longer than 2000 characters.");
                require(s.effortHours() == null || s.effortHours() >= 1 && s.effortHours() <= 10_000, "A step's effort is out of range.");
                require(s.startsOn() == null || s.dueOn() == null || !s.startsOn().isAfter(s.dueOn()), "A step ends before it starts.");
            }
            require(p.steps().stream().map(UserDataFile.Step::key).distinct().count() == p.steps().size(),
                    "A plan has two steps with the same key.");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new TransferException(message);
        }
    }

}

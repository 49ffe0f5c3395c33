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
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanMerge;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.StepDraft;
import app.skillpath.plan.StepKind;
import app.skillpath.plan.StepStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Export of all the logged-in user's data as JSON, and import of such a file into an empty
 * account, through the features' own services (which act on the logged-in user only). An import is checked
 * completely before anything is written, and runs in one transaction: a malformed or foreign file changes nothing.
 */
@Service
public class UserDataService {

    /** The largest file read: an export of everything the app can hold for a user is far smaller. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(UserDataService.class);

    private final AccountService accounts;
    private final AssessmentService assessments;
    private final PlanService plans;
    private final CatalogService catalogService;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public UserDataService(AssessmentService assessments, PlanService plans, CatalogService catalogService,
                           Clock clock, AccountService accounts) {
        this.accounts = accounts;
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
        List<UserDataFile.PlanData> planData = plans.myPlans().stream().map(UserDataService::planData).toList();
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

    /**
     * Reads an uploaded file, but never more than {@link #MAX_FILE_BYTES} + 1 bytes: a larger upload is
     * refused after that byte instead of being read (and held in memory) whole.
     */
    public static byte[] readFile(InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
        requireSize(content.length);
        return content;
    }

    @Transactional
    public void importIntoMine(byte[] content) {
        if (content != null) {
            requireSize(content.length);
        }
        UserDataFile file = parse(content);
        new Check(catalogService.catalog(), clock).file(file);
        // two tabs importing at once: the second waits here, then finds the first one's data
        accounts.lockMine();
        if (assessments.hasStoredAnswers() || !plans.myPlanRoleKeys().isEmpty()) {
            throw new TransferException("Import only works into an account without answers or plans yet. "
                    + "Use a new account, or delete this one's data first.");
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
        for (UserDataFile.PlanData planData : file.plans()) {
            plans.importPlan(planData.role(), planData.hoursPerWeek(), planData.startsOn(), planData.steps().stream()
                    .map(s -> new PlanMerge.Merged(Optional.empty(), new StepDraft(s.key(),
                            StepKind.fromKey(s.kind()).orElseThrow(), s.title(), Optional.ofNullable(s.skill()),
                            Optional.ofNullable(s.fromLevel()), Optional.ofNullable(s.toLevel()), s.articleTips(), s.action(),
                            Optional.ofNullable(s.effortHours())),
                            StepStatus.fromKey(s.status()).orElseThrow(), Optional.ofNullable(s.note()),
                            Optional.ofNullable(s.doneOn()), s.closedByRating(), Optional.ofNullable(s.startsOn()),
                            Optional.ofNullable(s.dueOn()), 0))
                    .toList());
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
        if (file.version() != UserDataFile.VERSION) {
            throw new TransferException("This Skillpath data file has version " + file.version() + "; this Skillpath reads version "
                    + UserDataFile.VERSION + ".");
        }
        return file;
    }


}

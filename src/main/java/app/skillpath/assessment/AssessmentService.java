package app.skillpath.assessment;

import app.skillpath.account.CurrentUser;
import app.skillpath.base.text.UserText;
import app.skillpath.catalog.CatalogItem;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.Skill;
import app.skillpath.operations.SkillpathMetrics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The logged-in user's self-assessment. Every answer is checked here (and again by the database's
 * constraints) and saved at once; a refused answer stores nothing.
 */
@Service
public class AssessmentService {

    public static final int NOTE_MAX_LENGTH = 2000;

    private final AssessmentRepository repository;
    private final CatalogService catalogService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SkillpathMetrics metrics;

    public AssessmentService(AssessmentRepository repository, CatalogService catalogService, CurrentUser currentUser, Clock clock,
                             SkillpathMetrics metrics) {
        this.metrics = metrics;
        this.repository = repository;
        this.catalogService = catalogService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SelfAssessment mine() {
        return repository.load(currentUser.id());
    }

    @Transactional(readOnly = true)
    public List<RatingChange> myHistory() {
        return repository.history(currentUser.id());
    }

    /**
     * Rates a skill 0..4, or clears the rating with null ("not rated yet"). Returns everything the
     * user has answered as now saved, so that a page shows the stored state, answers given in another
     * tab included.
     */
    @Transactional
    public SelfAssessment rate(String skillKey, Integer level) {
        requireSkill(skillKey);
        if (level != null && (level < ProficiencyLevel.MIN || level > ProficiencyLevel.MAX)) {
            throw new AssessmentException("A rating must be from 0 (none) to 4 (expert), not " + level + ".");
        }
        repository.rate(currentUser.id(), skillKey, level, OffsetDateTime.now(clock));
        metrics.ratingSaved();
        return mine();
    }

    /**
     * Takes a reviewer's level for a skill as the user's own rating; its history entry is marked with the review. Only
     * for {@code ReviewService}, which checks first that the review is the user's and submitted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void adoptFromReview(String skillKey, int level, long reviewId) {
        requireSkill(skillKey);
        if (level < ProficiencyLevel.MIN || level > ProficiencyLevel.MAX) {
            throw new AssessmentException("A rating must be from 0 (none) to 4 (expert), not " + level + ".");
        }
        repository.rate(currentUser.id(), skillKey, level, OffsetDateTime.now(clock), reviewId);
        metrics.ratingSaved();
    }

    /**
     * Records that the user looked at a rating again and it still holds: the level stays (and the history gets no
     * entry, as nothing changed), but the rating counts as checked today, so it is not due for a check again.
     */
    @Transactional
    public void confirmRating(String skillKey) {
        requireSkill(skillKey);
        if (!repository.confirm(currentUser.id(), skillKey, OffsetDateTime.now(clock))) {
            throw new AssessmentException("“" + catalogService.catalog().skillsByKey().get(skillKey).name()
                    + "” has no rating to keep: rate it on the assessment.");
        }
    }

    /** Saves the evidence note for a skill, stripped; blank clears it. Returns all answers as now saved. */
    @Transactional
    public SelfAssessment saveNote(String skillKey, String note) {
        requireSkill(skillKey);
        String text = note == null ? "" : note.strip();
        if (text.length() > NOTE_MAX_LENGTH) {
            throw new AssessmentException("A note can have at most " + NOTE_MAX_LENGTH + " characters; this one has "
                    + text.length() + ".");
        }
        UserText.unstorable(text).ifPresent(problem -> {
            throw new AssessmentException("This note cannot be saved: " + problem + ".");
        });
        repository.saveNote(currentUser.id(), skillKey, text.isEmpty() ? null : text, OffsetDateTime.now(clock));
        return mine();
    }

    /**
     * Saves the highest completed education (null = not answered) and its field (a catalog key,
     * "other", or null). Returns all answers as now saved.
     */
    @Transactional
    public SelfAssessment saveEducation(EducationLevel level, String fieldKey) {
        if (fieldKey != null && !EducationAnswer.OTHER_FIELD.equals(fieldKey)
                && !catalogService.catalog().fieldsByKey().containsKey(fieldKey)) {
            throw new AssessmentException("There is no field of study called " + UserText.quote(fieldKey) + ".");
        }
        repository.saveEducation(currentUser.id(), level, fieldKey, OffsetDateTime.now(clock));
        return mine();
    }

    /** {@link #saveEducation(EducationLevel, String)} with the level given by its key, as a page sends it. */
    @Transactional
    public SelfAssessment saveEducationByKey(String levelKey, String fieldKey) {
        EducationLevel level = levelKey == null ? null : EducationLevel.fromKey(levelKey)
                .orElseThrow(() -> new AssessmentException("There is no education level called " + UserText.quote(levelKey) + "."));
        return saveEducation(level, fieldKey);
    }

    /** Records whether the user has used a tool. Returns all answers as now saved. */
    @Transactional
    public SelfAssessment setToolUsed(String toolKey, boolean used) {
        if (toolKey == null || !catalogService.catalog().toolsByKey().containsKey(toolKey)) {
            throw new AssessmentException("There is no tool called " + UserText.quote(toolKey) + ".");
        }
        repository.setToolUsed(currentUser.id(), toolKey, used);
        return mine();
    }

    private void requireSkill(String skillKey) {
        Skill retired = skillKey == null ? null : catalogService.catalog().skillsIncludingRetiredByKey().get(skillKey);
        if (retired != null && catalogService.catalog().isRetired(CatalogItem.skill(skillKey))) {
            throw new AssessmentException("“" + retired.name() + "” is retired and takes no new ratings.");
        }
        if (skillKey == null || !catalogService.catalog().skillsByKey().containsKey(skillKey)) {
            throw new AssessmentException("There is no skill called " + UserText.quote(skillKey) + ".");
        }
    }

    /** True when the user has stored any answer at all: ratings, history, education or tools. */
    @Transactional(readOnly = true)
    public boolean hasStoredAnswers() {
        return repository.hasAnswers(currentUser.id());
    }

    /**
     * For importing a checked data file: stores ratings and notes as they were (with no new history entry), the
     * history with its original times, the education and the tools, retired catalog entries included. Only inside
     * the import's transaction, so that a file is stored whole or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void importAnswers(List<SkillRating> ratings, List<RatingChange> history, EducationAnswer education,
                              List<String> toolKeys) {
        long ownerId = currentUser.id();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (SkillRating rating : ratings) {
            repository.importRating(ownerId, rating.skillKey(), rating.level().orElse(null), rating.note().orElse(null), now);
        }
        for (RatingChange change : history) {
            repository.importHistory(ownerId, change.skillKey(), change.level().orElse(null),
                    change.changedAt().atOffset(ZoneOffset.UTC));
        }
        if (education.level().isPresent() || education.fieldKey().isPresent()) {
            repository.saveEducation(ownerId, education.level().orElse(null), education.fieldKey().orElse(null), now);
        }
        toolKeys.forEach(toolKey -> repository.setToolUsed(ownerId, toolKey, true));
    }
}

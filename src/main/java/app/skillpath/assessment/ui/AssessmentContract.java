package app.skillpath.assessment.ui;

import app.skillpath.assessment.AssessmentService;

import java.util.Locale;

/**
 * What the server and assessment.js agree on, stated once: the names of the events the page sends,
 * the limit the page enforces before the server does, and every text the page shows. It reaches the
 * browser inside the shared catalog JSON ({@link AssessmentCatalogJson}), so assessment.js
 * hard-codes none of it. (The rating scale comes with the catalog JSON too, from
 * {@code ProficiencyLevel}; the refusals' texts come from {@link AssessmentService}, which makes the rules.)
 */
public record AssessmentContract(Events events, Limits limits, Texts texts) {

    // compile-time constants, because @DomEvent needs them; the record below sends the same names
    public static final String SKILL_RATED = "skill-rated";
    public static final String NOTE_CHANGED = "note-changed";
    public static final String EDUCATION_CHANGED = "education-changed";
    public static final String TOOL_CHANGED = "tool-changed";
    public static final String ANSWERS_REQUESTED = "answers-requested";

    /** The DOM events assessment.js dispatches on the form element. */
    public record Events(String skillRated, String noteChanged, String educationChanged, String toolChanged,
                         String answersRequested) {
    }

    /** What the page's controls limit before the server checks it again. */
    public record Limits(int noteMaxLength) {
    }

    /** Every text the page shows; "{name}" marks a value the page fills in. */
    public record Texts(String intro, String roleFilter, String allRoles, String toFit, String yourLevel,
                        String clearRating, String noteLabel, String noteHelp, String notRated, String rated,
                        String progress, String education, String educationLevel, String educationField,
                        String notAnswered, String otherField, String tools, String toolsLegend, String toolsNote,
                        String unreadable, String notSaved, String secondOpinion, String askForSecondOpinion) {
    }

    static final AssessmentContract CURRENT = new AssessmentContract(
            new Events(SKILL_RATED, NOTE_CHANGED, EDUCATION_CHANGED, TOOL_CHANGED, ANSWERS_REQUESTED),
            new Limits(AssessmentService.NOTE_MAX_LENGTH),
            new Texts(
                    "Rate yourself on each skill below, once: every role uses the same answers. Pick the sentence "
                            + "that describes you best. The roles' required levels are not shown here, so they don't "
                            + "sway your answers. Every answer is saved as soon as you give it.",
                    "Show skills for",
                    "All roles",
                    "See your fit for each role",
                    "Your level",
                    "Clear rating",
                    "Evidence (optional)",
                    "A project, a course or a certificate that shows this skill; at most "
                            + String.format(Locale.ENGLISH, "%,d", AssessmentService.NOTE_MAX_LENGTH) + " characters",
                    "Not rated yet",
                    "Rated {level}",
                    "{rated} of {total} skills rated",
                    "Education",
                    "Highest completed education",
                    "Field of study",
                    "Not answered yet",
                    "Other field",
                    "Tools",
                    "Tools you have used",
                    "Recorded and shown beside each role's tools; tools do not change the fit score.",
                    "That answer could not be read; nothing was saved.",
                    "Not saved: please try again in a moment.",
                    "Curious how someone who works with you would rate you? ",
                    "Ask for a second opinion"));
}

package app.skillpath.assessment.ui;

import app.skillpath.assessment.AssessmentException;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.EducationAnswer;
import app.skillpath.assessment.SelfAssessment;
import app.skillpath.assessment.SkillRating;
import app.skillpath.assessment.ui.AssessmentEvents.Answer;
import app.skillpath.assessment.ui.AssessmentEvents.AnswerEvent;
import app.skillpath.assessment.ui.AssessmentEvents.AnswersRequested;
import app.skillpath.assessment.ui.AssessmentEvents.EducationChanged;
import app.skillpath.assessment.ui.AssessmentEvents.NoteChanged;
import app.skillpath.assessment.ui.AssessmentEvents.SkillRated;
import app.skillpath.assessment.ui.AssessmentEvents.Target;
import app.skillpath.assessment.ui.AssessmentEvents.ToolChanged;
import app.skillpath.assessment.ui.AssessmentEvents.Unreadable;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.EducationLevel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every question of the self-assessment in one browser-side element
 * (frontend/static/scripts/assessment.js) with native form controls. As Vaadin components the same
 * form took eleven radio groups with rendered items, text areas, selects and check boxes, about
 * 450 KB per open page (see docs/BENCHMARKS.md); this way the server keeps one element and two
 * strings per open page.
 * <p>
 * The contract with the browser: the page sends each answer as a typed event ({@link AssessmentEvents});
 * the server passes it as it came to {@link AssessmentService} and sets two properties, {@code answers}
 * (everything saved, as the service returns it) and {@code reply} (the answer's outcome: which question,
 * and the refusal's message or null). The form keeps no answers of its own: what the page shows is what
 * the service last returned. Names, limits and texts come from {@link AssessmentContract}.
 */
@Tag("skillpath-assessment")
@JavaScript("context://scripts/assessment.js")
public class AssessmentForm extends Component {

    /** What the browser shows; sorted maps so that the same answers are always the same JSON. */
    record Answers(Map<String, Integer> levels, Map<String, String> notes, Map<String, String> education,
                   TreeSet<String> tools) {
    }

    /**
     * The outcome of the {@code seq}-th answer this page sent: shown at the question of {@code kind}
     * and {@code key} (or at the form), saved when {@code refusal} is null.
     */
    record Reply(int seq, String kind, String key, String refusal) {
    }

    private static final Logger log = LoggerFactory.getLogger(AssessmentForm.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AssessmentService assessmentService;
    private final Catalog catalog;
    /** How many answers this page has sent and been answered: the page's "saving" indicator counts on it. */
    private int replies;

    AssessmentForm(AssessmentService assessmentService, AssessmentCatalogJson.Built catalog, SelfAssessment saved) {
        this.assessmentService = assessmentService;
        this.catalog = catalog.catalog();
        setId("assessment-form");
        getElement().setProperty("catalog", catalog.json());
        show(saved);
        addListener(SkillRated.class, this::answer);
        addListener(NoteChanged.class, this::answer);
        addListener(EducationChanged.class, this::answer);
        addListener(ToolChanged.class, this::answer);
        addListener(AnswersRequested.class, requested -> show(assessmentService.mine()));
    }

    private void answer(AnswerEvent event) {
        Answer answer;
        try {
            answer = event.read();
        } catch (Unreadable unreadable) {
            // only a tampered page sends this; the reason is logged without the sent text
            log.warn("Refused a {} answer that could not be read ({})", event.name(), unreadable.getMessage());
            reply(Target.FORM, AssessmentContract.CURRENT.texts().unreadable());
            show(assessmentService.mine());
            return;
        }
        SelfAssessment saved;
        try {
            saved = answer.saveWith(assessmentService);
        } catch (AssessmentException refused) {
            log.warn("Refused a {} answer: {}", event.name(), refused.getMessage());
            reply(hasQuestion(answer.target()) ? answer.target() : Target.FORM, refused.getMessage());
            show(assessmentService.mine());
            return;
        } catch (RuntimeException failed) {
            // e.g. the database is down: the page shows the last saved state again, the error handler says why
            reply(answer.target(), AssessmentContract.CURRENT.texts().notSaved());
            throw failed;
        }
        reply(answer.target(), null);
        show(saved);
    }

    /** Whether the page has a question for this target to show a message at (a forged key has none). */
    private boolean hasQuestion(Target target) {
        return switch (target.kind()) {
            case "skill", "note" -> catalog.skillsByKey().containsKey(target.key());
            case "tool" -> catalog.toolsByKey().containsKey(target.key());
            default -> true;
        };
    }

    private void reply(Target target, String refusal) {
        replies++;
        getElement().setProperty("reply", JSON.writeValueAsString(new Reply(replies, target.kind(), target.key(), refusal)));
    }

    private void show(SelfAssessment saved) {
        getElement().setProperty("answers", JSON.writeValueAsString(answersOf(saved)));
    }

    private static Answers answersOf(SelfAssessment saved) {
        Map<String, String> notes = new TreeMap<>();
        for (SkillRating rating : saved.ratings().values()) {
            rating.note().ifPresent(note -> notes.put(rating.skillKey(), note));
        }
        Map<String, String> education = new LinkedHashMap<>();
        EducationAnswer answer = saved.education();
        education.put("field", answer.fieldKey().orElse(null));
        education.put("level", answer.level().map(EducationLevel::key).orElse(null));
        return new Answers(new TreeMap<>(saved.levels()), notes, education, new TreeSet<>(saved.toolKeys()));
    }
}

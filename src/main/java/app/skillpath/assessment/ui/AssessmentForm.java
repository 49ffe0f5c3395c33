package app.skillpath.assessment.ui;

import app.skillpath.assessment.AssessmentException;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.EducationAnswer;
import app.skillpath.assessment.SelfAssessment;
import app.skillpath.assessment.SkillRating;
import app.skillpath.base.text.UserText;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.catalog.SkillArea;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.dom.DomEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every question of the self-assessment in one browser-side element
 * (frontend/static/scripts/assessment.js) with native form controls. The server keeps the saved
 * answers and this one element: as Vaadin components the same form took eleven radio groups with
 * rendered items, text areas, selects and check boxes, about 450 KB per open page (see
 * docs/BENCHMARKS.md). Each answer arrives as an event, is validated and saved by
 * {@link AssessmentService}, and is confirmed with the saved state or refused with a message.
 */
@Tag("skillpath-assessment")
@JavaScript("context://scripts/assessment.js")
public class AssessmentForm extends Component {

    static final String SKILL_RATED = "skill-rated";
    static final String NOTE_CHANGED = "note-changed";
    static final String EDUCATION_CHANGED = "education-changed";
    static final String TOOL_CHANGED = "tool-changed";

    record SkillRated(String skill, Integer level) {
    }

    record NoteChanged(String skill, String note) {
    }

    record EducationChanged(String level, String field) {
    }

    record ToolChanged(String tool, boolean used) {
    }

    /** What the browser shows; sorted maps so that the same answers are always the same JSON. */
    record Answers(Map<String, Integer> levels, Map<String, String> notes, Map<String, String> education,
                   TreeSet<String> tools) {
    }

    /** Where a refusal that belongs to no question (an unreadable answer, an unknown key) is shown. */
    static final String FORM = "form";

    static final String UNREADABLE = "That answer could not be read; nothing was saved.";

    private static final Logger log = LoggerFactory.getLogger(AssessmentForm.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Reads an answer exactly as assessment.js sends it and refuses anything else, instead of
     * coercing what only a forged event sends: a level of 2.7 or "3", {@code used: 1}, a missing
     * or unknown property, a null where a value is required.
     */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            // ALLOW_COERCION_OF_SCALARS leaves numbers and booleans turning into text: refuse that too
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** The catalog as the browser needs it: built once per catalog and shared by every open page. */
    private static volatile CatalogJson sharedCatalog;

    private record CatalogJson(Catalog catalog, String json) {
    }

    private final AssessmentService assessmentService;
    private final Catalog catalog;
    private final Answers answers;

    AssessmentForm(AssessmentService assessmentService, Catalog catalog, SelfAssessment saved) {
        this.assessmentService = assessmentService;
        this.catalog = catalog;
        this.answers = answersOf(saved);
        setId("assessment-form");
        getElement().setProperty("catalog", catalogJson(catalog));
        showAnswers();

        listen(SKILL_RATED, SkillRated.class, rated -> new Change("skill", rated.skill(), () -> {
            assessmentService.rate(rated.skill(), rated.level());
            if (rated.level() == null) {
                answers.levels().remove(rated.skill());
            } else {
                answers.levels().put(rated.skill(), rated.level());
            }
        }));
        listen(NOTE_CHANGED, NoteChanged.class, changed -> new Change("note", changed.skill(), () -> {
            assessmentService.saveNote(changed.skill(), changed.note());
            String note = changed.note() == null ? "" : changed.note().strip();
            if (note.isEmpty()) {
                answers.notes().remove(changed.skill());
            } else {
                answers.notes().put(changed.skill(), note);
            }
        }));
        listen(EDUCATION_CHANGED, EducationChanged.class, changed -> new Change("education", "", () -> {
            EducationLevel level = changed.level() == null ? null : EducationLevel.fromKey(changed.level())
                    .orElseThrow(() -> new AssessmentException("There is no education level called " + UserText.quote(changed.level()) + "."));
            assessmentService.saveEducation(level, changed.field());
            answers.education().put("level", changed.level());
            answers.education().put("field", changed.field());
        }));
        listen(TOOL_CHANGED, ToolChanged.class, changed -> new Change("tool", changed.tool(), () -> {
            assessmentService.setToolUsed(changed.tool(), changed.used());
            if (changed.used()) {
                answers.tools().add(changed.tool());
            } else {
                answers.tools().remove(changed.tool());
            }
        }));
    }

    /** An answer to save, and where a refusal is shown (kind and key, as assessment.js names them). */
    private record Change(String kind, String key, Runnable save) {
    }

    private <T> void listen(String type, Class<T> detailType, Function<T, Change> toChange) {
        getElement().addEventListener(type, event -> handle(type, event, detailType, toChange)).addEventDetail();
    }

    private <T> void handle(String type, DomEvent event, Class<T> detailType, Function<T, Change> toChange) {
        T detail;
        try {
            detail = STRICT.treeToValue(event.getEventData().get("event.detail"), detailType);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            // only a tampered page sends this; the reason is logged without the sent text or a stack trace
            log.warn("Refused a {} answer that could not be read ({})", type, unreadable.getClass().getSimpleName());
            refuse(FORM, "", UNREADABLE);
            return;
        }
        if (detail == null) {
            log.warn("Refused a {} answer without content", type);
            refuse(FORM, "", UNREADABLE);
            return;
        }
        Change change = toChange.apply(detail);
        try {
            change.save().run();
        } catch (AssessmentException refused) {
            log.warn("Refused a {} answer: {}", type, refused.getMessage());
            refuse(hasQuestion(change) ? change.kind() : FORM, hasQuestion(change) ? change.key() : "", refused.getMessage());
            return;
        } catch (RuntimeException failed) {
            // e.g. the database is down: the page shows the saved state again, the error handler says why
            refuse(change.kind(), change.key(), "Not saved: please try again in a moment.");
            throw failed;
        }
        showAnswers();
        getElement().callJsFunction("accepted", change.kind(), change.key());
    }

    private void refuse(String kind, String key, String message) {
        getElement().callJsFunction("refused", kind, key, message, answersJson());
    }

    /** Whether the page has a question for this change to show its refusal at (a forged key has none). */
    private boolean hasQuestion(Change change) {
        return switch (change.kind()) {
            case "skill", "note" -> change.key() != null && catalog.skillsByKey().containsKey(change.key());
            case "tool" -> change.key() != null && catalog.toolsByKey().containsKey(change.key());
            default -> true;
        };
    }

    private void showAnswers() {
        getElement().setProperty("answers", answersJson());
    }

    String answersJson() {
        return JSON.writeValueAsString(answers);
    }

    private static Answers answersOf(SelfAssessment saved) {
        Map<String, String> notes = new TreeMap<>();
        for (SkillRating rating : saved.ratings().values()) {
            rating.note().ifPresent(note -> notes.put(rating.skillKey(), note));
        }
        Map<String, String> education = new TreeMap<>();
        EducationAnswer answer = saved.education();
        education.put("level", answer.level().map(EducationLevel::key).orElse(null));
        education.put("field", answer.fieldKey().orElse(null));
        return new Answers(new TreeMap<>(saved.levels()), notes, education, new TreeSet<>(saved.toolKeys()));
    }

    static String catalogJson(Catalog catalog) {
        CatalogJson cached = sharedCatalog;
        if (cached == null || cached.catalog() != catalog) {
            cached = new CatalogJson(catalog, JSON.writeValueAsString(catalogData(catalog)));
            sharedCatalog = cached;
        }
        return cached.json();
    }

    private static Map<String, Object> catalogData(Catalog catalog) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("intro", "Rate yourself on each skill below, once: every role uses the same answers. Pick the "
                + "sentence that describes you best. The roles' required levels are not shown here, so they don't "
                + "sway your answers. Every answer is saved as soon as you give it.");
        data.put("scale", Arrays.stream(ProficiencyLevel.values()).map(level -> Map.of(
                "value", level.value(), "label", level.display(), "description", level.description())).toList());
        data.put("roles", catalog.roles().stream().map(role -> Map.of("key", role.key(), "title", role.title())).toList());
        List<Map<String, Object>> areas = new ArrayList<>();
        for (SkillArea area : catalog.areas()) {
            List<Map<String, Object>> skills = catalog.skills().stream()
                    .filter(skill -> skill.areaKey().equals(area.key()))
                    .map(skill -> skillData(skill, catalog.roles())).toList();
            if (!skills.isEmpty()) {
                areas.add(Map.of("key", area.key(), "name", area.name(), "skills", skills));
            }
        }
        data.put("areas", areas);
        data.put("skillCount", catalog.skills().size());
        data.put("educationLevels", Arrays.stream(EducationLevel.values())
                .map(level -> Map.of("key", level.key(), "label", level.label())).toList());
        List<Map<String, String>> fields = new ArrayList<>(catalog.fields().stream()
                .map(field -> Map.of("key", field.key(), "label", field.name())).toList());
        fields.add(Map.of("key", EducationAnswer.OTHER_FIELD, "label", "Other field"));
        data.put("fields", fields);
        data.put("tools", catalog.tools().stream().map(tool -> Map.of("key", tool.key(), "label", tool.name())).toList());
        data.put("noteMaxLength", AssessmentService.NOTE_MAX_LENGTH);
        return data;
    }

    private static Map<String, Object> skillData(Skill skill, List<Role> roles) {
        return Map.of("key", skill.key(), "name", skill.name(), "description", skill.description(),
                "roles", roles.stream().filter(role -> role.skillKeys().contains(skill.key())).map(Role::key).toList());
    }
}

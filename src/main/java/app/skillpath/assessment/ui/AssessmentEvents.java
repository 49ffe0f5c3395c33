package app.skillpath.assessment.ui;

import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.SelfAssessment;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The events assessment.js sends, one class each, registered on {@link AssessmentForm} with
 * {@code addListener}. Each field arrives raw, as a {@link JsonNode}, and is read strictly in one place
 * ({@link #read}). Why not {@code @EventData Integer level}: Flow 25 decodes such data with its shared
 * Jackson mapper ({@code JacksonCodec.decodeAs}), which turns a level of 2.7 into 2, "3" into 3 and
 * {@code used: 1} into true, and answers "high" with an IllegalArgumentException before the listener runs: the error handler's
 * "something went wrong", not a refusal the user can read. Read here, a value that assessment.js would
 * not send (a fraction, a number as text, {@code used: 1}, a missing or extra property, no detail
 * at all) becomes {@link Unreadable}, which the form shows as a refusal like any other.
 */
public final class AssessmentEvents {

    /**
     * The names of the detail's properties: a missing property and an explicit null both arrive as
     * null, and an extra one does not arrive at all, so the names come along to tell them apart.
     */
    static final String DETAIL_KEYS = "event.detail !== null && typeof event.detail === 'object' ? Object.keys(event.detail) : null";

    private AssessmentEvents() {
    }

    /** Where a message about an answer is shown: the question (kind and key, as assessment.js names them) or the form. */
    record Target(String kind, String key) {
        static final Target FORM = new Target("form", "");
    }

    /** An answer read from an event, ready to be saved. */
    sealed interface Answer {
        Target target();

        /** Saves it; returns all answers as now saved, or throws the service's refusal. */
        SelfAssessment saveWith(AssessmentService service);
    }

    record Rating(String skill, Integer level) implements Answer {
        public Target target() {
            return new Target("skill", skill);
        }

        public SelfAssessment saveWith(AssessmentService service) {
            return service.rate(skill, level);
        }
    }

    record Note(String skill, String note) implements Answer {
        public Target target() {
            return new Target("note", skill);
        }

        public SelfAssessment saveWith(AssessmentService service) {
            return service.saveNote(skill, note);
        }
    }

    record Education(String level, String field) implements Answer {
        public Target target() {
            return new Target("education", "");
        }

        public SelfAssessment saveWith(AssessmentService service) {
            return service.saveEducationByKey(level, field);
        }
    }

    record ToolUse(String tool, boolean used) implements Answer {
        public Target target() {
            return new Target("tool", tool);
        }

        public SelfAssessment saveWith(AssessmentService service) {
            return service.setToolUsed(tool, used);
        }
    }

    /** Data in an event that assessment.js would not have sent; the reason names no sent text. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** An event that carries one answer. */
    public abstract static class AnswerEvent extends ComponentEvent<AssessmentForm> {

        private final JsonNode keys;

        AnswerEvent(AssessmentForm source, boolean fromClient, JsonNode keys) {
            super(source, fromClient);
            this.keys = keys;
        }

        /** The event's name, for the log. */
        abstract String name();

        /** The answer, read strictly. */
        abstract Answer read() throws Unreadable;

        /** The detail must have exactly these properties, as assessment.js sends them. */
        void requireProperties(String... names) throws Unreadable {
            if (keys == null || !keys.isArray()) {
                throw new Unreadable("no detail object");
            }
            Set<String> sent = new HashSet<>();
            for (JsonNode key : keys) {
                sent.add(key.asString());
            }
            if (keys.size() != names.length || !sent.equals(Set.of(names))) {
                throw new Unreadable("properties " + List.of(names) + " expected");
            }
        }
    }

    @DomEvent(AssessmentContract.SKILL_RATED)
    public static class SkillRated extends AnswerEvent {

        private final JsonNode skill;
        private final JsonNode level;

        public SkillRated(AssessmentForm source, boolean fromClient,
                          @EventData("event.detail?.skill") JsonNode skill,
                          @EventData("event.detail?.level") JsonNode level,
                          @EventData(DETAIL_KEYS) JsonNode keys) {
            super(source, fromClient, keys);
            this.skill = skill;
            this.level = level;
        }

        String name() {
            return AssessmentContract.SKILL_RATED;
        }

        Rating read() throws Unreadable {
            requireProperties("skill", "level");
            return new Rating(text(skill, "skill"), wholeNumberOrNull(level, "level"));
        }
    }

    @DomEvent(AssessmentContract.NOTE_CHANGED)
    public static class NoteChanged extends AnswerEvent {

        private final JsonNode skill;
        private final JsonNode note;

        public NoteChanged(AssessmentForm source, boolean fromClient,
                           @EventData("event.detail?.skill") JsonNode skill,
                           @EventData("event.detail?.note") JsonNode note,
                           @EventData(DETAIL_KEYS) JsonNode keys) {
            super(source, fromClient, keys);
            this.skill = skill;
            this.note = note;
        }

        String name() {
            return AssessmentContract.NOTE_CHANGED;
        }

        Note read() throws Unreadable {
            requireProperties("skill", "note");
            return new Note(text(skill, "skill"), textOrNull(note, "note"));
        }
    }

    @DomEvent(AssessmentContract.EDUCATION_CHANGED)
    public static class EducationChanged extends AnswerEvent {

        private final JsonNode level;
        private final JsonNode field;

        public EducationChanged(AssessmentForm source, boolean fromClient,
                                @EventData("event.detail?.level") JsonNode level,
                                @EventData("event.detail?.field") JsonNode field,
                                @EventData(DETAIL_KEYS) JsonNode keys) {
            super(source, fromClient, keys);
            this.level = level;
            this.field = field;
        }

        String name() {
            return AssessmentContract.EDUCATION_CHANGED;
        }

        Education read() throws Unreadable {
            requireProperties("level", "field");
            return new Education(textOrNull(level, "level"), textOrNull(field, "field"));
        }
    }

    @DomEvent(AssessmentContract.TOOL_CHANGED)
    public static class ToolChanged extends AnswerEvent {

        private final JsonNode tool;
        private final JsonNode used;

        public ToolChanged(AssessmentForm source, boolean fromClient,
                           @EventData("event.detail?.tool") JsonNode tool,
                           @EventData("event.detail?.used") JsonNode used,
                           @EventData(DETAIL_KEYS) JsonNode keys) {
            super(source, fromClient, keys);
            this.tool = tool;
            this.used = used;
        }

        String name() {
            return AssessmentContract.TOOL_CHANGED;
        }

        ToolUse read() throws Unreadable {
            requireProperties("tool", "used");
            if (used == null || !used.isBoolean()) {
                throw new Unreadable("used is not true or false");
            }
            return new ToolUse(text(tool, "tool"), used.booleanValue());
        }
    }

    /** The page asks for the saved answers again (the tab is shown again; another tab may have saved). */
    @DomEvent(AssessmentContract.ANSWERS_REQUESTED)
    public static class AnswersRequested extends ComponentEvent<AssessmentForm> {
        public AnswersRequested(AssessmentForm source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    // Flow hands over a JSON null, and a missing property, as a Java null

    private static String text(JsonNode value, String name) throws Unreadable {
        if (value == null || !value.isString()) {
            throw new Unreadable(name + " is not text");
        }
        return value.asString();
    }

    private static String textOrNull(JsonNode value, String name) throws Unreadable {
        return value == null ? null : text(value, name);
    }

    private static Integer wholeNumberOrNull(JsonNode value, String name) throws Unreadable {
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new Unreadable(name + " is not a whole number");
        }
        return value.intValue();
    }
}

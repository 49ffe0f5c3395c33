package app.skillpath.assessment.ui;

import app.skillpath.KaribuTest;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.EducationLevel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The assessment form is one browser-side element (assessment.js): these tests check what the
 * server gives it (the catalog and the saved answers) and what it does with each answer the
 * browser sends. How the answers look and feel in a browser is AssessmentBrowserIT's part.
 */
class AssessmentViewTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    CatalogService catalogService;

    @BeforeEach
    void logIn() {
        Account account = testAccounts.create("rater");
        login(account, testAccounts.passwordHash(account));
        navigate("assessment");
    }

    @Test
    void every_skill_appears_once_grouped_by_area_without_required_levels() {
        JsonNode catalog = catalog();
        List<String> skills = new ArrayList<>();
        catalog.get("areas").forEach(area -> area.get("skills").forEach(skill -> skills.add(skill.get("key").asString())));

        assertThat(skills).hasSize(11).doesNotHaveDuplicates().contains("statistics", "team-leadership");
        assertThat(catalog.get("skillCount").asInt()).isEqualTo(11);
        assertThat(catalog.get("areas").toString() + catalog.get("roles")).doesNotContainIgnoringCase("required");
        assertThat(catalog.get("intro").asString()).contains("The roles' required levels are not shown here");
        assertThat(answers().get("levels").size()).isZero();
    }

    @Test
    void each_level_shows_its_behavioural_description() {
        JsonNode scale = catalog().get("scale");

        assertThat(scale).hasSize(5);
        assertThat(scale.get(2).get("label").asString()).isEqualTo("2 working");
        assertThat(scale.get(2).get("description").asString())
                .isEqualTo("I can do routine tasks with it on my own, looking things up as I go.");
    }

    @Test
    void each_skill_names_the_roles_that_need_it_for_the_role_filter() {
        Map<String, List<String>> roles = new HashMap<>();
        catalog().get("areas").forEach(area -> area.get("skills").forEach(skill -> {
            List<String> keys = new ArrayList<>();
            skill.get("roles").forEach(role -> keys.add(role.asString()));
            roles.put(skill.get("key").asString(), keys);
        }));

        assertThat(roles.get("programming")).containsExactly("machine-learning-engineer");
        assertThat(roles.get("team-leadership")).containsExactly("data-science-manager");
        assertThat(roles.get("statistics")).containsExactlyInAnyOrder("machine-learning-engineer", "data-science-manager");
    }

    @Test
    void a_rating_is_saved_as_it_is_given_and_shown_again_on_the_next_visit() {
        assertThat(rate("statistics", 3).function()).isEqualTo("accepted");
        assertThat(rate("programming", 0).function()).isEqualTo("accepted");

        assertThat(assessmentService.mine().level("statistics")).contains(3);
        assertThat(assessmentService.mine().level("programming")).contains(0);
        assertThat(answers().get("levels").toString()).isEqualTo("{\"programming\":0,\"statistics\":3}");

        navigate("");
        navigate("assessment");
        assertThat(answers().get("levels").toString()).isEqualTo("{\"programming\":0,\"statistics\":3}");
    }

    @Test
    void clearing_a_rating_makes_it_not_rated_again() {
        rate("statistics", 2);
        rate("statistics", null);

        assertThat(assessmentService.mine().level("statistics")).isEmpty();
        assertThat(answers().get("levels").has("statistics")).isFalse();
    }

    @Test
    void notes_education_and_tools_are_saved_as_given() {
        send(AssessmentForm.NOTE_CHANGED, Map.of("skill", "statistics", "note", "  A/B testing course, 2025 "));
        send(AssessmentForm.EDUCATION_CHANGED, Map.of("level", "master", "field", "other"));
        send(AssessmentForm.TOOL_CHANGED, Map.of("tool", "sql", "used", true));

        var mine = assessmentService.mine();
        assertThat(mine.note("statistics")).contains("A/B testing course, 2025");
        assertThat(mine.education().level()).contains(EducationLevel.MASTER);
        assertThat(mine.education().fieldKey()).contains("other");
        assertThat(mine.toolKeys()).containsExactly("sql");
        JsonNode answers = answers();
        assertThat(answers.get("notes").get("statistics").asString()).isEqualTo("A/B testing course, 2025");
        assertThat(answers.get("education").toString()).isEqualTo("{\"field\":\"other\",\"level\":\"master\"}");
        assertThat(answers.get("tools").toString()).isEqualTo("[\"sql\"]");

        send(AssessmentForm.TOOL_CHANGED, Map.of("tool", "sql", "used", false));
        assertThat(assessmentService.mine().toolKeys()).isEmpty();
    }

    @Test
    void an_over_long_note_is_refused_at_the_field_and_nothing_is_saved() {
        Reply refusal = send(AssessmentForm.NOTE_CHANGED, Map.of("skill", "statistics", "note", "x".repeat(2001)));

        assertThat(refusal.function()).isEqualTo("refused");
        assertThat(refusal.parameters().subList(1, 4)).containsExactly("note", "statistics",
                "A note can have at most 2000 characters; this one has 2001.");
        assertThat(assessmentService.mine().note("statistics")).isEmpty();
        assertThat(answers().get("notes").size()).isZero();
    }

    @Test
    void answers_a_normal_page_cannot_give_are_refused_with_a_message_and_nothing_is_saved() {
        List<Reply> refusals = List.of(
                rate("statistics", 7),
                rate("no-such-skill", 2),
                send(AssessmentForm.EDUCATION_CHANGED, education("wizard", null)),
                send(AssessmentForm.TOOL_CHANGED, Map.of("tool", "abacus", "used", true)),
                send(AssessmentForm.SKILL_RATED, Map.of("skill", "statistics", "level", "high")));

        assertThat(refusals).extracting(Reply::function).containsOnly("refused");
        assertThat(refusals).extracting(Reply::message).containsExactly(
                "A rating must be from 0 (none) to 4 (expert), not 7.",
                "There is no skill called “no-such-skill”.",
                "There is no education level called “wizard”.",
                "There is no tool called “abacus”.",
                "That answer could not be read; nothing was saved.");
        var mine = assessmentService.mine();
        assertThat(mine.levels()).isEmpty();
        assertThat(mine.education().level()).isEmpty();
        assertThat(mine.toolKeys()).isEmpty();
        // every refusal sends the saved answers, for the page to show again
        assertThat(refusals).allSatisfy(reply -> assertThat(reply.parameters().get(4)).asString().contains("\"levels\":{}"));
    }

    @Test
    void forged_answers_are_refused_not_coerced_and_nothing_is_saved() {
        Map<String, Object> extraProperty = new HashMap<>(Map.of("skill", "statistics", "level", 2, "admin", true));
        Map<String, Object> missingLevel = Map.of("skill", "statistics");
        List<Reply> refusals = List.of(
                send(AssessmentForm.SKILL_RATED, Map.of("skill", "statistics", "level", 2.7)),
                send(AssessmentForm.SKILL_RATED, Map.of("skill", "statistics", "level", "3")),
                send(AssessmentForm.SKILL_RATED, Map.of("skill", 5, "level", 3)),
                send(AssessmentForm.SKILL_RATED, Map.of("skill", "statistics", "level", 1L << 40)),
                send(AssessmentForm.SKILL_RATED, missingLevel),
                send(AssessmentForm.SKILL_RATED, extraProperty),
                send(AssessmentForm.TOOL_CHANGED, Map.of("tool", "python", "used", 1)),
                send(AssessmentForm.TOOL_CHANGED, Map.of("tool", "python")),
                send(AssessmentForm.TOOL_CHANGED, null),
                send(AssessmentForm.EDUCATION_CHANGED, null),
                send(AssessmentForm.EDUCATION_CHANGED, Map.of("level", "bachelor")),
                send(AssessmentForm.EDUCATION_CHANGED, Map.of("level", "bachelor", "field", true)),
                send(AssessmentForm.NOTE_CHANGED, List.of("statistics", "a note")));

        assertThat(refusals).allSatisfy(reply -> {
            assertThat(reply.function()).isEqualTo("refused");
            // shown at the top of the form: these answers belong to no question
            assertThat(reply.parameters().subList(1, 4)).containsExactly(AssessmentForm.FORM, "", AssessmentForm.UNREADABLE);
        });
        var mine = assessmentService.mine();
        assertThat(mine.levels()).isEmpty();
        assertThat(mine.toolKeys()).isEmpty();
        assertThat(mine.education().level()).isEmpty();
    }

    @Test
    void a_note_with_a_nul_or_a_broken_character_is_refused_at_the_note_and_nothing_is_saved() {
        Reply nul = send(AssessmentForm.NOTE_CHANGED, Map.of("skill", "statistics", "note", "a\u0000b"));
        Reply loneSurrogate = send(AssessmentForm.NOTE_CHANGED, Map.of("skill", "statistics", "note", "caf\uD800e"));

        assertThat(nul.parameters().subList(1, 4)).containsExactly("note", "statistics",
                "This note cannot be saved: it contains a NUL character (\\u0000), which cannot be stored.");
        assertThat(loneSurrogate.parameters().subList(1, 4)).containsExactly("note", "statistics",
                "This note cannot be saved: it contains a broken character (an unpaired UTF-16 surrogate), which cannot be stored.");
        assertThat(assessmentService.mine().note("statistics")).isEmpty();
        // a whole emoji (a surrogate pair) is fine
        assertThat(send(AssessmentForm.NOTE_CHANGED, Map.of("skill", "statistics", "note", "shipped \uD83D\uDE80")).function())
                .isEqualTo("accepted");
        assertThat(assessmentService.mine().note("statistics")).contains("shipped \uD83D\uDE80");
    }

    @Test
    void a_refusal_for_a_key_the_page_does_not_have_is_aimed_at_the_form_not_at_a_missing_question() {
        Reply unknownSkill = rate("no-such-skill", 2);
        Reply unknownTool = send(AssessmentForm.TOOL_CHANGED, Map.of("tool", "abacus", "used", true));
        Reply knownSkill = rate("statistics", 9);

        assertThat(unknownSkill.parameters().subList(1, 4))
                .containsExactly(AssessmentForm.FORM, "", "There is no skill called “no-such-skill”.");
        assertThat(unknownTool.parameters().subList(1, 4))
                .containsExactly(AssessmentForm.FORM, "", "There is no tool called “abacus”.");
        assertThat(knownSkill.parameters().subList(1, 3)).containsExactly("skill", "statistics");
    }

    @Test
    void a_forged_key_is_echoed_shortened_and_without_control_characters() {
        Reply reply = rate("x".repeat(100_000) + "\n", 2);

        assertThat(reply.message()).isEqualTo("There is no skill called “" + "x".repeat(60) + "…”.");
    }

    @Test
    void a_malformed_answer_is_logged_as_a_warning_without_a_stack_trace() {
        Logger logger = (Logger) LoggerFactory.getLogger(AssessmentForm.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            send(AssessmentForm.TOOL_CHANGED, null);
            send(AssessmentForm.SKILL_RATED, Map.of("skill", "statistics", "level", 2.7));
            send(AssessmentForm.NOTE_CHANGED, Map.of("skill", "statistics", "note", "a\u0000b"));
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).hasSize(3).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getThrowableProxy()).isNull();
        });
        assertThat(appender.list.getLast().getFormattedMessage())
                .isEqualTo("Refused a note-changed answer: This note cannot be saved: it contains a NUL character (\\u0000), which cannot be stored.");
    }

    @Test
    void when_the_database_fails_the_page_is_told_not_saved_and_the_error_goes_to_the_error_handler() {
        AssessmentService failing = new AssessmentService(null, null, null, null) {
            @Override
            public void rate(String skillKey, Integer level) {
                throw new DataAccessResourceFailureException("Connection refused (simulated outage)");
            }
        };
        AssessmentForm form = new AssessmentForm(failing, catalogService.catalog(), assessmentService.mine());
        UI.getCurrent().add(form);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        assertThatThrownBy(() -> fire(form, AssessmentForm.SKILL_RATED, Map.of("skill", "statistics", "level", 3)))
                .isInstanceOf(DataAccessResourceFailureException.class);

        List<Reply> replies = replies();
        assertThat(replies).hasSize(1);
        assertThat(replies.getFirst().function()).isEqualTo("refused");
        assertThat(replies.getFirst().parameters().subList(1, 4))
                .containsExactly("skill", "statistics", "Not saved: please try again in a moment.");
        assertThat(JSON.readTree(form.getElement().getProperty("answers")).get("levels").size()).isZero();
    }

    private static Map<String, Object> education(String level, String field) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("level", level);
        detail.put("field", field);
        return detail;
    }

    private static Reply rate(String skill, Integer level) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("skill", skill);
        detail.put("level", level);
        return send(AssessmentForm.SKILL_RATED, detail);
    }

    /**
     * What the browser's element sends when an answer is given. Fired on the element's listeners
     * directly rather than with Karibu's _fireDomEvent, whose simulated round trip would drop the
     * server's answer. Returns that answer: the function the server calls on the element in its
     * response ("accepted" or "refused") and the call's parameters (the element first).
     */
    private static Reply send(String type, Object detail) {
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        fire(_get(AssessmentForm.class), type, detail);
        List<Reply> replies = replies();
        assertThat(replies).as("one reply to each answer").hasSize(1);
        return replies.getFirst();
    }

    private static void fire(AssessmentForm form, String type, Object detail) {
        ObjectNode data = JSON.createObjectNode();
        data.set("event.detail", JSON.valueToTree(detail));
        form.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(form.getElement(), type, data));
    }

    /** The calls the server has made on the element since the last look, as the response would carry them. */
    private static List<Reply> replies() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<Reply> replies = new ArrayList<>();
        for (PendingJavaScriptInvocation invocation : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            Matcher call = Pattern.compile("\\$0\\.(\\w+)\\(").matcher(invocation.getInvocation().getExpression());
            if (call.find()) {
                replies.add(new Reply(call.group(1), invocation.getInvocation().getParameters()));
            }
        }
        return replies;
    }

    private record Reply(String function, List<Object> parameters) {

        String message() {
            return (String) parameters.get(3);
        }
    }

    private static JsonNode catalog() {
        return JSON.readTree(_get(AssessmentForm.class).getElement().getProperty("catalog"));
    }

    private static JsonNode answers() {
        return JSON.readTree(_get(AssessmentForm.class).getElement().getProperty("answers"));
    }
}

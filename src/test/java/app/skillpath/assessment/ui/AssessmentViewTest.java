package app.skillpath.assessment.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.SelfAssessment;
import app.skillpath.assessment.ui.AssessmentEvents.AnswersRequested;
import app.skillpath.assessment.ui.AssessmentEvents.EducationChanged;
import app.skillpath.assessment.ui.AssessmentEvents.NoteChanged;
import app.skillpath.assessment.ui.AssessmentEvents.SkillRated;
import app.skillpath.assessment.ui.AssessmentEvents.ToolChanged;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogFiles;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.EducationLevel;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The assessment form is one browser-side element (assessment.js): these tests check what the
 * server gives it (the catalog with the contract, the saved answers, a reply to each answer) and
 * what it does with each answer the browser sends, driven through Flow's public API: typed events
 * fired with {@link ComponentUtil#fireEvent} and the element's properties. How the answers look and
 * feel in a browser, and what the browser's event data expressions hand over, is AssessmentBrowserIT's part.
 */
class AssessmentViewTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    CatalogService catalogService;

    @Autowired
    AssessmentCatalogJson catalogJson;

    private Account account;

    @BeforeEach
    void logIn() {
        account = testAccounts.create("rater");
        login(account, testAccounts.passwordHash(account));
        navigate("assessment");
    }

    @Test
    void a_rating_of_a_skill_the_catalog_retired_is_shown_as_retired_below_the_form_not_asked_again() {
        catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));
        try {
            assessmentService.rate("data-pipelines", 3);
            assessmentService.saveNote("data-pipelines", "ran the nightly loads");
            // away and back: navigating to the page it is on would keep the view built before the rating
            navigate("");
            navigate("assessment");
            assertThat(markup().getElementById(RetiredAnswers.ID)).as("nothing retired yet").isNull();

            catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRoleRetired()));
            navigate("");
            navigate("assessment");

            assertThat(markup(RetiredAnswers.ID).select("li").eachText())
                    .containsExactly("Data pipelines: 3 proficient (your note: ran the nightly loads) retired");
            assertThat(markup(RetiredAnswers.ID).text()).contains("not counted in fit scores");
            assertThat(catalog().toString()).as("the form no longer asks about it").doesNotContain("data-pipelines");
        } finally {
            // the user's data goes first, so that the real catalog may drop the Data Engineer again
            testAccounts.delete(account);
            catalogService.install(CatalogParser.parse(CatalogFiles.real()));
        }
    }

    @Test
    void every_skill_appears_once_grouped_by_area_without_required_levels() {
        JsonNode catalog = catalog();
        List<String> skills = new ArrayList<>();
        catalog.get("areas").forEach(area -> area.get("skills").forEach(skill -> skills.add(skill.get("key").asString())));

        assertThat(skills).hasSize(11).doesNotHaveDuplicates().contains("statistics", "team-leadership");
        assertThat(catalog.get("skillCount").asInt()).isEqualTo(11);
        assertThat(catalog.get("areas").toString() + catalog.get("roles")).doesNotContainIgnoringCase("required");
        assertThat(catalog.get("contract").get("texts").get("intro").asString()).contains("The roles' required levels are not shown here");
        assertThat(answers(form()).get("levels").size()).isZero();
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
    void the_page_learns_the_event_names_the_note_limit_and_its_texts_from_the_contract() {
        JsonNode contract = catalog().get("contract");

        // the names the page dispatches are the ones the server listens to
        assertThat(contract.get("events").get("skillRated").asString()).isEqualTo(domEvent(SkillRated.class));
        assertThat(contract.get("events").get("noteChanged").asString()).isEqualTo(domEvent(NoteChanged.class));
        assertThat(contract.get("events").get("educationChanged").asString()).isEqualTo(domEvent(EducationChanged.class));
        assertThat(contract.get("events").get("toolChanged").asString()).isEqualTo(domEvent(ToolChanged.class));
        assertThat(contract.get("events").get("answersRequested").asString()).isEqualTo(domEvent(AnswersRequested.class));
        // the limit the page's text area enforces is the service's, and its help text says the same
        assertThat(contract.get("limits").get("noteMaxLength").asInt()).isEqualTo(AssessmentService.NOTE_MAX_LENGTH);
        assertThat(contract.get("texts").get("noteHelp").asString()).endsWith("at most 2,000 characters");
        assertThat(contract.get("texts").get("progress").asString()).isEqualTo("{rated} of {total} skills rated");
    }

    @Test
    void the_page_offers_a_second_opinion_by_a_link_to_the_reviews_page() throws java.io.IOException {
        JsonNode texts = catalog().get("contract").get("texts");

        assertThat(texts.get("askForSecondOpinion").asString()).isEqualTo("Ask for a second opinion");
        // the script draws the link with the path of the reviews page's route
        String script = java.nio.file.Files.readString(java.nio.file.Path.of("frontend/static/scripts/assessment.js"));
        assertThat(script).contains("href: '" + app.skillpath.base.ui.Markup.url(app.skillpath.review.ui.ReviewsView.class) + "'");
    }

    @Test
    void the_catalog_json_is_built_once_for_every_page_and_again_when_a_new_catalog_is_installed() {
        Catalog installed = catalogService.catalog();
        Catalog reloaded = new Catalog(installed.article(), installed.areas(), installed.skills(), installed.tools().subList(0, 1),
                installed.fields(), installed.roles(), installed.retired(), installed.files(), installed.renamedFrom());
        Catalog[] current = {installed};
        AssessmentCatalogJson json = new AssessmentCatalogJson(new CatalogService(null) {
            @Override
            public Catalog catalog() {
                return current[0];
            }
        });

        String first = json.current().json();
        assertThat(json.current().json()).as("shared, not built again").isSameAs(first);
        current[0] = reloaded;
        String rebuilt = json.current().json();

        assertThat(JSON.readTree(first).get("tools").size()).isEqualTo(installed.tools().size()).isGreaterThan(1);
        assertThat(JSON.readTree(rebuilt).get("tools").size()).isEqualTo(1);
        assertThat(json.current().catalog()).isSameAs(reloaded);
        // the page's form gets the string the bean holds, not a copy of its own
        assertThat(form().getElement().getProperty("catalog")).isSameAs(catalogJson.current().json());
    }

    @Test
    void a_rating_is_saved_as_it_is_given_and_shown_again_on_the_next_visit() {
        assertThat(rate("statistics", 3).refusal()).isNull();
        assertThat(rate("programming", 0).refusal()).isNull();

        assertThat(assessmentService.mine().level("statistics")).contains(3);
        assertThat(assessmentService.mine().level("programming")).contains(0);
        assertThat(answers(form()).get("levels").toString()).isEqualTo("{\"programming\":0,\"statistics\":3}");

        navigate("");
        navigate("assessment");
        assertThat(answers(form()).get("levels").toString()).isEqualTo("{\"programming\":0,\"statistics\":3}");
    }

    @Test
    void each_answer_gets_one_reply_numbered_in_order_for_the_pages_saving_indicator() {
        AssessmentForm.Reply saved = rate("statistics", 2);
        AssessmentForm.Reply refused = rate("statistics", 9);
        AssessmentForm.Reply unreadable = send(form(), SkillRated.class, Map.of("skill", "statistics", "level", "2"));
        fire(form(), new AnswersRequested(form(), true));

        assertThat(saved.seq()).isEqualTo(1);
        assertThat(refused.seq()).isEqualTo(2);
        assertThat(unreadable.seq()).isEqualTo(3);
        assertThat(reply(form()).seq()).as("asking for the answers again is no answer").isEqualTo(3);
        assertThat(saved).isEqualTo(new AssessmentForm.Reply(1, "skill", "statistics", null));
    }

    @Test
    void clearing_a_rating_makes_it_not_rated_again() {
        rate("statistics", 2);
        rate("statistics", null);

        assertThat(assessmentService.mine().level("statistics")).isEmpty();
        assertThat(answers(form()).get("levels").has("statistics")).isFalse();
    }

    @Test
    void notes_education_and_tools_are_saved_and_shown_as_the_service_stored_them() {
        send(form(), NoteChanged.class, Map.of("skill", "statistics", "note", "  A/B testing course, 2025 "));
        send(form(), EducationChanged.class, Map.of("level", "master", "field", "other"));
        send(form(), ToolChanged.class, Map.of("tool", "sql", "used", true));

        var mine = assessmentService.mine();
        assertThat(mine.note("statistics")).contains("A/B testing course, 2025");
        assertThat(mine.education().level()).contains(EducationLevel.MASTER);
        assertThat(mine.education().fieldKey()).contains("other");
        assertThat(mine.toolKeys()).containsExactly("sql");
        JsonNode answers = answers(form());
        // stripped by the service, and the page shows what it stored
        assertThat(answers.get("notes").get("statistics").asString()).isEqualTo("A/B testing course, 2025");
        assertThat(answers.get("education").toString()).isEqualTo("{\"field\":\"other\",\"level\":\"master\"}");
        assertThat(answers.get("tools").toString()).isEqualTo("[\"sql\"]");

        send(form(), NoteChanged.class, Map.of("skill", "statistics", "note", "   "));
        send(form(), ToolChanged.class, Map.of("tool", "sql", "used", false));
        assertThat(assessmentService.mine().toolKeys()).isEmpty();
        assertThat(assessmentService.mine().note("statistics")).isEmpty();
        assertThat(answers(form()).get("notes").size()).as("a blank note clears it, as the service decides").isZero();
    }

    @Test
    void an_over_long_note_is_refused_at_the_field_and_nothing_is_saved() {
        AssessmentForm.Reply refusal = send(form(), NoteChanged.class, Map.of("skill", "statistics", "note", "x".repeat(2001)));

        assertThat(refusal).extracting(AssessmentForm.Reply::kind, AssessmentForm.Reply::key, AssessmentForm.Reply::refusal)
                .containsExactly("note", "statistics", "A note can have at most 2000 characters; this one has 2001.");
        assertThat(assessmentService.mine().note("statistics")).isEmpty();
        assertThat(answers(form()).get("notes").size()).isZero();
    }

    @Test
    void answers_a_normal_page_cannot_give_are_refused_with_a_message_and_nothing_is_saved() {
        List<AssessmentForm.Reply> refusals = List.of(
                rate("statistics", 7),
                rate("no-such-skill", 2),
                send(form(), EducationChanged.class, education("wizard", null)),
                send(form(), ToolChanged.class, Map.of("tool", "abacus", "used", true)),
                send(form(), SkillRated.class, Map.of("skill", "statistics", "level", "high")));

        assertThat(refusals).extracting(AssessmentForm.Reply::refusal).containsExactly(
                "A rating must be from 0 (none) to 4 (expert), not 7.",
                "There is no skill called “no-such-skill”.",
                "There is no education level called “wizard”.",
                "There is no tool called “abacus”.",
                "That answer could not be read; nothing was saved.");
        var mine = assessmentService.mine();
        assertThat(mine.levels()).isEmpty();
        assertThat(mine.education().level()).isEmpty();
        assertThat(mine.toolKeys()).isEmpty();
        // the page shows the saved answers again
        assertThat(answers(form()).get("levels").size()).isZero();
    }

    @Test
    void forged_answers_are_refused_not_coerced_and_nothing_is_saved() {
        Map<String, Object> extraProperty = new HashMap<>(Map.of("skill", "statistics", "level", 2, "admin", true));
        Map<String, Object> missingLevel = Map.of("skill", "statistics");
        List<AssessmentForm.Reply> refusals = List.of(
                send(form(), SkillRated.class, Map.of("skill", "statistics", "level", 2.7)),
                send(form(), SkillRated.class, Map.of("skill", "statistics", "level", 2.0)),
                send(form(), SkillRated.class, Map.of("skill", "statistics", "level", "3")),
                send(form(), SkillRated.class, Map.of("skill", 5, "level", 3)),
                send(form(), SkillRated.class, education(null, null)),
                send(form(), SkillRated.class, Map.of("skill", "statistics", "level", 1L << 40)),
                send(form(), SkillRated.class, missingLevel),
                send(form(), SkillRated.class, extraProperty),
                send(form(), ToolChanged.class, Map.of("tool", "python", "used", 1)),
                send(form(), ToolChanged.class, Map.of("tool", "python", "used", "true")),
                send(form(), ToolChanged.class, Map.of("tool", "python")),
                send(form(), ToolChanged.class, null),
                send(form(), EducationChanged.class, null),
                send(form(), EducationChanged.class, Map.of("level", "bachelor")),
                send(form(), EducationChanged.class, Map.of("level", "bachelor", "field", true)),
                send(form(), NoteChanged.class, List.of("statistics", "a note")),
                send(form(), NoteChanged.class, "statistics"));

        assertThat(refusals).allSatisfy(reply ->
                // shown at the top of the form: these answers belong to no question
                assertThat(reply).extracting(AssessmentForm.Reply::kind, AssessmentForm.Reply::key, AssessmentForm.Reply::refusal)
                        .containsExactly("form", "", "That answer could not be read; nothing was saved."));
        var mine = assessmentService.mine();
        assertThat(mine.levels()).isEmpty();
        assertThat(mine.toolKeys()).isEmpty();
        assertThat(mine.education().level()).isEmpty();
    }

    @Test
    void a_note_with_a_nul_or_a_broken_character_is_refused_at_the_note_and_nothing_is_saved() {
        AssessmentForm.Reply nul = send(form(), NoteChanged.class, Map.of("skill", "statistics", "note", "a\u0000b"));
        AssessmentForm.Reply loneSurrogate = send(form(), NoteChanged.class, Map.of("skill", "statistics", "note", "caf\uD800e"));

        assertThat(nul).isEqualTo(new AssessmentForm.Reply(1, "note", "statistics",
                "This note cannot be saved: it contains a NUL character (\\u0000), which cannot be stored."));
        assertThat(loneSurrogate).isEqualTo(new AssessmentForm.Reply(2, "note", "statistics",
                "This note cannot be saved: it contains a broken character (an unpaired UTF-16 surrogate), which cannot be stored."));
        assertThat(assessmentService.mine().note("statistics")).isEmpty();
        // a whole emoji (a surrogate pair) is fine
        assertThat(send(form(), NoteChanged.class, Map.of("skill", "statistics", "note", "shipped \uD83D\uDE80")).refusal()).isNull();
        assertThat(assessmentService.mine().note("statistics")).contains("shipped \uD83D\uDE80");
    }

    @Test
    void a_refusal_for_a_key_the_page_does_not_have_is_aimed_at_the_form_not_at_a_missing_question() {
        AssessmentForm.Reply unknownSkill = rate("no-such-skill", 2);
        AssessmentForm.Reply unknownTool = send(form(), ToolChanged.class, Map.of("tool", "abacus", "used", true));
        AssessmentForm.Reply knownSkill = rate("statistics", 9);

        assertThat(unknownSkill).isEqualTo(new AssessmentForm.Reply(1, "form", "", "There is no skill called “no-such-skill”."));
        assertThat(unknownTool).isEqualTo(new AssessmentForm.Reply(2, "form", "", "There is no tool called “abacus”."));
        assertThat(knownSkill).extracting(AssessmentForm.Reply::kind, AssessmentForm.Reply::key).containsExactly("skill", "statistics");
    }

    @Test
    void a_forged_key_is_echoed_shortened_and_without_control_characters() {
        AssessmentForm.Reply reply = rate("x".repeat(100_000) + "\n", 2);

        assertThat(reply.refusal()).isEqualTo("There is no skill called “" + "x".repeat(60) + "…”.");
    }

    @Test
    void a_malformed_answer_is_logged_as_a_warning_without_a_stack_trace() {
        Logger logger = (Logger) LoggerFactory.getLogger(AssessmentForm.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            send(form(), ToolChanged.class, null);
            send(form(), SkillRated.class, Map.of("skill", "statistics", "level", 2.7));
            send(form(), NoteChanged.class, Map.of("skill", "statistics", "note", "a\u0000b"));
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).hasSize(3).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getThrowableProxy()).isNull();
        });
        assertThat(appender.list.get(1).getFormattedMessage())
                .isEqualTo("Refused a skill-rated answer that could not be read (level is not a whole number)");
        assertThat(appender.list.getLast().getFormattedMessage())
                .isEqualTo("Refused a note-changed answer: This note cannot be saved: it contains a NUL character (\\u0000), which cannot be stored.");
    }

    @Test
    void when_the_database_fails_the_page_is_told_not_saved_and_the_error_goes_to_the_error_handler() {
        AssessmentService failing = new AssessmentService(null, null, null, null, null) {
            @Override
            public SelfAssessment rate(String skillKey, Integer level) {
                throw new DataAccessResourceFailureException("Connection refused (simulated outage)");
            }
        };
        AssessmentForm form = new AssessmentForm(failing, catalogJson.current(), assessmentService.mine());
        UI.getCurrent().add(form);

        assertThatThrownBy(() -> send(form, SkillRated.class, Map.of("skill", "statistics", "level", 3)))
                .isInstanceOf(DataAccessResourceFailureException.class);

        assertThat(reply(form)).isEqualTo(new AssessmentForm.Reply(1, "skill", "statistics", "Not saved: please try again in a moment."));
        assertThat(answers(form).get("levels").size()).isZero();
    }

    @Test
    void two_tabs_show_the_same_answers_after_a_save_in_either() {
        AssessmentForm tabA = form();
        // a second tab of the same user, opened before anything was saved
        AssessmentForm tabB = new AssessmentForm(assessmentService, catalogJson.current(), assessmentService.mine());
        UI.getCurrent().add(tabB);

        send(tabA, SkillRated.class, Map.of("skill", "statistics", "level", 3));
        assertThat(answers(tabB).get("levels").size()).as("tab B has not looked yet").isZero();
        fire(tabB, new AnswersRequested(tabB, true));
        assertThat(answers(tabB).get("levels").toString()).as("tab B shown again").isEqualTo("{\"statistics\":3}");

        send(tabB, ToolChanged.class, Map.of("tool", "python", "used", true));
        fire(tabA, new AnswersRequested(tabA, true));
        assertThat(answers(tabA)).isEqualTo(answers(tabB));
        assertThat(answers(tabA).get("tools").toString()).isEqualTo("[\"python\"]");

        // any save shows the whole saved state, what another tab saved meanwhile included
        send(tabB, SkillRated.class, Map.of("skill", "statistics", "level", 1));
        send(tabA, NoteChanged.class, Map.of("skill", "mathematics", "note", "Linear algebra course"));
        assertThat(answers(tabA).get("levels").toString()).isEqualTo("{\"statistics\":1}");
        assertThat(answers(tabA).get("notes").toString()).isEqualTo("{\"mathematics\":\"Linear algebra course\"}");
    }

    private static Map<String, Object> education(String level, String field) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("level", level);
        detail.put("field", field);
        return detail;
    }

    private static AssessmentForm.Reply rate(String skill, Integer level) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("skill", skill);
        detail.put("level", level);
        return send(form(), SkillRated.class, detail);
    }

    /**
     * The answer a page sends with this event detail (any JSON a console could dispatch), as Flow
     * hands it to the event's constructor: each property the event reads (null when it is null or
     * missing), and the names of the detail's properties. Returns the reply the form set, checking
     * that it is the one reply to this answer.
     */
    private static AssessmentForm.Reply send(AssessmentForm form, Class<? extends ComponentEvent<AssessmentForm>> type, Object detail) {
        JsonNode sent = detail == null ? NullNode.getInstance() : JSON.valueToTree(detail);
        ArrayNode keys = sent.isObject() ? JSON.createArrayNode() : null;
        if (keys != null) {
            sent.propertyNames().forEach(keys::add);
        }
        int before = reply(form) == null ? 0 : reply(form).seq();
        ComponentEvent<AssessmentForm> event;
        if (type == SkillRated.class) {
            event = new SkillRated(form, true, property(sent, "skill"), property(sent, "level"), keys);
        } else if (type == NoteChanged.class) {
            event = new NoteChanged(form, true, property(sent, "skill"), property(sent, "note"), keys);
        } else if (type == EducationChanged.class) {
            event = new EducationChanged(form, true, property(sent, "level"), property(sent, "field"), keys);
        } else {
            event = new ToolChanged(form, true, property(sent, "tool"), property(sent, "used"), keys);
        }
        try {
            fire(form, event);
        } finally {
            assertThat(reply(form).seq()).as("one reply to each answer").isEqualTo(before + 1);
        }
        return reply(form);
    }

    private static JsonNode property(JsonNode detail, String name) {
        JsonNode value = detail.isObject() ? detail.get(name) : null;
        return value == null || value.isNull() ? null : value;
    }

    private static void fire(AssessmentForm form, ComponentEvent<AssessmentForm> event) {
        ComponentUtil.fireEvent(form, event);
    }

    private static String domEvent(Class<?> eventType) {
        return eventType.getAnnotation(DomEvent.class).value();
    }

    private static AssessmentForm form() {
        return _get(AssessmentForm.class);
    }

    private static AssessmentForm.Reply reply(AssessmentForm form) {
        String json = form.getElement().getProperty("reply");
        return json == null ? null : JSON.readValue(json, AssessmentForm.Reply.class);
    }

    private static JsonNode catalog() {
        return JSON.readTree(form().getElement().getProperty("catalog"));
    }

    private static JsonNode answers(AssessmentForm form) {
        return JSON.readTree(form.getElement().getProperty("answers"));
    }
}

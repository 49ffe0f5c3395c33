package app.skillpath.target.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.account.ui.LoginView;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.posting.PostingAnalysis;
import app.skillpath.posting.SkillProposal;
import app.skillpath.posting.Span;
import app.skillpath.posting.Unmatched;
import app.skillpath.target.Target;
import app.skillpath.target.TargetService;
import app.skillpath.target.TargetSkill;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class PostingViewTest extends KaribuTest {

    /** A requirement no catalog skill matches, under a requirements heading, beside one that does. */
    private static final String WITH_UNMATCHED = "Data analyst\n\nRequirements:\n- Strong statistics and SQL\n"
            + "- Experience with cheese making and goat herding\n";

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TargetService targetService;

    private Account account;

    @BeforeEach
    void logIn() {
        account = testAccounts.create("postingview");
        login(account, testAccounts.passwordHash(account));
    }

    @AfterEach
    void deleteAccount() {
        logout();
        testAccounts.delete(account);
    }

    @Test
    void a_posting_gives_proposals_whose_highlights_are_exactly_the_evidence() {
        String posting = resource("postings/02-data-scientist-growth.txt");
        PostingAnalysis analysis = targetService.propose(posting).analysis();
        String text = targetService.propose(posting).posting();
        assertThat(analysis.skills()).isNotEmpty();

        read(posting);

        Document highlighted = block("posting-highlighted");
        // the posting is all there, as text, in its order
        assertThat(highlighted.body().wholeText()).isEqualTo(text);
        for (SkillProposal skill : analysis.skills()) {
            for (int i = 0; i < skill.evidence().size(); i++) {
                String id = PostingView.evidenceId(skill.skillKey(), i);
                assertThat(highlightedText(highlighted, id)).as(id).isEqualTo(skill.evidence().get(i).of(text));
                assertThat(highlighted.getElementById(id)).as(id).isNotNull();
            }
        }
        Document summary = block("posting-summary");
        for (SkillProposal skill : analysis.skills()) {
            Element item = summary.getElementById("found-" + skill.skillKey());
            assertThat(item).as(skill.skillKey()).isNotNull();
            assertThat(item.text()).contains(skill.mustHave() ? "Must-have" : "Nice to have").contains(skill.reading());
            if (!skill.evidence().isEmpty()) {
                assertThat(item.selectFirst("a.posting-see").attr("href"))
                        .isEqualTo("targets/new/posting#" + PostingView.evidenceId(skill.skillKey(), 0));
            }
        }
        // the form holds the proposal, each skill with its reading as a note
        assertThat(_find(Select.class, spec -> spec.withId("skill-" + analysis.skills().getFirst().skillKey() + "-level")))
                .hasSize(1);
        assertThat(markup().select(".target-skill-note").eachText()).anyMatch(note -> note.contains(analysis.skills()
                .getFirst().reading()));
        assertThat(_get(TextArea.class, spec -> spec.withId("target-posting-text")).getValue()).isEqualTo(text);
    }

    @Test
    void a_corrected_level_is_what_is_saved() {
        String posting = resource("postings/02-data-scientist-growth.txt");
        PostingAnalysis analysis = targetService.propose(posting).analysis();
        SkillProposal first = analysis.skills().getFirst();
        int corrected = first.level() % 4 + 1;

        read(posting);
        select("skill-" + first.skillKey() + "-level").setValue(corrected);
        save();

        Target saved = targetService.mine().targets().getFirst();
        assertThat(saved.skill(first.skillKey())).hasValueSatisfying(skill -> assertThat(skill.requiredLevel()).isEqualTo(corrected));
        SkillProposal second = analysis.skills().get(1);
        assertThat(saved.skill(second.skillKey())).hasValueSatisfying(skill -> assertThat(skill.requiredLevel())
                .isEqualTo(second.level()));
        assertThat(saved.skills()).hasSize(analysis.skills().size());
        // on to the new target's editor, with the way on to its fit and plan
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(TargetEditorView.editUrl(saved.key()));
        assertThat(markup("target-see-fit").attr("href")).isEqualTo("fit");
        assertThat(markup("target-make-plan").attr("href")).isEqualTo("plan?role=" + saved.key().replace(":", "%3A"));
    }

    @Test
    void a_requirement_outside_the_catalog_added_as_my_own_skill_is_saved_as_one() {
        PostingAnalysis analysis = targetService.propose(WITH_UNMATCHED).analysis();
        assertThat(analysis.notInCatalog()).isNotEmpty();
        Unmatched outside = analysis.notInCatalog().getFirst();

        read(WITH_UNMATCHED);
        Button add = _get(Button.class, spec -> spec.withId("add-own-0"));
        _click(add);
        assertThat(add.isEnabled()).isFalse();
        save();

        Target saved = targetService.mine().targets().getFirst();
        assertThat(saved.skills()).filteredOn(TargetSkill::custom).singleElement().satisfies(skill -> {
            assertThat(skill.name()).isEqualTo(PostingView.ownSkillName(outside.text()));
            assertThat(skill.requiredLevel()).isEqualTo(PostingView.OWN_SKILL_LEVEL);
            assertThat(skill.weight()).isEqualTo(PostingView.OWN_SKILL_WEIGHT);
            assertThat(skill.mustHave()).isFalse();
        });
        assertThat(targetService.mine().customSkills()).extracting(skill -> skill.name())
                .containsExactly(PostingView.ownSkillName(outside.text()));
    }

    @Test
    void an_own_skill_can_be_renamed_in_the_form_before_saving() {
        read(WITH_UNMATCHED);
        _click(_get(Button.class, spec -> spec.withId("add-own-0")));
        _get(TextField.class, spec -> spec.withClasses("target-skill-new-name")).setValue("Cheese making");
        save();

        assertThat(targetService.mine().customSkills()).extracting(skill -> skill.name()).containsExactly("Cheese making");
    }

    @Test
    void a_long_requirement_becomes_a_name_cut_at_a_word() {
        String words = "Experience " + "with very long requirements ".repeat(10);

        String name = PostingView.ownSkillName(words);

        assertThat(name.length()).isLessThanOrEqualTo(TargetService.CUSTOM_NAME_MAX_LENGTH);
        assertThat(words).startsWith(name);
        // cut where a word ends, not inside one
        assertThat(words.charAt(name.length())).isEqualTo(' ');
        assertThat(PostingView.ownSkillName("  Cheese\n making ")).isEqualTo("Cheese making");
    }

    @Test
    void an_empty_posting_is_refused_and_nothing_is_stored() {
        navigate("targets/new/posting");
        _click(_get(Button.class, spec -> spec.withId("find-in-posting")));

        expectNotifications("Paste the text of a job posting first.");
        _assertNone(TargetForm.class);
        assertThat(targetService.mine().targets()).isEmpty();
    }

    @Test
    void a_posting_over_the_limit_is_refused_by_the_server_even_past_the_fields_limit() {
        navigate("targets/new/posting");
        TextArea input = _get(TextArea.class, spec -> spec.withId("posting-input"));
        assertThat(input.getMaxLength()).isEqualTo(TargetService.POSTING_MAX_LENGTH);
        // a client can send more than maxLength allows: the server's check is what counts
        input.setValue("x ".repeat(TargetService.POSTING_MAX_LENGTH / 2 + 1));
        assertThat(input.getHelperText()).isEqualTo("20,002 of 20,000 characters");
        _click(_get(Button.class, spec -> spec.withId("find-in-posting")));

        assertThat(getNotifications()).hasSize(1);
        assertThat(getNotifications().getFirst().getElement().getProperty("text", "")).contains("at most 20,000 characters");
        _assertNone(TargetForm.class);
        assertThat(targetService.mine().targets()).isEmpty();
    }

    @Test
    void a_posting_naming_nothing_says_so_and_gives_the_empty_form() {
        String posting = "We are a friendly bakery in Leeds. Come and say hello.";
        assertThat(targetService.propose(posting).analysis().foundNothing()).isTrue();

        read(posting);

        expectNotifications(PostingView.NOTHING_FOUND);
        assertThat(block("posting-message").text()).isEqualTo(PostingView.NOTHING_FOUND);
        _get(TargetForm.class);
        _assertNone(HtmlBlock.class, spec -> spec.withId("posting-highlighted"));
        assertThat(_get(TextArea.class, spec -> spec.withId("target-posting-text")).getValue()).isEqualTo(posting);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("target-skill-row"))).isEmpty();
        assertThat(targetService.mine().targets()).isEmpty();
    }

    @Test
    void a_posting_with_markup_is_shown_as_text() {
        String posting = "Analyst\n\nRequirements:\n- <script>alert(1)</script> & strong statistics\n- <b>SQL</b> & Python\n";

        read(posting);

        HtmlBlock block = _get(HtmlBlock.class, spec -> spec.withId("posting-highlighted"));
        assertThat(block.innerHtml()).doesNotContain("<script").doesNotContain("<b>").contains("&lt;");
        Document shown = Jsoup.parseBodyFragment(block.innerHtml());
        assertThat(shown.select("script, b")).isEmpty();
        assertThat(shown.body().wholeText()).isEqualTo(posting.strip());
    }

    @Test
    void overlapping_and_touching_spans_at_either_end_keep_the_text_whole() {
        String text = "SQL & Python <script>x</script> R";
        int end = text.length();
        List<PostingView.Evidence> evidence = List.of(
                new PostingView.Evidence("ev-a-0", new Span(0, 3), "skill", "A"),
                new PostingView.Evidence("ev-b-0", new Span(0, 12), "skill", "B"),
                new PostingView.Evidence("ev-c-0", new Span(12, 31), "other", "C"),
                new PostingView.Evidence("ev-d-0", new Span(6, 20), "tool", "D"),
                new PostingView.Evidence("ev-e-0", new Span(end - 1, end), "tool", "E"),
                new PostingView.Evidence("ev-f-0", new Span(5, 5), "tool", "empty"));
        Document document = Document.createShell("");

        PostingView.highlight(document.body(), text, evidence);

        assertThat(document.body().wholeText()).isEqualTo(text);
        assertThat(document.select("script")).isEmpty();
        for (PostingView.Evidence e : evidence.subList(0, 5)) {
            assertThat(highlightedText(document, e.id())).as(e.id()).isEqualTo(e.span().of(text));
            assertThat(document.select("#" + e.id())).as(e.id()).hasSize(1);
        }
        // an empty span marks nothing
        assertThat(document.getElementById("ev-f-0")).isNull();
        assertThat(document.select("mark").getFirst().attr("title")).isEqualTo("A; B");
    }

    @Test
    void a_visitor_is_sent_to_log_in() {
        logout();
        navigate("targets/new/posting");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(LoginView.class);
    }

    @Test
    void the_targets_list_leads_here() {
        navigate("targets");

        assertThat(markup("from-posting").attr("href")).isEqualTo("targets/new/posting");
    }

    /** The text of every highlight piece that belongs to the evidence with this id, in order. */
    private static String highlightedText(Document document, String id) {
        return document.select("mark[data-ev]").stream()
                .filter(mark -> Arrays.asList(mark.attr("data-ev").split(" ")).contains(id))
                .map(Element::wholeText).collect(Collectors.joining());
    }

    private static void read(String posting) {
        navigate("targets/new/posting");
        _get(TextArea.class, spec -> spec.withId("posting-input")).setValue(posting);
        _click(_get(Button.class, spec -> spec.withId("find-in-posting")));
    }

    private static Document block(String id) {
        return Jsoup.parseBodyFragment(_get(HtmlBlock.class, spec -> spec.withId(id)).innerHtml());
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("save-target")));
    }

    private static String resource(String path) {
        try (InputStream in = PostingViewTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

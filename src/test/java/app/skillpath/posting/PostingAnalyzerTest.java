package app.skillpath.posting;

import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogFiles;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.Retired;
import app.skillpath.catalog.Skill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The posting analysis on small postings, with a small vocabulary of its own (no Spring, no database). */
class PostingAnalyzerTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(new Vocabulary.Term("statistics", "Statistical concepts and methods",
                            List.of("statistics", "statistical modelling", "A/B testing", "hypothesis testing")),
                    new Vocabulary.Term("ml-frameworks", "Machine learning libraries and frameworks",
                            List.of("machine learning", "PyTorch", "scikit-learn")),
                    new Vocabulary.Term("cloud-computing", "Cloud computing platforms", List.of("AWS", "cloud platforms")),
                    new Vocabulary.Term("team-leadership", "Leading a data team", List.of("people management", "lead a team", "mentoring")),
                    new Vocabulary.Term("programming", "Programming", List.of("software engineering"))),
            List.of(new Vocabulary.Term("python", "Python", List.of()),
                    new Vocabulary.Term("r", "R", List.of()),
                    new Vocabulary.Term("cpp", "C++", List.of()),
                    new Vocabulary.Term("pytorch", "PyTorch", List.of()),
                    new Vocabulary.Term("sql", "SQL (and SQL databases)", List.of("SQL"))),
            List.of(new Vocabulary.Term("computer-science", "Computer science", List.of("CS")),
                    new Vocabulary.Term("mathematics", "Mathematics", List.of("math")),
                    new Vocabulary.Term("statistics", "Statistics", List.of())));

    private final PostingAnalyzer analyzer = new PostingAnalyzer(VOCABULARY);

    private SkillProposal skill(PostingAnalysis analysis, String key) {
        return analysis.skills().stream().filter(skill -> skill.skillKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal for " + key + " in " + analysis.skills()));
    }

    private static List<String> keys(PostingAnalysis analysis) {
        return analysis.skills().stream().map(SkillProposal::skillKey).toList();
    }

    private static List<String> toolKeys(PostingAnalysis analysis) {
        return analysis.tools().stream().map(ToolProposal::toolKey).toList();
    }

    @Test
    void plurals_tenses_and_case_do_not_matter_because_wordings_are_matched_after_stemming() {
        String posting = "Requirements\n- You have built Statistical Models and ran hypothesis tests\n- Trained PYTORCH networks";

        PostingAnalysis analysis = analyzer.analyze(posting);

        assertThat(keys(analysis)).containsExactly("statistics", "ml-frameworks");
        assertThat(skill(analysis, "statistics").evidence()).extracting(span -> span.of(posting))
                .containsExactly("Statistical Models", "hypothesis tests");
        assertThat(toolKeys(analysis)).containsExactly("pytorch");
    }

    @Test
    void evidence_spans_cover_exactly_the_words_of_the_original_text() {
        String posting = "## What you'll bring\r\n\r\n  *  Deep expertise in A/B testing,   and\tAWS.\r\n";

        PostingAnalysis analysis = analyzer.analyze(posting);

        assertThat(skill(analysis, "statistics").evidence()).extracting(span -> span.of(posting))
                .as("the stop word \"a\" of \"A/B\" is highlighted with the rest").containsExactly("A/B testing");
        assertThat(skill(analysis, "cloud-computing").evidence()).extracting(span -> span.of(posting)).containsExactly("AWS");
        assertThat(skill(analysis, "cloud-computing").evidence().getFirst())
                .isEqualTo(new Span(posting.indexOf("AWS"), posting.indexOf("AWS") + 3));
    }

    @Test
    void a_skill_under_a_must_heading_is_a_must_have_of_weight_3_and_under_a_nice_heading_a_nice_to_have_of_weight_1() {
        PostingAnalysis analysis = analyzer.analyze("""
                Minimum qualifications:
                - Statistics

                Preferred qualifications:
                - Machine learning
                """);

        assertThat(skill(analysis, "statistics").mustHave()).isTrue();
        assertThat(skill(analysis, "statistics").weight()).isEqualTo(3);
        assertThat(skill(analysis, "statistics").reading()).contains("Must-have", "\"Minimum qualifications\"");
        assertThat(skill(analysis, "ml-frameworks").mustHave()).isFalse();
        assertThat(skill(analysis, "ml-frameworks").weight()).isEqualTo(1);
        assertThat(skill(analysis, "ml-frameworks").reading()).contains("Nice-to-have", "\"Preferred qualifications\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"## Nice to have", "BONUS POINTS", "Pluses:", "Preferred", "**Nice-to-haves**"})
    void headings_in_any_layout_set_the_section(String heading) {
        PostingAnalysis analysis = analyzer.analyze("Requirements\n- Statistics\n\n" + heading + "\n- AWS\n");

        assertThat(skill(analysis, "statistics").mustHave()).isTrue();
        assertThat(skill(analysis, "cloud-computing").mustHave()).as("under " + heading).isFalse();
    }

    @Test
    void cue_words_in_the_sentence_override_the_section() {
        PostingAnalysis analysis = analyzer.analyze("""
                Requirements
                - Statistics
                - Experience with AWS is a plus
                - Ideally some machine learning

                Nice to have
                - People management is required
                """);

        assertThat(skill(analysis, "statistics").mustHave()).isTrue();
        assertThat(skill(analysis, "cloud-computing").mustHave()).isFalse();
        assertThat(skill(analysis, "cloud-computing").reading()).contains("\"is a plus\"");
        assertThat(skill(analysis, "ml-frameworks").mustHave()).isFalse();
        assertThat(skill(analysis, "team-leadership").mustHave()).isTrue();
        assertThat(skill(analysis, "team-leadership").reading()).contains("\"required\"");
    }

    @Test
    void an_inline_label_sets_the_section_of_its_own_line() {
        PostingAnalysis analysis = analyzer.analyze("Must have: statistics and SQL.\nNice to have: AWS, machine learning.\n");

        assertThat(skill(analysis, "statistics").mustHave()).isTrue();
        assertThat(skill(analysis, "cloud-computing").mustHave()).isFalse();
        assertThat(skill(analysis, "ml-frameworks").mustHave()).isFalse();
    }

    @Test
    void mentions_in_neutral_sections_are_not_requirements() {
        PostingAnalysis analysis = analyzer.analyze("""
                About us
                We publish national statistics and run everything on AWS with Python.

                Requirements
                - Machine learning

                Benefits
                - A budget for people management courses
                """);

        assertThat(keys(analysis)).containsExactly("ml-frameworks");
        assertThat(analysis.tools()).isEmpty();
    }

    @Test
    void open_text_counts_where_it_addresses_the_candidate_and_not_where_it_describes_the_company() {
        PostingAnalysis analysis = analyzer.analyze("We are a team that uses machine learning for statistics. "
                + "You have strong software engineering skills and experience with AWS.");

        assertThat(keys(analysis)).containsExactly("programming", "cloud-computing");
        assertThat(skill(analysis, "programming").mustHave()).isTrue();
    }

    @Test
    void sentences_saying_what_is_not_asked_ask_nothing() {
        PostingAnalysis analysis = analyzer.analyze("The team runs on AWS, but we do not expect you to have used it. "
                + "You will not be writing software engineering code. You have strong statistics.");

        assertThat(keys(analysis)).containsExactly("statistics");
        assertThat(analysis.tools()).isEmpty();
    }

    @Test
    void what_is_done_to_the_candidate_is_not_asked_of_them() {
        assertThat(analyzer.analyze("Requirements\n- Senior scientists who will mentor you\n").skills()).isEmpty();
        assertThat(keys(analyzer.analyze("Requirements\n- Experience mentoring junior scientists\n")))
                .containsExactly("team-leadership");
    }

    @Test
    void a_wrapped_list_item_is_read_as_one_item() {
        String posting = "Requirements\n- Strong background in\n  statistics\n- Calm under\n  pressure\n";

        PostingAnalysis analysis = analyzer.analyze(posting);

        assertThat(skill(analysis, "statistics").level()).isEqualTo(3);
        assertThat(analysis.notInCatalog()).extracting(Unmatched::text).containsExactly("Calm under pressure");
        assertThat(analysis.notInCatalog().getFirst().span().of(posting)).isEqualTo("Calm under\n  pressure");
    }

    @Test
    void a_longer_line_naming_a_kind_of_section_before_a_list_is_a_heading() {
        PostingAnalysis analysis = analyzer.analyze("Requirements\n- Statistics\nIt would be a plus if you have\n- AWS\n");

        assertThat(skill(analysis, "cloud-computing").mustHave()).isFalse();
        assertThat(skill(analysis, "cloud-computing").reading()).contains("\"It would be a plus if you have\"");
    }

    @Test
    void a_paragraph_after_a_list_and_a_blank_line_leaves_the_lists_section() {
        PostingAnalysis analysis = analyzer.analyze("Requirements\n- Statistics\n\nWe are an equal opportunity employer.\n");

        assertThat(keys(analysis)).containsExactly("statistics");
        assertThat(analysis.notInCatalog()).isEmpty();
    }

    @Test
    void a_skill_asked_both_ways_is_a_must_have() {
        PostingAnalysis analysis = analyzer.analyze("Nice to have\n- AWS\n\nRequirements\n- Familiarity with cloud platforms\n");

        SkillProposal cloud = skill(analysis, "cloud-computing");
        assertThat(cloud.mustHave()).isTrue();
        assertThat(cloud.weight()).isEqualTo(3);
        assertThat(cloud.level()).isEqualTo(2);
        assertThat(cloud.evidence()).hasSize(2);
        assertThat(cloud.reading()).contains("both ways");
    }

    @ParameterizedTest(name = "\"{0}\" asks for level {1}")
    @CsvSource(delimiter = '|', value = {
            "Familiarity with AWS | 2",
            "Some exposure to AWS | 2",
            "Basic AWS | 2",
            "Experience with AWS | 3",
            "Proficiency in AWS | 3",
            "Strong AWS skills | 3",
            "Solid, hands-on AWS | 3",
            "Expert in AWS | 4",
            "Deep expertise in AWS | 4",
            "You will lead our move to AWS | 4",
            "Mastery of AWS | 4",
            "1-2 years of AWS | 2",
            "2 years of experience with AWS | 2",
            "3+ years of experience with AWS | 3",
            "4 years using AWS | 3",
            "5+ years of hands-on experience with AWS | 4",
            "ten years of AWS | 4",
            "AWS | 3"})
    void the_level_comes_from_the_wording_nearest_to_the_mention(String requirement, int level) {
        PostingAnalysis analysis = analyzer.analyze("Requirements\n- " + requirement + "\n");

        assertThat(skill(analysis, "cloud-computing").level()).isEqualTo(level);
    }

    @Test
    void each_mention_takes_the_wording_nearest_to_it() {
        PostingAnalysis analysis = analyzer.analyze("Requirements\n- Strong statistics and familiarity with AWS\n");

        assertThat(skill(analysis, "statistics").level()).isEqualTo(3);
        assertThat(skill(analysis, "cloud-computing").level()).isEqualTo(2);
        assertThat(skill(analysis, "cloud-computing").reading()).contains("level 2 from \"familiarity\"");
    }

    @Test
    void lead_as_a_noun_naming_a_person_asks_no_depth_but_lead_as_a_verb_does() {
        PostingAnalysis person = analyzer.analyze("Requirements\n- Own the statistics roadmap with the product lead\n");
        PostingAnalysis verb = analyzer.analyze("Requirements\n- Lead the statistics roadmap\n");

        assertThat(skill(person, "statistics").level()).isEqualTo(3);
        assertThat(skill(person, "statistics").reading()).doesNotContain("\"lead\"");
        assertThat(skill(verb, "statistics").level()).isEqualTo(4);
    }

    @Test
    void without_wording_about_depth_a_must_have_asks_level_3_and_a_nice_to_have_level_2() {
        PostingAnalysis analysis = analyzer.analyze("Requirements\n- Statistics\n\nNice to have\n- AWS\n");

        assertThat(skill(analysis, "statistics").level()).isEqualTo(3);
        assertThat(skill(analysis, "cloud-computing").level()).isEqualTo(2);
        assertThat(skill(analysis, "cloud-computing").reading()).contains("nice-to-have default");
    }

    @Test
    void education_reads_the_minimum_the_preferred_degree_the_fields_and_related_fields() {
        String posting = "Qualifications\n- Bachelor's degree in Computer Science, Math or a related field; Master's preferred\n";

        EducationProposal education = analyzer.analyze(posting).education().orElseThrow();

        assertThat(education.minimum()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(education.preferred()).contains(EducationLevel.MASTER);
        assertThat(education.fieldKeys()).containsExactly("computer-science", "mathematics");
        assertThat(education.relatedFieldsAccepted()).isTrue();
        assertThat(education.evidence()).extracting(span -> span.of(posting))
                .containsExactly("Bachelor's", "Computer Science", "Math", "related field", "Master's");
    }

    @Test
    void a_degree_without_related_fields_or_preference_is_read_as_written() {
        EducationProposal education = analyzer.analyze("Requirements\n- MS or PhD in Statistics or CS\n")
                .education().orElseThrow();

        assertThat(education.minimum()).isEqualTo(EducationLevel.MASTER);
        assertThat(education.preferred()).isEmpty();
        assertThat(education.fieldKeys()).containsExactly("statistics", "computer-science");
        assertThat(education.relatedFieldsAccepted()).isFalse();
    }

    @Test
    void a_field_named_in_a_degree_is_not_also_read_as_a_skill() {
        PostingAnalysis analysis = analyzer.analyze("Requirements\n- A degree in Statistics\n- Statistical modelling\n");

        assertThat(analysis.education().orElseThrow().minimum()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(skill(analysis, "statistics").evidence()).hasSize(1);
    }

    @Test
    void a_bare_degree_beside_a_preferred_masters_is_the_minimum() {
        EducationProposal education = analyzer.analyze("What you'll bring:\n"
                + "* A degree in statistics or a similar quantitative field - a Master's is a plus\n").education().orElseThrow();

        assertThat(education.minimum()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(education.preferred()).contains(EducationLevel.MASTER);
        assertThat(education.relatedFieldsAccepted()).isTrue();
    }

    @Test
    void a_postgraduate_qualification_is_not_read_as_a_degree() {
        assertThat(analyzer.analyze("Desirable\n- Postgraduate qualification in statistics\n").education()).isEmpty();
    }

    @Test
    void only_a_preferred_degree_leaves_the_minimum_at_none() {
        EducationProposal education = analyzer.analyze("Requirements\n- A PhD in Statistics is a plus\n")
                .education().orElseThrow();

        assertThat(education.minimum()).isEqualTo(EducationLevel.NONE);
        assertThat(education.preferred()).contains(EducationLevel.DOCTORATE);
    }

    @Test
    void the_tool_r_is_found_only_as_a_capital_letter_standing_as_a_name() {
        assertThat(toolKeys(analyzer.analyze("Requirements\n- Python, R and SQL\n"))).containsExactly("python", "r", "sql");
        assertThat(toolKeys(analyzer.analyze("Requirements\n- Fluent in R\n"))).containsExactly("r");
        assertThat(toolKeys(analyzer.analyze("Requirements\n- R programming\n"))).containsExactly("r");
        assertThat(toolKeys(analyzer.analyze("Requirements\n- R&D experience, r and Rust; Plan R. Ahead\n"))).isEmpty();
    }

    @Test
    void cpp_must_be_written_with_its_symbols() {
        String posting = "Requirements\n- C++ or C, and C#\n";

        PostingAnalysis analysis = analyzer.analyze(posting);

        assertThat(analysis.tools()).hasSize(1);
        assertThat(analysis.tools().getFirst().evidence()).extracting(span -> span.of(posting)).containsExactly("C++");
    }

    @Test
    void requirements_naming_nothing_in_the_catalog_are_listed_trimmed_and_cut() {
        String longLine = "Calm under pressure " + "and very patient ".repeat(20);
        String posting = "Requirements\n- Statistics\n-   Excellent judgement  \n- " + longLine + "\n\nAbout us\n- A nice office\n";

        List<Unmatched> unmatched = analyzer.analyze(posting).notInCatalog();

        assertThat(unmatched).extracting(Unmatched::text).first().isEqualTo("Excellent judgement");
        assertThat(unmatched).hasSize(2);
        assertThat(unmatched.get(1).text()).hasSizeLessThanOrEqualTo(PostingAnalyzer.MAX_UNMATCHED_CHARACTERS)
                .startsWith("Calm under pressure");
        assertThat(unmatched).allSatisfy(found -> assertThat(found.span().of(posting)).isEqualTo(found.text().strip()));
    }

    @Test
    void at_most_30_requirements_outside_the_catalog_are_listed() {
        StringBuilder lines = new StringBuilder("Requirements\n");
        for (int i = 1; i <= 40; i++) {
            lines.append("- Patience number ").append(i).append('\n');
        }

        List<Unmatched> unmatched = analyzer.analyze(lines.toString()).notInCatalog();

        assertThat(unmatched).hasSize(PostingAnalyzer.MAX_UNMATCHED);
        assertThat(unmatched.getLast().text()).isEqualTo("Patience number 30");
    }

    @Test
    void an_empty_blank_or_too_long_posting_is_refused_and_the_longest_allowed_is_read() {
        assertThatThrownBy(() -> analyzer.analyze(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analyzer.analyze(" \n\t ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        String tooLong = "x".repeat(PostingAnalyzer.MAX_CHARACTERS + 1);
        assertThatThrownBy(() -> analyzer.analyze(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20000");

        String longest = ("Requirements\n- Statistics\n" + " ".repeat(PostingAnalyzer.MAX_CHARACTERS)).substring(0, PostingAnalyzer.MAX_CHARACTERS);
        assertThat(keys(analyzer.analyze(longest))).containsExactly("statistics");
    }

    @Test
    void any_text_up_to_the_limit_is_read_without_failing_and_every_span_lies_inside_it() {
        String pieces = "Requirements:\n- # * 1. \u2022 ; . : ( ) / , R C++ AWS e.g. Ph.D. BSc 5+ years a plus required "
                + "statistics\r\n\n  \t ABOUT US\nYou will not We do not expect mentor you degree related field ";
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder("x");
            int length = random.nextInt(round < 190 ? 400 : PostingAnalyzer.MAX_CHARACTERS);
            while (text.length() < length) {
                int from = random.nextInt(pieces.length());
                text.append(pieces, from, Math.min(pieces.length(), from + 1 + random.nextInt(12)));
            }
            String posting = text.length() > PostingAnalyzer.MAX_CHARACTERS
                    ? text.substring(0, PostingAnalyzer.MAX_CHARACTERS) : text.toString();

            PostingAnalysis analysis = analyzer.analyze(posting);

            List<Span> spans = new java.util.ArrayList<>();
            analysis.skills().forEach(skill -> spans.addAll(skill.evidence()));
            analysis.tools().forEach(tool -> spans.addAll(tool.evidence()));
            analysis.education().ifPresent(education -> spans.addAll(education.evidence()));
            analysis.notInCatalog().forEach(unmatched -> spans.add(unmatched.span()));
            assertThat(spans).allSatisfy(span -> assertThat(span.end()).isLessThanOrEqualTo(posting.length()));
            assertThat(analysis.skills()).allSatisfy(skill -> assertThat(skill.level()).isBetween(1, 4));
            assertThat(analysis.notInCatalog()).hasSizeLessThanOrEqualTo(PostingAnalyzer.MAX_UNMATCHED);
        }
    }

    @Test
    void a_posting_naming_nothing_finds_nothing_without_failing() {
        PostingAnalysis analysis = analyzer.analyze("We are a friendly bakery in town. Come and say hello.");

        assertThat(analysis.foundNothing()).isTrue();
        assertThat(analysis.education()).isEqualTo(Optional.empty());
    }

    @Test
    void a_requirement_outside_the_catalog_is_something_found() {
        assertThat(analyzer.analyze("Requirements\n- Excellent judgement\n").foundNothing()).isFalse();
    }

    @Test
    void the_vocabulary_holds_the_catalogs_active_entries_with_their_aliases_only() {
        Catalog real = CatalogParser.parse(CatalogFiles.real());
        Skill retiredSkill = new Skill("punched-cards", "Punched cards", "computing", "Old.", List.of("COBOL"));
        Catalog catalog = new Catalog(real.article(), real.areas(), real.skills(), real.tools(), real.fields(), real.roles(),
                new Retired(List.of(retiredSkill), List.of(), List.of(), List.of()), real.files(), real.renamedFrom());

        Vocabulary vocabulary = Vocabulary.of(catalog);

        assertThat(vocabulary.skills()).extracting(Vocabulary.Term::key)
                .containsExactlyElementsOf(real.skills().stream().map(Skill::key).toList())
                .doesNotContain("punched-cards");
        assertThat(vocabulary.skills().stream().filter(term -> term.key().equals("ml-frameworks")).findFirst().orElseThrow()
                .aliases()).contains("PyTorch");
        assertThat(vocabulary.tools()).extracting(Vocabulary.Term::key).contains("r", "cpp");
        assertThat(vocabulary.fields()).extracting(Vocabulary.Term::key).contains("computer-science");
        assertThat(new PostingAnalyzer(vocabulary).analyze("Requirements\n- COBOL\n").skills()).isEmpty();
    }
}

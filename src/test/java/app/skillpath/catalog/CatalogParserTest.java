package app.skillpath.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CatalogParserTest {

    private static final String MLE = "roles/machine-learning-engineer.yaml";
    private static final String DSM = "roles/data-science-manager.yaml";
    private static final String SHARED = "shared.yaml";

    @Test
    void the_article_catalog_has_both_roles_with_every_section() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.real());

        assertThat(catalog.roles()).extracting(Role::key)
                .containsExactly("machine-learning-engineer", "data-science-manager");
        for (Role role : catalog.roles()) {
            assertThat(role.definition()).startsWith(role.summary());
            assertThat(role.responsibilities().items()).hasSize(6);
            assertThat(role.requiredSkills()).hasSize(6);
            assertThat(role.education().minimum()).isEqualTo(EducationLevel.BACHELOR);
            assertThat(role.education().preferred()).isEqualTo(EducationLevel.MASTER);
            assertThat(role.industries().items()).containsExactly("Technology", "Finance", "Healthcare", "Retail", "Manufacturing");
            assertThat(role.outlook().salarySource()).contains("Glassdoor").contains("as quoted by the article").contains("Dec 2023");
            assertThat(role.tips()).hasSize(5);
        }
        Role engineer = catalog.role("machine-learning-engineer").orElseThrow();
        Role manager = catalog.role("data-science-manager").orElseThrow();
        assertThat(engineer.outlook().salaryUsd()).isEqualTo(114_121);
        assertThat(manager.outlook().salaryUsd()).isEqualTo(118_262);
        assertThat(engineer.tools().toolKeys()).hasSize(10);
        assertThat(engineer.tools().note()).isEmpty();
    }

    @Test
    void a_skill_named_by_both_roles_is_one_shared_skill() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.real());

        assertThat(catalog.skills()).filteredOn(skill -> skill.key().equals("statistics")).hasSize(1);
        RoleComparison comparison = RoleComparison.of(catalog.roles().get(0), catalog.roles().get(1));
        assertThat(comparison.sharedSkillKeys()).containsExactly("statistics");
    }

    @Test
    void the_managers_empty_tools_section_stays_empty_with_a_note_naming_the_tips_tools() {
        Role manager = CatalogParser.parse(CatalogFiles.real()).role("data-science-manager").orElseThrow();

        assertThat(manager.tools().usages()).isEmpty();
        assertThat(manager.tools().note()).hasValueSatisfying(note -> assertThat(note)
                .contains("empty").contains("Python, R").contains("SQL"));
        assertThat(manager.tips()).filteredOn(tip -> tip.key().equals("dsm-tools")).singleElement()
                .satisfies(tip -> assertThat(tip.toolKeys()).containsExactly("python", "r", "sql"));
    }

    @Test
    void required_levels_follow_the_articles_wording() {
        Role engineer = CatalogParser.parse(CatalogFiles.real()).role("machine-learning-engineer").orElseThrow();

        RequiredSkill cloud = engineer.requirement("cloud-computing").orElseThrow();
        RequiredSkill frameworks = engineer.requirement("ml-frameworks").orElseThrow();
        assertThat(cloud.articleText()).startsWith("Familiarity with");
        assertThat(frameworks.articleText()).startsWith("Experience with");
        assertThat(cloud.requiredLevel()).isLessThan(frameworks.requiredLevel());
        assertThat(cloud.weight()).isLessThan(frameworks.weight());
        assertThat(engineer.requiredSkills()).allSatisfy(required -> assertThat(required.rationale()).isNotBlank());
    }

    @Test
    void a_third_role_is_added_by_a_file_alone() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.realPlusExtraRole());

        assertThat(catalog.roles()).extracting(Role::key)
                .containsExactly("machine-learning-engineer", "data-science-manager", "data-engineer");
        assertThat(catalog.skillsByKey()).containsKey("data-pipelines");
        assertThat(catalog.role("data-engineer").orElseThrow().skillKeys()).containsExactly("data-pipelines", "programming");
    }

    static Stream<Arguments> invalidCatalogs() {
        return Stream.of(
                arguments("unknown skill reference", MLE, "- skill: cloud-computing", "- skill: cloud-wizardry",
                        "Invalid catalog file 'db/catalog/roles/machine-learning-engineer.yaml', role 'machine-learning-engineer', "
                                + "field 'role.required-skills.items[6].skill': unknown skill 'cloud-wizardry'"),
                arguments("unknown skill in a tip", DSM, "builds: [data-science-tools]\n        tools", "builds: [data-science-toolz]\n        tools",
                        "role 'data-science-manager', field 'role.getting-started.tips[3].builds[1]': unknown skill 'data-science-toolz'"),
                arguments("unknown tool", MLE, "tools: [aws, google-cloud-platform]", "tools: [aws, azure]",
                        "role 'machine-learning-engineer', field 'role.tools.items[3].tools[2]': unknown tool 'azure'"),
                arguments("unknown field of study", DSM, "fields: [data-science, statistics, business]", "fields: [data-science, alchemy]",
                        "role 'data-science-manager', field 'role.education.fields[2]': unknown field of study 'alchemy'"),
                arguments("duplicate tool key", SHARED, "- key: r\n", "- key: python\n",
                        "Invalid catalog file 'db/catalog/shared.yaml', field 'tools[4].key': duplicate tool key 'python', already declared in 'db/catalog/shared.yaml'"),
                arguments("duplicate role key", MLE, "key: machine-learning-engineer", "key: data-science-manager",
                        "Invalid catalog file 'db/catalog/roles/machine-learning-engineer.yaml', role 'data-science-manager', field 'role.key': "
                                + "duplicate role key 'data-science-manager', already declared in 'db/catalog/roles/data-science-manager.yaml'"),
                arguments("duplicate tip key", DSM, "key: dsm-projects", "key: dsm-tools",
                        "field 'role.getting-started.tips[4].key': duplicate tip key 'dsm-tools'"),
                arguments("duplicate skill in one role", MLE, "- skill: mathematics", "- skill: statistics",
                        "field 'role.required-skills.items[5].skill': duplicate skill 'statistics' in this role"),
                arguments("required level above the scale", MLE, "level: 2\n        weight: 1", "level: 5\n        weight: 1",
                        "role 'machine-learning-engineer', field 'role.required-skills.items[6].level': must be from 1 to 4, was 5"),
                arguments("required level zero", DSM, "level: 2\n        weight: 1", "level: 0\n        weight: 1",
                        "role 'data-science-manager', field 'role.required-skills.items[6].level': must be from 1 to 4, was 0"),
                arguments("weight out of range", MLE, "level: 2\n        weight: 1", "level: 2\n        weight: 9",
                        "field 'role.required-skills.items[6].weight': must be from 1 to 5, was 9"),
                arguments("level that is not a number", MLE, "level: 2\n        weight: 1", "level: high\n        weight: 1",
                        "field 'role.required-skills.items[6].level': must be a whole number from 1 to 4, was 'high'"),
                arguments("misspelt section name", DSM, "  outlook:\n", "  outlook-missing:\n",
                        "role 'data-science-manager', field 'role': unknown field 'outlook-missing'"),
                arguments("unknown role field", MLE, "  definition: >-", "  # definition removed\n  unused: >-",
                        "role 'machine-learning-engineer', field 'role': unknown field 'unused'"),
                arguments("misspelt field", MLE, "hours-per-level-step: 40\n      - key: mle-programming", "hours-per-levle-step: 40\n      - key: mle-programming",
                        "field 'role.getting-started.tips[1]': unknown field 'hours-per-levle-step'"),
                arguments("preferred education below minimum", MLE, "preferred: master", "preferred: high-school",
                        "field 'role.education.preferred': 'high-school' is below the minimum 'bachelor'"),
                arguments("unknown education level", DSM, "minimum: bachelor", "minimum: bachelors",
                        "field 'role.education.minimum': unknown education level 'bachelors'"),
                arguments("misspelt note field", DSM, "    note: >-\n", "    unused-note: >-\n",
                        "unknown field 'unused-note'"),
                arguments("invalid YAML", MLE, "title: Machine Learning Engineer", "title: [Machine Learning Engineer",
                        "Invalid catalog file 'db/catalog/roles/machine-learning-engineer.yaml': not valid YAML"),
                arguments("renamed-from names a key still declared", SHARED, "  - key: java\n    name: Java",
                        "  - key: java\n    renamed-from: python\n    name: Java",
                        "Invalid catalog file 'db/catalog/shared.yaml', field 'tools[2].renamed-from': tool 'python' is still "
                                + "declared in 'db/catalog/shared.yaml'; a renamed tool must not keep its old key"),
                arguments("renamed-from names the entry's own key", SHARED, "  - key: java\n    name: Java",
                        "  - key: java\n    renamed-from: java\n    name: Java",
                        "field 'tools[2].renamed-from': tool 'java' is still declared in 'db/catalog/shared.yaml'"),
                arguments("two entries renamed from one key", SHARED, "  - key: java\n    name: Java\n  - key: cpp\n",
                        "  - key: java\n    renamed-from: ocaml\n    name: Java\n  - key: cpp\n    renamed-from: ocaml\n",
                        "Invalid catalog file 'db/catalog/shared.yaml', field 'tools[3].renamed-from': tool 'ocaml' is already "
                                + "renamed to 'java' in 'db/catalog/shared.yaml'"),
                arguments("renamed-from that is not a key", SHARED, "  - key: java\n    name: Java",
                        "  - key: java\n    renamed-from: Old Java\n    name: Java",
                        "field 'tools[2].renamed-from': 'Old Java' is not a valid key"),
                arguments("retired that is not true or false", SHARED, "  - key: java\n    name: Java",
                        "  - key: java\n    retired: sometimes\n    name: Java",
                        "field 'tools[2].retired': must be true or false, was 'sometimes'"),
                arguments("an active role requiring a retired skill", SHARED, "    name: Cloud computing platforms\n",
                        "    name: Cloud computing platforms\n    retired: true\n",
                        "Invalid catalog file 'db/catalog/roles/machine-learning-engineer.yaml', role 'machine-learning-engineer', "
                                + "field 'role.required-skills.items[6].skill': skill 'cloud-computing' is retired (in "
                                + "'db/catalog/shared.yaml'); remove it here, or retire this role too"),
                arguments("an active role naming a retired tool", SHARED, "  - key: nosql\n    name: NoSQL databases",
                        "  - key: nosql\n    name: NoSQL databases\n    retired: true",
                        "role 'machine-learning-engineer', field 'role.tools.items[4].tools[2]': tool 'nosql' is retired"),
                arguments("a skill area cannot be renamed", SHARED, "  - key: business\n    name: Business\n",
                        "  - key: business\n    renamed-from: commerce\n    name: Business\n",
                        "field 'skill-areas[7]': unknown field 'renamed-from'"),
                arguments("duplicate YAML key", SHARED, "  - key: java\n    name: Java", "  - key: java\n    name: Java\n    name: Jawa",
                        "Invalid catalog file 'db/catalog/shared.yaml': not valid YAML: "),
                arguments("unknown tip kind", DSM, "kind: ongoing", "kind: habit",
                        "Invalid catalog file 'db/catalog/roles/data-science-manager.yaml', role 'data-science-manager', "
                                + "field 'role.getting-started.tips[5].kind': unknown tip kind 'habit' (one of: skill, evidence, ongoing)"),
                arguments("a skill renamed from a key still declared", SHARED, "  - key: mathematics\n    name: Mathematics\n    area:",
                        "  - key: mathematics\n    renamed-from: statistics\n    name: Mathematics\n    area:",
                        "Invalid catalog file 'db/catalog/shared.yaml', field 'skills[4].renamed-from': skill 'statistics' is still "
                                + "declared in 'db/catalog/shared.yaml'; a renamed skill must not keep its old key"),
                arguments("a field of study renamed from a key still declared", SHARED, "  - key: statistics\n    name: Statistics\n",
                        "  - key: statistics\n    renamed-from: business\n    name: Statistics\n",
                        "Invalid catalog file 'db/catalog/shared.yaml', field 'fields-of-study[4].renamed-from': field of study "
                                + "'business' is still declared in 'db/catalog/shared.yaml'; a renamed field of study must not keep its old key"),
                arguments("a role renamed from a key still declared", MLE, "  key: machine-learning-engineer\n",
                        "  key: machine-learning-engineer\n  renamed-from: data-science-manager\n",
                        "Invalid catalog file 'db/catalog/roles/machine-learning-engineer.yaml', role 'machine-learning-engineer', "
                                + "field 'role.renamed-from': role 'data-science-manager' is still declared in "
                                + "'db/catalog/roles/data-science-manager.yaml'; a renamed role must not keep its old key"),
                arguments("an alias that is another skill's alias", SHARED, "aliases: [data structures, algorithms,",
                        "aliases: [data structures, machine learning, algorithms,",
                        "Invalid catalog file 'db/catalog/shared.yaml', field 'skills[3].aliases': alias 'machine learning' of skill "
                                + "'ml-frameworks' is already an alias of skill 'data-structures-algorithms' (in 'db/catalog/shared.yaml'); "
                                + "an alias names one thing only"),
                arguments("an alias that is another tool's name, written differently", SHARED, "aliases: [CPP]",
                        "aliases: [CPP, TENSORFLOW]",
                        "Invalid catalog file 'db/catalog/shared.yaml', field 'tools[3].aliases': alias 'TENSORFLOW' of tool 'cpp' is "
                                + "the name of tool 'tensorflow' (in 'db/catalog/shared.yaml'); an alias names one thing only"),
                arguments("an alias repeating its own name", SHARED, "aliases: [CPP]", "aliases: [CPP, c++]",
                        "field 'tools[3].aliases': alias 'c++' of tool 'cpp' repeats its own name"),
                arguments("an alias listed twice", SHARED, "aliases: [stats, statistical science]", "aliases: [stats, Stats]",
                        "field 'fields-of-study[4].aliases': alias 'Stats' of field of study 'statistics' is listed twice"),
                arguments("an empty alias", SHARED, "aliases: [stats, statistical science]", "aliases: [stats, '']",
                        "field 'fields-of-study[4].aliases[2]': must not be empty"),
                arguments("aliases that are not a list", SHARED, "aliases: [stats, statistical science]", "aliases: stats",
                        "field 'fields-of-study[4].aliases': must be a list"),
                arguments("a date that is not a date", SHARED, "published: 2023-12-06", "published: 6 December 2023",
                        "Invalid catalog file 'db/catalog/shared.yaml', field 'article.published': must be a date like 2023-12-06, "
                                + "was '6 December 2023'")
        );
    }

    @Test
    void renamed_and_retired_entries_are_read_apart_from_the_active_ones_with_their_files() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.edited(CatalogFiles.real(),
                new CatalogFiles.Edit(SHARED, "    name: Cloud computing platforms\n", "    name: Cloud computing platforms\n    retired: true\n"),
                new CatalogFiles.Edit(MLE, """
                              - skill: cloud-computing
                                article-text: Familiarity with cloud computing platforms like AWS or Google Cloud Platform
                                level: 2
                                weight: 1
                                rationale: '"Familiarity with" asks for working knowledge only: level 2, lowest weight.'
                        """, ""),
                new CatalogFiles.Edit(SHARED, "  - key: java\n", "  - key: java-lang\n    renamed-from: java\n"),
                new CatalogFiles.Edit(MLE, "[python, java, cpp]", "[python, java-lang, cpp]")));

        assertThat(catalog.skills()).extracting(Skill::key).doesNotContain("cloud-computing");
        assertThat(catalog.retired().skills()).extracting(Skill::key).containsExactly("cloud-computing");
        assertThat(catalog.isRetired(CatalogItem.skill("cloud-computing"))).isTrue();
        assertThat(catalog.isRetired(CatalogItem.skill("statistics"))).isFalse();
        assertThat(catalog.renamedFrom()).containsExactly(java.util.Map.entry(CatalogItem.tool("java-lang"), "java"));
        assertThat(catalog.toolsByKey()).containsKey("java-lang").doesNotContainKey("java");
        assertThat(catalog.files()).containsEntry(CatalogItem.skill("cloud-computing"), "db/catalog/shared.yaml")
                .containsEntry(CatalogItem.role("data-science-manager"), "db/catalog/roles/data-science-manager.yaml");
    }

    @Test
    void the_articles_date_skill_areas_and_section_intros_are_read_as_written() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.real());

        assertThat(catalog.article().published()).isEqualTo(LocalDate.of(2023, 12, 6));
        assertThat(catalog.article().readTime()).isEqualTo("5 min read");
        assertThat(catalog.areas()).extracting(SkillArea::key).containsExactly("computing", "machine-learning",
                "mathematics-statistics", "data-science", "infrastructure", "leadership", "business");
        assertThat(catalog.role("machine-learning-engineer").orElseThrow().skillsIntro()).isEqualTo(
                "To be a successful Machine Learning Engineer, one must have a strong foundation in Computer Science, "
                        + "Mathematics, and Statistics. Some key skills required for this role include:");
        assertThat(catalog.files()).containsEntry(CatalogItem.field("statistics"), "db/catalog/shared.yaml")
                .containsEntry(CatalogItem.tool("python"), "db/catalog/shared.yaml");
    }

    @Test
    void a_quoted_date_reads_the_same_as_an_unquoted_one() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.realWith(SHARED, "published: 2023-12-06", "published: '2023-12-06'"));

        assertThat(catalog.article().published()).isEqualTo(LocalDate.of(2023, 12, 6));
    }

    @Test
    void related_fields_are_accepted_only_where_the_file_says_so() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.realWith(DSM,
                "fields: [data-science, statistics, business]\n    related-fields-accepted: true",
                "fields: [data-science, statistics, business]\n    related-fields-accepted: false"));

        assertThat(catalog.role("data-science-manager").orElseThrow().education().relatedFieldsAccepted()).isFalse();
        assertThat(catalog.role("machine-learning-engineer").orElseThrow().education().relatedFieldsAccepted()).isTrue();
    }

    @Test
    void the_top_of_each_range_is_accepted() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.realWith(MLE, "level: 2\n        weight: 1", "level: 4\n        weight: 5"));

        RequiredSkill cloud = catalog.role("machine-learning-engineer").orElseThrow().requirement("cloud-computing").orElseThrow();
        assertThat(cloud.requiredLevel()).isEqualTo(4);
        assertThat(cloud.weight()).isEqualTo(5);
    }

    @Test
    void a_retired_role_leaves_the_active_list_but_can_still_be_found() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.realWith(DSM, "  position: 2\n", "  position: 2\n  retired: true\n"));

        assertThat(catalog.roles()).extracting(Role::key).containsExactly("machine-learning-engineer");
        assertThat(catalog.retired().roles()).extracting(Role::key).containsExactly("data-science-manager");
        assertThat(catalog.roleIncludingRetired("data-science-manager")).isPresent();
    }

    @Test
    void roles_at_the_same_position_are_ordered_by_title() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.edited(CatalogFiles.realPlusExtraRole(),
                new CatalogFiles.Edit("data-engineer.yaml", "position: 3", "position: 1")));

        // read after the Machine Learning Engineer, listed before it: "Data Engineer" comes first alphabetically
        assertThat(catalog.roles()).extracting(Role::key)
                .containsExactly("data-engineer", "machine-learning-engineer", "data-science-manager");
    }

    @Test
    void a_renamed_field_of_study_is_recorded_with_its_old_key() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.edited(CatalogFiles.real(),
                new CatalogFiles.Edit(SHARED, "  - key: business\n    name: Business\n    aliases", "  - key: commerce\n    renamed-from: business\n    name: Business\n    aliases"),
                new CatalogFiles.Edit(DSM, "fields: [data-science, statistics, business]", "fields: [data-science, statistics, commerce]")));

        assertThat(catalog.renamedFrom()).containsExactly(java.util.Map.entry(CatalogItem.field("commerce"), "business"));
        assertThat(catalog.fieldsByKey()).containsKey("commerce").doesNotContainKey("business");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCatalogs")
    void an_invalid_catalog_is_rejected_with_a_message_naming_file_role_and_field(
            String problem, String file, String from, String to, String expectedMessage) {
        List<CatalogSource> sources = CatalogFiles.realWith(file, from, to);

        assertThatThrownBy(() -> CatalogParser.parse(sources))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void a_missing_section_is_named() {
        List<CatalogSource> sources = CatalogFiles.realWith(DSM, "  industries:\n", "  # no industries\n  ignored:\n");
        // the rename above would be reported as an unknown field; drop the block instead
        String content = sources.stream().filter(s -> s.name().endsWith(DSM)).findFirst().orElseThrow().content();
        String withoutIndustries = content.replaceAll("(?s)  # no industries\\n  ignored:\\n.*?\\n\\n", "");
        List<CatalogSource> edited = sources.stream()
                .map(s -> s.name().endsWith(DSM) ? new CatalogSource(s.name(), withoutIndustries) : s).toList();
        assertThat(withoutIndustries).doesNotContain("Data Science Managers can work in a variety of industries");

        assertThatThrownBy(() -> CatalogParser.parse(edited))
                .isInstanceOf(CatalogException.class)
                .hasMessage("Invalid catalog file 'db/catalog/roles/data-science-manager.yaml', role 'data-science-manager', "
                        + "field 'role.industries': is missing");
    }

    @Test
    void an_empty_tools_section_needs_a_note() {
        List<CatalogSource> sources = CatalogFiles.realWith(DSM,
                "    note: >-\n      The article's list of tools for this role is empty. Its getting-started tips name Python, R\n      and SQL as data science tools to get familiar with.\n",
                "");

        assertThatThrownBy(() -> CatalogParser.parse(sources))
                .hasMessage("Invalid catalog file 'db/catalog/roles/data-science-manager.yaml', role 'data-science-manager', "
                        + "field 'role.tools.items': is empty; add a 'note' that says why (do not invent tools)");
    }

    @Test
    void aliases_are_read_per_skill_tool_and_field_and_an_alias_may_name_one_item_of_each_kind() {
        Catalog catalog = CatalogParser.parse(CatalogFiles.real());

        // PyTorch is both a tool of its own and a word for the framework skill: different kinds, so allowed
        assertThat(catalog.skillsByKey().get("ml-frameworks").aliases()).contains("PyTorch", "scikit-learn");
        assertThat(catalog.toolsByKey().get("pytorch").name()).isEqualTo("PyTorch");
        assertThat(catalog.skillsByKey().get("statistics").aliases()).contains("A/B testing", "hypothesis testing");
        assertThat(catalog.fieldsByKey().get("computer-science").aliases()).contains("CS");
        assertThat(catalog.toolsByKey().get("python").aliases()).isEmpty();
    }

    @Test
    void no_catalog_files_at_all_is_an_error() {
        assertThatThrownBy(() -> CatalogParser.parse(List.of())).hasMessage("No catalog files found");
    }
}

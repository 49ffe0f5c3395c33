package app.skillpath.catalog;

import app.skillpath.SpringTest;
import app.skillpath.StatementCounter;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.skillpath.db.generated.Tables.ARTICLE;
import static app.skillpath.db.generated.Tables.FIELD_OF_STUDY;
import static app.skillpath.db.generated.Tables.ROLE;
import static app.skillpath.db.generated.Tables.ROLE_EDUCATION_FIELD;
import static app.skillpath.db.generated.Tables.ROLE_INDUSTRY;
import static app.skillpath.db.generated.Tables.ROLE_RESPONSIBILITY;
import static app.skillpath.db.generated.Tables.ROLE_SKILL;
import static app.skillpath.db.generated.Tables.ROLE_TOOL;
import static app.skillpath.db.generated.Tables.ROLE_TOOL_USAGE;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.SKILL_AREA;
import static app.skillpath.db.generated.Tables.TIP;
import static app.skillpath.db.generated.Tables.TIP_SKILL;
import static app.skillpath.db.generated.Tables.TIP_TOOL;
import static app.skillpath.db.generated.Tables.TOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog on the real embedded PostgreSQL: round trip, idempotent reload, edits, a third role. */
@SpringTest
class CatalogRepositoryTest {

    private static final List<Table<?>> CATALOG_TABLES = List.of(ARTICLE, SKILL_AREA, SKILL, TOOL, FIELD_OF_STUDY, ROLE,
            ROLE_RESPONSIBILITY, ROLE_SKILL, ROLE_EDUCATION_FIELD, ROLE_TOOL_USAGE, ROLE_TOOL, ROLE_INDUSTRY, TIP, TIP_SKILL, TIP_TOOL);

    @Autowired
    CatalogRepository repository;

    @Autowired
    DSLContext dsl;

    private final Catalog articleCatalog = CatalogParser.parse(CatalogFiles.real());

    @AfterEach
    void restoreTheArticleCatalog() {
        repository.replace(articleCatalog);
    }

    @Test
    void the_stored_catalog_reads_back_equal_to_the_files() {
        repository.replace(articleCatalog);

        assertThat(repository.load()).contains(articleCatalog);
    }

    @Test
    void aliases_are_stored_and_an_edited_alias_list_replaces_the_old_one_on_reload() {
        repository.replace(articleCatalog);
        Catalog edited = CatalogParser.parse(CatalogFiles.realWith("shared.yaml",
                "    aliases: [NoSQL, MongoDB,", "    aliases: [Couchbase, NoSQL, MongoDB,"));

        repository.replace(edited);

        Catalog loaded = repository.load().orElseThrow();
        assertThat(loaded.toolsByKey().get("nosql").aliases()).startsWith("Couchbase", "NoSQL", "MongoDB");
        assertThat(loaded.skillsByKey().get("ml-frameworks").aliases()).contains("PyTorch", "scikit-learn");
        assertThat(loaded.fieldsByKey().get("computer-science").aliases()).contains("CS");
        assertThat(loaded.fieldsByKey().get("data-science").aliases()).isEmpty();
    }

    @Test
    void the_whole_catalog_is_read_in_one_statement() {
        repository.replace(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));

        StatementCounter.reset();
        Catalog loaded = repository.load().orElseThrow();

        assertThat(StatementCounter.count()).isEqualTo(1);
        assertThat(loaded.roles()).hasSize(3);
    }

    @Test
    void loading_the_same_catalog_again_duplicates_nothing_and_keeps_ids() {
        repository.replace(articleCatalog);
        Map<String, Integer> countsBefore = rowCounts();
        List<Long> skillIds = dsl.select(SKILL.ID).from(SKILL).orderBy(SKILL.KEY).fetch(SKILL.ID);
        List<Long> tipIds = dsl.select(TIP.ID).from(TIP).orderBy(TIP.KEY).fetch(TIP.ID);

        repository.replace(articleCatalog);
        repository.replace(articleCatalog);

        assertThat(rowCounts()).isEqualTo(countsBefore);
        assertThat(countsBefore).containsEntry("role", 2).containsEntry("skill", 11).containsEntry("role_skill", 12)
                .containsEntry("tip", 10).containsEntry("role_tool", 10);
        assertThat(dsl.select(SKILL.ID).from(SKILL).orderBy(SKILL.KEY).fetch(SKILL.ID)).isEqualTo(skillIds);
        assertThat(dsl.select(TIP.ID).from(TIP).orderBy(TIP.KEY).fetch(TIP.ID)).isEqualTo(tipIds);
    }

    @Test
    void an_edited_file_updates_the_catalog_on_reload() {
        repository.replace(articleCatalog);
        Catalog edited = CatalogParser.parse(CatalogFiles.realWith("roles/machine-learning-engineer.yaml",
                "        level: 2\n        weight: 1", "        level: 3\n        weight: 2"));

        repository.replace(edited);

        Role engineer = repository.load().orElseThrow().role("machine-learning-engineer").orElseThrow();
        RequiredSkill cloud = engineer.requirement("cloud-computing").orElseThrow();
        assertThat(cloud.requiredLevel()).isEqualTo(3);
        assertThat(cloud.weight()).isEqualTo(2);
    }

    @Test
    void a_third_role_file_adds_a_role_and_removing_it_removes_the_role() {
        repository.replace(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));

        Catalog withThird = repository.load().orElseThrow();
        assertThat(withThird.roles()).extracting(Role::key)
                .containsExactly("machine-learning-engineer", "data-science-manager", "data-engineer");
        assertThat(withThird.role("data-engineer").orElseThrow().requirement("data-pipelines")).isPresent();

        repository.replace(articleCatalog);

        assertThat(repository.load()).contains(articleCatalog);
        assertThat(dsl.fetchCount(SKILL, SKILL.KEY.eq("data-pipelines"))).isZero();
        assertThat(dsl.fetchCount(TIP, TIP.KEY.eq("de-pipelines"))).isZero();
    }

    @Test
    void the_database_rejects_a_required_level_outside_the_scale() {
        repository.replace(articleCatalog);
        long roleId = dsl.select(ROLE.ID).from(ROLE).where(ROLE.KEY.eq("machine-learning-engineer")).fetchSingle(ROLE.ID);

        assertThatThrownBy(() -> dsl.update(ROLE_SKILL).set(ROLE_SKILL.REQUIRED_LEVEL, 7)
                .where(ROLE_SKILL.ROLE_ID.eq(roleId)).execute())
                .hasMessageContaining("role_skill_required_level_check");
        assertThatThrownBy(() -> dsl.update(ROLE).set(ROLE.EDUCATION_MINIMUM, "doctorate")
                .where(ROLE.ID.eq(roleId)).execute())
                .hasMessageContaining("role_education_minimum_not_above_preferred");
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : CATALOG_TABLES) {
            counts.put(table.getName(), dsl.fetchCount(table));
        }
        return counts;
    }
}

package app.skillpath.catalog.ui;

import app.skillpath.KaribuTest;
import app.skillpath.catalog.CatalogLoader;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.CatalogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A role added as one more catalog file appears in every catalog page, without code. */
class ThirdRoleViewTest extends KaribuTest {

    @Autowired
    CatalogService catalogService;

    @AfterEach
    void restoreTheArticleCatalog() {
        catalogService.install(CatalogParser.parse(CatalogLoader.readSources("classpath*:db/catalog/**/*.yaml")));
    }

    @Test
    void a_role_from_an_extra_catalog_file_is_listed_shown_and_comparable() {
        // the pages of the article's catalog are built (and kept) before the catalog changes
        navigate("roles");
        assertThat(markup().select(".card")).hasSize(2);
        navigate("roles/machine-learning-engineer");
        assertThat(pageText()).doesNotContain("Compare with Data Engineer");

        catalogService.install(CatalogParser.parse(CatalogLoader.readSources(
                "classpath*:db/catalog/**/*.yaml", "classpath:extra-catalog/*.yaml")));

        navigate("roles");
        assertThat(markup().select(".card")).hasSize(3);
        markup("role-card-data-engineer");

        navigate("roles/data-engineer");
        assertThat(pageText()).contains("A Data Engineer builds and runs the systems").contains("Data pipelines");
        navigate("roles/machine-learning-engineer");
        assertThat(pageText()).contains("Compare with Data Engineer");

        navigate("compare?left=data-engineer&right=machine-learning-engineer");
        assertThat(markup("requirement-data-engineer-programming").hasClass("shared")).isTrue();
    }
}

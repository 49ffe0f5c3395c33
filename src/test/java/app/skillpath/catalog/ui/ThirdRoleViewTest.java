package app.skillpath.catalog.ui;

import app.skillpath.KaribuTest;
import app.skillpath.catalog.CatalogLoader;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.CatalogService;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
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
        catalogService.install(CatalogParser.parse(CatalogLoader.readSources(
                "classpath*:db/catalog/**/*.yaml", "classpath:extra-catalog/*.yaml")));

        navigate("roles");
        assertThat(_find(Div.class, spec -> spec.withClasses("card"))).hasSize(3);
        _get(Div.class, spec -> spec.withId("role-card-data-engineer"));

        navigate("roles/data-engineer");
        assertThat(pageText()).contains("A Data Engineer builds and runs the systems").contains("Data pipelines");

        navigate("compare?left=data-engineer&right=machine-learning-engineer");
        assertThat(_get(Div.class, spec -> spec.withId("requirement-data-engineer-programming")).getClassNames()).contains("shared");
    }
}

package app.skillpath.operations;

import app.skillpath.catalog.CatalogService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import app.skillpath.SpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's part of readiness: a node takes users only once it has loaded the catalog files. */
class CatalogHealthIndicatorTest {

    @Test
    void a_node_that_has_not_loaded_the_catalog_is_not_ready() {
        CatalogHealthIndicator indicator = new CatalogHealthIndicator(new CatalogService(null));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(indicator.health().getDetails()).containsEntry("catalog", "not loaded yet");
    }

    @SpringTest
    @org.junit.jupiter.api.Nested
    class AfterTheStart {

        @Autowired
        CatalogHealthIndicator indicator;

        @Test
        void a_started_node_has_loaded_the_catalog_and_is_ready() {
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        }
    }
}

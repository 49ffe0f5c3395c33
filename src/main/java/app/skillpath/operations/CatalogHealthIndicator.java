package app.skillpath.operations;

import app.skillpath.catalog.CatalogService;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code catalog} part of the readiness group: down until this node has loaded the role catalog files, so a
 * load balancer sends no user to a node whose pages could not yet show a role. (The catalog is loaded before the
 * web server starts, so in practice the management port only answers once it is up; this says why if it is not.)
 */
@Component
class CatalogHealthIndicator implements HealthIndicator {

    private final CatalogService catalogService;

    CatalogHealthIndicator(CatalogService catalogService) {
        this.catalogService = catalogService;
    }

    @Override
    public Health health() {
        return catalogService.installed() ? Health.up().build() : Health.down().withDetail("catalog", "not loaded yet").build();
    }
}

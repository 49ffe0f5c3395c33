package app.skillpath.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loads the catalog files at start-up, after Liquibase has migrated and before the web server
 * takes requests. An invalid catalog stops the start with the parser's message.
 */
@Component
public class CatalogLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

    private final CatalogService catalogService;
    private final String[] locations;

    CatalogLoader(CatalogService catalogService, @Value("${skillpath.catalog.locations}") String[] locations) {
        this.catalogService = catalogService;
        this.locations = locations;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<CatalogSource> sources = readSources(locations);
        Catalog catalog = CatalogParser.parse(sources);
        catalogService.install(catalog);
        log.info("Role catalog loaded from {} files: {} roles, {} skills, {} tools",
                sources.size(), catalog.roles().size(), catalog.skills().size(), catalog.tools().size());
    }

    public static List<CatalogSource> readSources(String... locations) {
        var resolver = new PathMatchingResourcePatternResolver();
        List<CatalogSource> sources = new ArrayList<>();
        try {
            for (String location : locations) {
                for (Resource resource : resolver.getResources(location.strip())) {
                    if (resource.isReadable()) {
                        sources.add(new CatalogSource(displayName(resource),
                                resource.getContentAsString(StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the catalog files", e);
        }
        sources.sort(Comparator.comparing(CatalogSource::name));
        return sources;
    }

    /**
     * Turns a catalog that cannot be loaded (invalid, or dropping an entry users' data uses) into Spring Boot's
     * "APPLICATION FAILED TO START" report: the catalog's own message and what to do, instead of a stack trace.
     * Registered in META-INF/spring.factories.
     */
    public static class FailureAnalyzer extends AbstractFailureAnalyzer<CatalogException> {

        private final String locations;

        /** Spring Boot passes the environment, so the report says where the catalog was read from (it may be configured). */
        public FailureAnalyzer(Environment environment) {
            this.locations = environment == null ? null : environment.getProperty("skillpath.catalog.locations");
        }

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, CatalogException cause) {
            String from = locations == null ? "" : " (read from " + locations + ")";
            return new FailureAnalysis("The role catalog" + from + " could not be loaded:\n" + cause.getMessage(),
                    "Edit the catalog file named above and start again. Nothing was changed: the catalog is loaded in "
                            + "one transaction, and every user's data is as it was.", cause);
        }
    }

    /**
     * The path below db/catalog/ where there is one, so messages point at the file to edit; a file elsewhere (a catalog
     * directory an operator configured) by its absolute path, since its bare name (say "shared.yaml") could be anywhere.
     */
    private static String displayName(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        int index = url.lastIndexOf("db/catalog/");
        if (index >= 0) {
            return url.substring(index);
        }
        return resource.isFile() ? resource.getFile().getAbsolutePath() : resource.getFilename();
    }
}

package app.skillpath.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a catalog that cannot be loaded (invalid, or dropping an entry users' data uses) into Spring Boot's
 * "APPLICATION FAILED TO START" report: the catalog's own message and what to do, instead of a stack trace.
 * Registered in META-INF/spring.factories.
 */
public class CatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CatalogException cause) {
        return new FailureAnalysis("The role catalog in db/catalog could not be loaded:\n" + cause.getMessage(),
                "Edit the catalog file named above and start again. Nothing was changed: the catalog is loaded in "
                        + "one transaction, and every user's data is as it was.", cause);
    }
}

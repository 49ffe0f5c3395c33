package app.skillpath.catalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The role catalog as the UI and later features see it. The catalog only changes when the files
 * are loaded at start-up, so it is read from the database once and then kept in memory.
 */
@Service
public class CatalogService {

    private final CatalogRepository repository;
    private volatile Catalog catalog;

    public CatalogService(CatalogRepository repository) {
        this.repository = repository;
    }

    /**
     * Stores a parsed catalog and makes the stored version the one everyone sees. One transaction: a catalog that
     * would lose users' data is refused with nothing changed, not even its renames.
     */
    @Transactional
    public void install(Catalog parsed) {
        repository.replace(parsed);
        catalog = repository.load().orElseThrow();
    }

    /** Whether this node has loaded the catalog files (at start-up): until then it is not ready for users. */
    public boolean installed() {
        return catalog != null;
    }

    /** The catalog; read from the database once (one statement, so it needs no transaction of its own). */
    public Catalog catalog() {
        Catalog current = catalog;
        if (current == null) {
            current = repository.load()
                    .orElseThrow(() -> new IllegalStateException("The role catalog has not been loaded yet"));
            catalog = current;
        }
        return current;
    }

    public List<Role> roles() {
        return catalog().roles();
    }

    public Optional<Role> role(String key) {
        return catalog().role(key);
    }

    public Optional<RoleComparison> compare(String leftKey, String rightKey) {
        return role(leftKey).flatMap(left -> role(rightKey).map(right -> RoleComparison.of(left, right)));
    }
}

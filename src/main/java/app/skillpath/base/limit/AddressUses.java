package app.skillpath.base.limit;

import java.time.Instant;
import java.util.List;

/**
 * Where an {@link AddressLimit} keeps its uses: in the database ({@link AddressUseRepository}), so that every node on
 * one PostgreSQL counts the same uses, or in memory for tests of the rule alone.
 */
public interface AddressUses {

    /**
     * The uses of the limit by the client after the instant, oldest first. From this call until the caller's
     * transaction ends, no other caller of this method for the same limit and client gets past it, so that reading
     * the uses and adding one are a single step for every node.
     */
    List<Instant> lockAndList(String limit, String client, Instant after);

    void add(String limit, String client, Instant at);

    /** Removes the client's most recently added use of the limit, if it has one. */
    void removeLatest(String limit, String client);

    /** Forgets the limit's uses at or before the instant, whoever made them. */
    void purge(String limit, Instant atOrBefore);
}

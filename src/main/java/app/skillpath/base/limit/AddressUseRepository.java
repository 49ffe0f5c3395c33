package app.skillpath.base.limit;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static app.skillpath.db.generated.Tables.ADDRESS_USE;

/** The uses of the per-address limits, shared by every node on the database (see {@link AddressLimit}). */
@Repository
public class AddressUseRepository implements AddressUses {

    private final DSLContext dsl;

    public AddressUseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A transaction-level advisory lock on (limit, client), then the uses. A row lock cannot serve here: a client's
     * first use has no row to lock yet, and two nodes would both count zero and both add one. The lock is taken
     * before the count, in its own statement, so that the count (a new snapshot in READ COMMITTED) sees the uses of
     * whoever held the lock before. Two 32-bit keys, a key space apart from the single 64-bit keys of the start-up
     * locks (base.db.StartupLocks); a hash collision between two clients only makes them wait for each other.
     */
    @Override
    public List<Instant> lockAndList(String limit, String client, Instant after) {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class,
                        DSL.function("hashtext", Integer.class, DSL.val(limit)),
                        DSL.function("hashtext", Integer.class, DSL.val(client))))
                .fetch();
        return dsl.select(ADDRESS_USE.USED_AT).from(ADDRESS_USE)
                .where(ADDRESS_USE.ADDRESS_LIMIT.eq(limit))
                .and(ADDRESS_USE.CLIENT.eq(client))
                .and(ADDRESS_USE.USED_AT.gt(utc(after)))
                .orderBy(ADDRESS_USE.USED_AT, ADDRESS_USE.ID)
                .fetch(row -> row.value1().toInstant());
    }

    @Override
    public void add(String limit, String client, Instant at) {
        dsl.insertInto(ADDRESS_USE)
                .set(ADDRESS_USE.ADDRESS_LIMIT, limit)
                .set(ADDRESS_USE.CLIENT, client)
                .set(ADDRESS_USE.USED_AT, utc(at))
                .execute();
    }

    @Override
    public void removeLatest(String limit, String client) {
        dsl.deleteFrom(ADDRESS_USE)
                .where(ADDRESS_USE.ID.eq(DSL.select(ADDRESS_USE.ID).from(ADDRESS_USE)
                        .where(ADDRESS_USE.ADDRESS_LIMIT.eq(limit))
                        .and(ADDRESS_USE.CLIENT.eq(client))
                        .orderBy(ADDRESS_USE.ID.desc())
                        .limit(1)))
                .execute();
    }

    /**
     * Skips rows another transaction is deleting (another node's purge, inside a sign-up that has not committed
     * yet): they are going anyway, and waiting for them could hold a sign-up up or deadlock two purges.
     */
    @Override
    public void purge(String limit, Instant atOrBefore) {
        dsl.deleteFrom(ADDRESS_USE)
                .where(ADDRESS_USE.ID.in(DSL.select(ADDRESS_USE.ID).from(ADDRESS_USE)
                        .where(ADDRESS_USE.ADDRESS_LIMIT.eq(limit))
                        .and(ADDRESS_USE.USED_AT.le(utc(atOrBefore)))
                        .forUpdate().skipLocked()))
                .execute();
    }

    /** All uses of the limit, however old (for tests and operators' questions). */
    public int count(String limit) {
        return dsl.fetchCount(ADDRESS_USE, ADDRESS_USE.ADDRESS_LIMIT.eq(limit));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package app.skillpath.account;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.APP_USER;

/** Accounts. Lookups by name are case-insensitive, matching the unique index on lower(username). */
@Repository
public class AccountRepository {

    /**
     * An account with its password hash, for authentication only; {@code sessionEpoch} is read in the same statement
     * as the hash, so a login remembers the value that goes with the password it was checked against.
     */
    public record StoredAccount(long id, String username, String displayName, String passwordHash, String timeZone,
                                int sessionEpoch) {
        public Account toAccount() {
            return new Account(id, username, Optional.ofNullable(displayName));
        }
    }

    private final DSLContext dsl;

    public AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String username, String displayName, String passwordHash) {
        return insert(username, displayName, passwordHash, "UTC");
    }

    public long insert(String username, String displayName, String passwordHash, String timeZone) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.TIME_ZONE, timeZone)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .returningResult(APP_USER.ID)
                .fetchSingle()
                .value1();
    }

    public boolean usernameTaken(String username) {
        return dsl.fetchExists(APP_USER, DSL.lower(APP_USER.USERNAME).eq(username.toLowerCase(java.util.Locale.ROOT)));
    }

    public Optional<StoredAccount> findByUsername(String username) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH, APP_USER.TIME_ZONE,
                        APP_USER.SESSION_EPOCH)
                .from(APP_USER)
                .where(DSL.lower(APP_USER.USERNAME).eq(username.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(r -> new StoredAccount(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    public Optional<StoredAccount> findById(long id) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH, APP_USER.TIME_ZONE,
                        APP_USER.SESSION_EPOCH)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(r -> new StoredAccount(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /**
     * Stores the new hash and, in the same statement, moves the account's session epoch on, so that no node
     * can see the new password with the old epoch; returns the new epoch (empty if the account is gone).
     */
    public Optional<Integer> updatePasswordHash(long id, String passwordHash, OffsetDateTime changedAt) {
        return dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.PASSWORD_CHANGED_AT, changedAt)
                .set(APP_USER.SESSION_EPOCH, APP_USER.SESSION_EPOCH.plus(1))
                .where(APP_USER.ID.eq(id))
                .returningResult(APP_USER.SESSION_EPOCH)
                .fetchOptional(Record1::value1);
    }

    /** The account's session epoch, or empty if the account is gone: one primary-key lookup, for the session check. */
    public Optional<Integer> sessionEpoch(long id) {
        return dsl.select(APP_USER.SESSION_EPOCH).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(APP_USER.SESSION_EPOCH);
    }

    public boolean prefersDark(long id) {
        return "dark".equals(dsl.select(APP_USER.COLOR_SCHEME).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOne(APP_USER.COLOR_SCHEME));
    }

    public void setPrefersDark(long id, boolean dark) {
        dsl.update(APP_USER).set(APP_USER.COLOR_SCHEME, dark ? "dark" : "light").where(APP_USER.ID.eq(id)).execute();
    }

    public void setTimeZone(long id, String timeZone) {
        dsl.update(APP_USER).set(APP_USER.TIME_ZONE, timeZone).where(APP_USER.ID.eq(id)).execute();
    }

    /**
     * Locks the account's row until the transaction ends, so that whole-account writes (an import)
     * happen one after another instead of both passing the same "still empty" check.
     */
    public void lockForUpdate(long id) {
        dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.ID.eq(id)).forUpdate().fetch();
    }

    /** Deletes the account; every personal row goes with it through on-delete-cascade foreign keys. */
    public int delete(long id) {
        return dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(id)).execute();
    }
}

package app.skillpath.account;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.APP_USER;

/** Accounts. Lookups by name are case-insensitive, matching the unique index on lower(username). */
@Repository
public class AccountRepository {

    /** An account with its password hash, for authentication only. */
    public record StoredAccount(long id, String username, String displayName, String passwordHash, String timeZone) {
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
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH, APP_USER.TIME_ZONE)
                .from(APP_USER)
                .where(DSL.lower(APP_USER.USERNAME).eq(username.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(r -> new StoredAccount(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public Optional<StoredAccount> findById(long id) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH, APP_USER.TIME_ZONE)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(r -> new StoredAccount(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public void updatePasswordHash(long id, String passwordHash, OffsetDateTime changedAt) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.PASSWORD_CHANGED_AT, changedAt)
                .where(APP_USER.ID.eq(id))
                .execute();
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

package app.skillpath.account;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static app.skillpath.db.generated.Tables.LOGIN_FAILURE;

/** Failed-login counters per username key (see {@link LoginThrottle}). */
@Repository
public class LoginFailureRepository {

    private final DSLContext dsl;

    public LoginFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The counter, locked for update so that concurrent failures are counted one after another. */
    public Optional<LoginThrottle.Failures> findForUpdate(String usernameKey) {
        return dsl.selectFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.USERNAME_KEY.eq(usernameKey))
                .forUpdate()
                .fetchOptional(r -> new LoginThrottle.Failures(r.getFailures(), r.getWindowStartsAt().toInstant(),
                        Optional.ofNullable(r.getLockedUntil()).map(java.time.OffsetDateTime::toInstant)));
    }

    /**
     * Stores the counter if the username has none yet; false if it has one. When another transaction
     * is inserting the same name at the same moment, PostgreSQL waits for it, so exactly one insert wins.
     */
    public boolean insertIfAbsent(String usernameKey, LoginThrottle.Failures failures) {
        return dsl.insertInto(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.USERNAME_KEY, usernameKey)
                .set(LOGIN_FAILURE.FAILURES, failures.count())
                .set(LOGIN_FAILURE.WINDOW_STARTS_AT, failures.windowStartsAt().atOffset(ZoneOffset.UTC))
                .set(LOGIN_FAILURE.LOCKED_UNTIL, failures.lockedUntil().map(until -> until.atOffset(ZoneOffset.UTC)).orElse(null))
                .onConflictDoNothing()
                .execute() == 1;
    }

    public Optional<LoginThrottle.Failures> find(String usernameKey) {
        return dsl.selectFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.USERNAME_KEY.eq(usernameKey))
                .fetchOptional(r -> new LoginThrottle.Failures(r.getFailures(), r.getWindowStartsAt().toInstant(),
                        Optional.ofNullable(r.getLockedUntil()).map(java.time.OffsetDateTime::toInstant)));
    }

    public void save(String usernameKey, LoginThrottle.Failures failures) {
        var windowStartsAt = failures.windowStartsAt().atOffset(ZoneOffset.UTC);
        var lockedUntil = failures.lockedUntil().map(until -> until.atOffset(ZoneOffset.UTC)).orElse(null);
        dsl.insertInto(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.USERNAME_KEY, usernameKey)
                .set(LOGIN_FAILURE.FAILURES, failures.count())
                .set(LOGIN_FAILURE.WINDOW_STARTS_AT, windowStartsAt)
                .set(LOGIN_FAILURE.LOCKED_UNTIL, lockedUntil)
                .onConflict(LOGIN_FAILURE.USERNAME_KEY)
                .doUpdate()
                .set(LOGIN_FAILURE.FAILURES, failures.count())
                .set(LOGIN_FAILURE.WINDOW_STARTS_AT, windowStartsAt)
                .set(LOGIN_FAILURE.LOCKED_UNTIL, lockedUntil)
                .execute();
    }

    public void delete(String usernameKey) {
        dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.USERNAME_KEY.eq(usernameKey)).execute();
    }

    /** Forgets counters whose window and lock are both over, so the table only holds live state. */
    public int purgeStale(Instant now) {
        var windowStart = now.minus(LoginThrottle.WINDOW).atOffset(ZoneOffset.UTC);
        var nowUtc = now.atOffset(ZoneOffset.UTC);
        return dsl.deleteFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.WINDOW_STARTS_AT.le(windowStart))
                .and(LOGIN_FAILURE.LOCKED_UNTIL.isNull().or(LOGIN_FAILURE.LOCKED_UNTIL.le(nowUtc)))
                .execute();
    }
}

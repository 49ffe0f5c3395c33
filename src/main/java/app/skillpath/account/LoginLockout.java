package app.skillpath.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Counts failed logins per username in the database and applies {@link LoginThrottle}. */
@Service
public class LoginLockout {

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

    private final LoginFailureRepository repository;
    private final Clock clock;

    public LoginLockout(LoginFailureRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** When the lock on this username ends, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        return LoginThrottle.lockedUntil(repository.find(UsernamePolicy.key(username)), clock.instant());
    }

    // its own transaction: the failure must be counted even though the login itself fails
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        String key = UsernamePolicy.key(username);
        if (key.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        repository.purgeStale(now);
        LoginThrottle.Failures next = LoginThrottle.afterFailure(repository.findForUpdate(key), now);
        repository.save(key, next);
        if (next.lockedUntil().isPresent()) {
            // no password or other detail in the log, only the name tried
            log.warn("Login for username '{}' locked until {} after {} failed attempts", key.replaceAll("\\p{Cntrl}", "?"),
                    next.lockedUntil().get(), next.count());
        }
    }

    @Transactional
    public void reset(String username) {
        repository.delete(UsernamePolicy.key(username));
    }
}

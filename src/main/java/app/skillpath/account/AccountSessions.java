package app.skillpath.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Ends an account's logged-in sessions through Spring Security's {@link SessionRegistry}: an expired
 * entry makes the ConcurrentSessionFilter log that session out (invalidating the HTTP session and with
 * it the Vaadin session) on its next request. The registry is in memory and holds this node's sessions only:
 * sessions on other nodes learn of a password change or a deletion from the database ({@link SessionRecheck},
 * through {@link #stillValid} and {@link #expire}).
 */
@Service
public class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final SessionRegistry registry;
    private final AccountRepository repository;

    public AccountSessions(SessionRegistry registry, AccountRepository repository) {
        this.registry = registry;
        this.repository = repository;
    }

    /** After a password change: whoever knew the old password is logged out everywhere but here. */
    public void endOtherSessions(long accountId, String keepSessionId) {
        List<SessionInformation> ended = sessionsOf(accountId).stream()
                .filter(session -> !session.getSessionId().equals(keepSessionId))
                .toList();
        ended.forEach(SessionInformation::expireNow);
        log.info("Ended {} other session(s) of account {}", ended.size(), accountId);
    }

    /** After a deletion: no tab may keep working on an account that is gone. */
    public void endAllSessions(long accountId) {
        List<SessionInformation> ended = sessionsOf(accountId);
        ended.forEach(SessionInformation::expireNow);
        log.info("Ended {} session(s) of deleted account {}", ended.size(), accountId);
    }

    /** Records a login made without the login form (right after sign-up), so it can be ended too. */
    public void registerLogin(String sessionId, SkillpathUser user) {
        registry.registerNewSession(sessionId, user);
    }

    /**
     * Whether a session logged in as this user may go on: the account still exists and its password did not change
     * after the login (on any node). One primary-key lookup.
     */
    public boolean stillValid(SkillpathUser user) {
        return repository.sessionEpoch(user.id()).filter(epoch -> epoch == user.sessionEpoch()).isPresent();
    }

    /**
     * Marks this node's session as ended, as {@link #endAllSessions} does for the sessions it finds, so that the
     * ConcurrentSessionFilter logs it out; registered first should the registry not know it.
     */
    public void expire(String sessionId, SkillpathUser user) {
        SessionInformation session = registry.getSessionInformation(sessionId);
        if (session == null) {
            registry.registerNewSession(sessionId, user);
            session = registry.getSessionInformation(sessionId);
        }
        session.expireNow();
        log.info("Ended a session of account {}: its password changed or it was deleted (seen in the database)", user.id());
    }

    private List<SessionInformation> sessionsOf(long accountId) {
        // by account id, not by name: a principal equals any other with the same username
        return registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof SkillpathUser user && user.id() == accountId)
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .toList();
    }
}

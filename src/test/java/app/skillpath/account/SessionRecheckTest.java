package app.skillpath.account;

import org.springframework.dao.DataAccessResourceFailureException;
import app.skillpath.MovableClock;
import app.skillpath.SpringTest;
import app.skillpath.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database check behind "a password change or a deletion on one node ends the account's sessions on the others"
 * (SessionRecheck), driven request by request with a clock the test moves: what it costs in SQL, and which sessions it
 * marks expired for the ConcurrentSessionFilter. The whole path over HTTP and two nodes: SessionsAcrossNodesIT.
 */
@SpringTest
class SessionRecheckTest {

    private static final Duration INTERVAL = Duration.ofSeconds(5);

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountUserDetailsService userDetailsService;

    @Autowired
    AccountRepository repository;

    @Autowired
    AccountSessions accountSessions;

    @Autowired
    AccountService accountService;

    @Autowired
    SessionRegistry sessionRegistry;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_logged_in_session_looks_up_its_account_once_per_interval_however_many_requests_it_makes() throws Exception {
        MockHttpSession session = loggedInSession(testAccounts.create("rechecked"));
        SessionRecheck recheck = new SessionRecheck(accountSessions, clock, INTERVAL);

        StatementCounter.reset();
        for (int i = 0; i < 20; i++) {
            request(recheck, session);
        }
        int firstInterval = lookups();
        clock.move(INTERVAL.minusMillis(1));
        for (int i = 0; i < 20; i++) {
            request(recheck, session);
        }
        int stillFirstInterval = lookups();
        clock.move(Duration.ofMillis(1));
        for (int i = 0; i < 20; i++) {
            request(recheck, session);
        }

        assertThat(firstInterval).as("the session's first request checks").isEqualTo(1);
        assertThat(stillFirstInterval).as("no more within the interval").isEqualTo(1);
        assertThat(lookups()).as("once more when the interval is over").isEqualTo(2);
        assertThat(StatementCounter.statements()).as("a primary-key lookup and nothing else").hasSize(2)
                .allSatisfy(sql -> assertThat(sql).startsWith("select").contains("\"session_epoch\"").contains("\"id\" = ?"));
    }

    @Test
    void requests_without_a_login_cost_no_sql() throws Exception {
        SessionRecheck recheck = new SessionRecheck(accountSessions, clock, INTERVAL);
        MockHttpSession anonymous = new MockHttpSession();

        StatementCounter.reset();
        request(recheck, anonymous);
        request(recheck, null);

        assertThat(StatementCounter.count()).isZero();
    }

    @Test
    void a_password_change_made_elsewhere_marks_the_session_expired_at_its_first_check_after_the_interval() throws Exception {
        Account account = testAccounts.create("outlived");
        MockHttpSession session = loggedInSession(account);
        SessionRecheck recheck = new SessionRecheck(accountSessions, clock, INTERVAL);
        request(recheck, session);

        // as another node stores a new password: this node's registry is not told
        repository.updatePasswordHash(account.id(), "{noop}another node's new password", OffsetDateTime.now());
        request(recheck, session);
        boolean expiredWithinInterval = expired(session);
        clock.move(INTERVAL);
        request(recheck, session);

        assertThat(expiredWithinInterval).as("not before its next check is due").isFalse();
        assertThat(expired(session)).isTrue();
    }

    @Test
    void a_deletion_made_elsewhere_marks_the_session_expired() throws Exception {
        Account account = testAccounts.create("deleted-elsewhere");
        MockHttpSession session = loggedInSession(account);
        SessionRecheck recheck = new SessionRecheck(accountSessions, clock, INTERVAL);

        testAccounts.delete(account);
        request(recheck, session);

        assertThat(expired(session)).isTrue();
    }

    @Test
    void the_session_that_changed_the_password_stays_valid_and_one_that_logs_in_after_the_change_too() throws Exception {
        Account account = testAccounts.create("changer");
        MockHttpSession changer = loggedInSession(account);
        SecurityContextHolder.setContext(context(changer));
        SessionRecheck recheck = new SessionRecheck(accountSessions, clock, INTERVAL);

        // as the account page does, in this session: the principal in the context is the session's own
        accountService.changePassword(TestAccounts.PASSWORD, "a brand new password", "a brand new password");
        MockHttpSession laterLogin = loggedInSession(account);
        clock.move(INTERVAL);
        request(recheck, changer);
        request(recheck, laterLogin);

        assertThat(expired(changer)).isFalse();
        assertThat(expired(laterLogin)).isFalse();
        assertThat(principal(changer).sessionEpoch()).isEqualTo(principal(laterLogin).sessionEpoch()).isPositive();
    }

    @Test
    void while_the_database_does_not_answer_the_request_goes_on_and_the_next_request_checks_again() throws Exception {
        MockHttpSession session = loggedInSession(testAccounts.create("outage.recheck"));
        AccountSessions unreachable = new AccountSessions(sessionRegistry, repository) {
            @Override
            public boolean stillValid(SkillpathUser user) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
        };

        // before: the exception left the filter, and every due request of a logged-in user failed with a 500
        request(new SessionRecheck(unreachable, clock, INTERVAL), session);
        StatementCounter.reset();
        request(new SessionRecheck(accountSessions, clock, INTERVAL), session);

        assertThat(lookups()).as("checked on the next request, not an interval later").isEqualTo(1);
        assertThat(expired(session)).isFalse();
    }

    /** A session as form login leaves it: the security context with the loaded user, registered in the registry. */
    private MockHttpSession loggedInSession(Account account) {
        SkillpathUser user = (SkillpathUser) userDetailsService.loadUserByUsername(account.username());
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        sessionRegistry.registerNewSession(session.getId(), user);
        return session;
    }

    private static SecurityContextImpl context(MockHttpSession session) {
        return (SecurityContextImpl) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    private static SkillpathUser principal(MockHttpSession session) {
        return (SkillpathUser) context(session).getAuthentication().getPrincipal();
    }

    private boolean expired(MockHttpSession session) {
        SessionInformation information = sessionRegistry.getSessionInformation(session.getId());
        return information != null && information.isExpired();
    }

    private static void request(SessionRecheck recheck, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        recheck.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("the request goes on; ConcurrentSessionFilter logs an expired one out").isNotNull();
    }

    private static int lookups() {
        return (int) StatementCounter.statements().stream().filter(sql -> sql.contains("\"session_epoch\"")).count();
    }
}

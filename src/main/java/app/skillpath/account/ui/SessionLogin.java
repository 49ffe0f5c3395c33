package app.skillpath.account.ui;

import app.skillpath.account.Account;
import app.skillpath.account.AccountSessions;
import app.skillpath.account.AccountUserDetailsService;
import app.skillpath.account.SkillpathUser;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Logs a user in from inside the UI (right after sign-up), the way the login form would. */
@Component
class SessionLogin {

    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    private final AccountSessions accountSessions;
    private final AccountUserDetailsService userDetailsService;
    private final AuthenticationEventPublisher eventPublisher;

    SessionLogin(AccountSessions accountSessions,
                 AccountUserDetailsService userDetailsService, AuthenticationEventPublisher eventPublisher) {
        this.accountSessions = accountSessions;
        this.userDetailsService = userDetailsService;
        this.eventPublisher = eventPublisher;
    }

    /**
     * Logs in the account this request has just created with the password it has just set, without asking the
     * lockout: wrong passwords posted for the name between the sign-up's commit and this login (the sign-up resets
     * the name's count) would otherwise lock the new user out of an account that exists, with an error page. The
     * success event is published as the login form's is, so the login metrics count it alike.
     */
    void logInNewAccount(Account created) {
        UserDetails user = userDetailsService.loadUserByUsername(created.username());
        // the password hash stays out of the session, as the login form's manager erases it
        if (user instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        eventPublisher.publishAuthenticationSuccess(authentication);
        start(authentication);
    }

    private void start(Authentication authentication) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        // a new session id at login, as form login does, against session fixation
        VaadinService.reinitializeSession(request);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request.getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        // as form login registers its sessions, so that a later password change or deletion ends this one too
        if (authentication.getPrincipal() instanceof SkillpathUser user) {
            accountSessions.registerLogin(request.getHttpServletRequest().getSession().getId(), user);
        }
    }
}

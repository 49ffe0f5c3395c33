package app.skillpath.account.ui;

import app.skillpath.account.AccountSessions;
import app.skillpath.account.SkillpathUser;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Logs a user in from inside the UI (right after sign-up), the way the login form would. */
@Component
class SessionLogin {

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    private final AccountSessions accountSessions;

    SessionLogin(AuthenticationManager authenticationManager, AccountSessions accountSessions) {
        this.authenticationManager = authenticationManager;
        this.accountSessions = accountSessions;
    }

    void logIn(String username, String password) {
        Authentication authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
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

package app.skillpath.account.ui;

import app.skillpath.account.AccountSessions;
import app.skillpath.account.SessionRecheck;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import java.time.Clock;
import java.time.Duration;

/**
 * Spring Security for the Vaadin app (VaadinSecurityConfigurer, the successor of VaadinWebSecurity):
 * form login on the login view, Vaadin's CSRF protection, views guarded by their access annotations
 * (catalog pages are {@code @AnonymousAllowed}, personal pages {@code @PermitAll}). Session fixation
 * protection (a new session id at login) and session invalidation at logout are Spring Security's
 * defaults and are left on.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            SessionRegistry sessionRegistry, AccountSessions accountSessions, Clock clock,
                                            @Value("${skillpath.session.recheck-interval}") Duration recheckInterval)
            throws Exception {
        http.authenticationManager(authenticationManager);
        trackSessions(http, sessionRegistry);
        endSessionsEndedOnOtherNodes(http, new SessionRecheck(accountSessions, clock, recheckInterval));
        refuseLoginPostsFromOtherOrigins(http);
        SecurityHeaders.apply(http);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/webjars/**", "/scripts/**", "/images/**").permitAll()
                // calendar apps fetch the private feed without a login: its address's token is the credential
                .requestMatchers(HttpMethod.GET, "/calendar/**").permitAll());
        // Every request is a Vaadin page or resource; the views' access annotations decide (navigation
        // access control), so an unknown address shows the not-found page instead of the login form.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll)).build();
    }

    /**
     * Every login is registered per account (any number of sessions), so that a password change or a
     * deletion can end the account's other sessions: ConcurrentSessionFilter logs an expired session
     * out on its next request and sends it to the login page (EndedSessionResponse, Vaadin requests included).
     */
    private static void trackSessions(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.sessionManagement(sessions -> sessions.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new EndedSessionResponse("/login"))));
    }

    /**
     * A password change or a deletion on another node ends this node's sessions of the account too, within the
     * recheck interval: the check marks such a session expired just before ConcurrentSessionFilter looks, so it is
     * logged out by the same path as one ended here.
     */
    private static void endSessionsEndedOnOtherNodes(HttpSecurity http, SessionRecheck recheck) {
        http.addFilterBefore(recheck, ConcurrentSessionFilter.class);
    }

    /**
     * Vaadin's configurer exempts the login post from the CSRF token (LoginForm cannot send it), so a
     * page elsewhere could log a visitor into an attacker's account: the post must come from here.
     */
    private static void refuseLoginPostsFromOtherOrigins(HttpSecurity http) {
        http.addFilterBefore(new SameOriginLoginFilter("/login"), UsernamePasswordAuthenticationFilter.class);
    }

    /** Tells the session registry when a session ends, so it does not keep entries of dead sessions. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}

package app.skillpath.account.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;

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
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager);
        SecurityHeaders.apply(http);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/webjars/**", "/scripts/**", "/images/**").permitAll());
        // Every request is a Vaadin page or resource; the views' access annotations decide (navigation
        // access control), so an unknown address shows the not-found page instead of the login form.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll)).build();
    }
}

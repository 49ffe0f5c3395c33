package app.skillpath.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The public port answers 404 for {@code /actuator} and everything below it. Actuator itself is served only on the
 * management port ({@code management.server.port}), but without this Vaadin would answer such an address on the
 * public port with its page shell and a 200, which looks to a scanner or a balancer as if health were public. The
 * filter is a bean of the main application context, so the management port's own context does not have it.
 */
@Configuration
class ActuatorNotOnPublicPort {

    static final String PREFIX = "/actuator";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> actuatorNotFoundOnPublicPort() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new NotFound());
        registration.addUrlPatterns(PREFIX, PREFIX + "/*");
        // after Spring Security's chain, whose header writer puts the security headers on every answer, this 404
        // included (every address is permitted there, so the chain lets these requests through to here)
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    private static final class NotFound extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}

package app.skillpath.base.limit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A multipart body over the container's limit (spring.servlet.multipart.max-request-size) is refused by Tomcat when a
 * filter first asks for a request parameter (Vaadin's request matcher in Spring Security's CSRF filter does, on any
 * POST to any address, logged in or not). Tomcat throws there; left alone, the refusal reached the container, which
 * logged two ERRORs with some 180 lines of stack trace per request and tried the error page, which failed the same
 * way. Here the refusal is answered with its status (413 for a size) and a one-line warning, so an anonymous client
 * cannot fill the log by posting large bodies.
 */
@Configuration
class UnreadableRequestRefusal {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequestRefusal.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unreadableRequestRefused() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Refusal());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class Refusal extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (InvalidParameterException refused) {
                int status = refused.getErrorCode() > 0 ? refused.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST;
                Throwable cause = refused.getCause() != null ? refused.getCause() : refused;
                log.warn("Request body refused with {}: {}", status, cause.getMessage());
                if (response.isCommitted()) {
                    return;
                }
                // not sendError: the error page would ask for the parameters again and fail the same way
                response.resetBuffer();
                response.setStatus(status);
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write((status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                        ? "The request is larger than Skillpath accepts.\n" : "The request could not be read.\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}

package app.skillpath.account.ui;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The protective response headers, through Spring Security's headers support (its defaults, such as
 * {@code X-Content-Type-Options: nosniff}, stay on). Kept apart from the filter chain so that the policy
 * has one place and one reason to change.
 */
final class SecurityHeaders {

    /**
     * Everything from this origin only (default-src also covers Chart.js from its webjar, the app's
     * scripts and the XHR/push channel), with just the exceptions Vaadin Flow needs. Its
     * documentation ("Content Security Policy") names them, and the browser suite, run once with a
     * report-only policy without them, saw each one used in development mode: the bootstrap page starts
     * the client engine with inline scripts ('unsafe-inline' scripts); the engine builds functions from
     * the JavaScript the server sends for executeJs and event data ('unsafe-eval'); components add style
     * elements and style attributes ('unsafe-inline' styles); Vaadin's icon fonts are data: URLs inside
     * its styles; with spring-boot:run, Vaadin's development tools draw an icon from a data: image (seen
     * with a script walking every page; the tests turn those tools off). Nothing else was used (no blobs,
     * no other origin; the development tools' websocket is same-origin). No plugins at all
     * (object-src 'none'). default-src does not cover the last three, so they are spelt out: nothing may
     * frame the app, forms post only back to it, and an injected base element cannot redirect relative
     * URLs. The browser tests fail on any violation of this policy.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // frame-ancestors for current browsers, X-Frame-Options for older ones and for scanners
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                // other sites never learn which Skillpath page (a role, the plan) a visitor came from
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // written before the request goes on, not when the response is committed: Vaadin's page
                // responses came without any of these headers otherwise (only Vaadin's own X-Frame-Options
                // SAMEORIGIN; SecurityHeadersIT fails that way), and Vaadin keeps a header already set
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}

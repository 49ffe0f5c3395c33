package app.skillpath.account.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses a login form post that does not come from one of Skillpath's own pages (login CSRF: a page
 * elsewhere posting an attacker's name and password would log the visitor's browser into the
 * attacker's account). Vaadin's security configurer exempts the login post from the CSRF token so that
 * {@code LoginForm} can post to it, so the check is on where the post comes from: its {@code Origin}
 * must be this server's own; without an {@code Origin} (older browsers), its {@code Referer} must be.
 * Browsers send {@code Origin} with every form post and do not let a page change it. The server's own
 * origin is the request's scheme, host and port: behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that they are the public ones.
 */
final class SameOriginLoginFilter extends OncePerRequestFilter {

    static final String REFUSED = "This login was refused because it was not sent from Skillpath's own login page. "
            + "If you meant to log in, open Skillpath's login page and log in there.";

    private static final Logger log = LoggerFactory.getLogger(SameOriginLoginFilter.class);

    /**
     * The login post as Spring Security's login filter and Vaadin's CSRF exemption recognise it: on
     * the decoded path, so that {@code POST /%6Cogin} (which they take for {@code /login}) cannot
     * slip past a comparison with the raw address.
     */
    private final RequestMatcher loginPost;

    SameOriginLoginFilter(String loginPath) {
        this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !loginPost.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String source = origin != null ? origin : request.getHeader(HttpHeaders.REFERER);
        if (source != null && isOwnOrigin(source, request)) {
            chain.doFilter(request, response);
            return;
        }
        // no name or password in the log: only where the post came from, and of a Referer only its origin (the
        // path of one of Skillpath's own pages can hold a secret, /invitation/<token>, should the proxy hide the
        // public origin from the check above)
        log.warn("Refused a login post from {} {}", origin != null ? "origin" : "referer",
                source == null ? "(none)" : originOf(source).replaceAll("\\p{Cntrl}", "?"));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(REFUSED);
    }

    /** Same scheme, host and port as the request itself ("null", relative or unreadable addresses are not). */
    static boolean isOwnOrigin(String address, HttpServletRequest request) {
        try {
            URI uri = new URI(address.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && host(uri.getHost()).equals(host(request.getServerName()))
                    && port == request.getServerPort();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The scheme, host and port of an address, for the log; "(unreadable)" when it has none. */
    static String originOf(String address) {
        try {
            URI uri = new URI(address.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "(unreadable)";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() != -1 ? ":" + uri.getPort() : "");
        } catch (URISyntaxException e) {
            return "(unreadable)";
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : "http".equalsIgnoreCase(scheme) ? 80 : -1;
    }

    private static String host(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase(Locale.ROOT);
    }
}

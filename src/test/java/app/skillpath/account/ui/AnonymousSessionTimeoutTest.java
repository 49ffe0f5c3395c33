package app.skillpath.account.ui;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymousSessionTimeoutTest {

    private final AnonymousSessionTimeout filter = new AnonymousSessionTimeout(Duration.ofMinutes(3), Duration.ofMinutes(30));

    @Test
    void a_session_opened_by_an_anonymous_page_view_ends_after_three_minutes_without_a_request() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/roles");

        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, chain) -> ((MockHttpServletRequest) req).getSession(true)));

        assertThat(request.getSession(false).getMaxInactiveInterval()).isEqualTo(180);
    }

    @Test
    void a_login_raises_the_timeout_to_the_logged_in_one_and_a_later_anonymous_session_is_short_again() throws Exception {
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        HttpSession session = login.getSession(true);
        session.setMaxInactiveInterval(180);

        filter.doFilter(login, new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, chain) -> ((MockHttpServletRequest) req).getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl())));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);

        MockHttpServletRequest logout = new MockHttpServletRequest("POST", "/logout");
        logout.setSession(session);
        filter.doFilter(logout, new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, chain) -> ((MockHttpServletRequest) req).getSession().invalidate()));
        assertThat(logout.getSession(false)).as("the logout's session is gone, and nothing failed").isNull();
    }
}

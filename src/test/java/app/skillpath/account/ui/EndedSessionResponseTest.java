package app.skillpath.account.ui;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers a just-ended session gets, by kind of request (the browser path: SessionsAcrossNodesIT). */
class EndedSessionResponseTest {

    private final EndedSessionResponse ended = new EndedSessionResponse("/login");

    @Test
    void a_page_load_is_sent_to_the_login_page() throws Exception {
        MockHttpServletResponse response = answer(new MockHttpServletRequest("GET", "/account"));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void a_vaadin_request_gets_vaadins_session_expired_answer_on_which_the_page_reloads() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");

        MockHttpServletResponse response = answer(request);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("\"sessionExpired\":true");
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void a_heartbeat_gets_vaadins_forbidden_answer() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "heartbeat");

        MockHttpServletResponse response = answer(request);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getRedirectedUrl()).isNull();
    }

    private MockHttpServletResponse answer(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ended.onExpiredSessionDetected(new SessionInformationExpiredEvent(
                new SessionInformation("someone", "session-1", new Date()), request, response));
        return response;
    }
}

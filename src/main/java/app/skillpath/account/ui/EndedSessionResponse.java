package app.skillpath.account.ui;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What a request of a session that was just ended (a password change or a deletion, on this node or another) gets,
 * after ConcurrentSessionFilter has logged it out. A page load is sent to the login page. A Vaadin request (a click in
 * a page left open) gets the answer Vaadin itself gives when a session has expired, on which the page reloads and so
 * lands on the login page; a heartbeat gets Vaadin's 403. A redirect would hand the Vaadin client the login page's
 * HTML where it expects JSON: the tab stayed on the page it showed, which no longer worked (SessionsAcrossNodesIT).
 */
final class EndedSessionResponse implements SessionInformationExpiredStrategy {

    private final String loginUrl;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    EndedSessionResponse(String loginUrl) {
        this.loginUrl = loginUrl;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        String requestType = request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER);
        if (HandlerHelper.RequestType.UIDL.getIdentifier().equals(requestType)) {
            // as Vaadin's UidlRequestHandler answers a request of an expired session
            response.setStatus(HttpServletResponse.SC_OK);
            response.setHeader("Cache-Control", "no-cache, no-store");
            response.setContentType("application/json; charset=UTF-8");
            response.getOutputStream().write(VaadinService.createSessionExpiredJSON(false).getBytes(StandardCharsets.UTF_8));
        } else if (HandlerHelper.RequestType.HEARTBEAT.getIdentifier().equals(requestType)) {
            // as Vaadin's HeartbeatHandler answers one
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Session expired");
        } else {
            redirect.sendRedirect(request, response, loginUrl);
        }
    }
}

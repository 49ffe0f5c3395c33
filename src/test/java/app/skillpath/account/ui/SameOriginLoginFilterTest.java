package app.skillpath.account.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The same-origin check on the login post, at the HTTP level (the browser case is in AccountBrowserIT). */
@ExtendWith(OutputCaptureExtension.class)
class SameOriginLoginFilterTest {

    @ParameterizedTest(name = "{0} {1} from Origin [{2}] Referer [{3}]: passed on {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            POST | /login       | http://skillpath.example:8080     | -                                        | true
            POST | /login       | HTTP://SkillPath.Example:8080     | -                                        | true
            POST | /login       | -                                 | http://skillpath.example:8080/login      | true
            POST | /login       | http://evil.example               | -                                        | false
            POST | /login       | http://skillpath.example:9090     | -                                        | false
            POST | /login       | https://skillpath.example:8080    | -                                        | false
            POST | /login       | null                              | -                                        | false
            POST | /login       | -                                 | -                                        | false
            POST | /login       | -                                 | http://evil.example/skillpath.example:8080 | false
            POST | /login       | http://evil.example               | http://skillpath.example:8080/login      | false
            POST | /login       | -                                 | /login                                   | false
            POST | /%6Cogin     | http://evil.example               | -                                        | false
            POST | /%6c%6F%67%69%6E | http://evil.example           | -                                        | false
            GET  | /login       | http://evil.example               | -                                        | true
            POST | /            | http://evil.example               | -                                        | true
            POST | /login/other | http://evil.example               | -                                        | true
            """)
    void a_login_post_is_passed_on_only_when_it_comes_from_this_server(String method, String path, String origin,
                                                                     String referer, boolean passedOn) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setScheme("http");
        request.setServerName("skillpath.example");
        request.setServerPort(8080);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        request.setParameter("username", "mallory");
        request.setParameter("password", "mallory's password");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SameOriginLoginFilter("/login").doFilter(request, response, chain);

        assertThat(chain.getRequest() != null).as("passed on to the login").isEqualTo(passedOn);
        if (!passedOn) {
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentAsString()).isEqualTo(SameOriginLoginFilter.REFUSED);
        }
    }

    @Test
    void a_refused_login_post_logs_only_the_origin_of_its_referer_never_the_path_name_or_password(CapturedOutput output)
            throws Exception {
        // behind a proxy that hides the public origin, a post from Skillpath's own page is refused: that page's
        // address can hold a secret (an invitation token), which must not reach the log
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setScheme("http");
        request.setServerName("10.0.0.5");
        request.setServerPort(8080);
        request.addHeader("Referer", "https://skillpath.example/invitation/SECRET-TOKEN-1234?x=y");
        request.setParameter("username", "mallory");
        request.setParameter("password", "mallory's password");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SameOriginLoginFilter("/login").doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(output).contains("Refused a login post from referer https://skillpath.example")
                .doesNotContain("SECRET-TOKEN-1234").doesNotContain("invitation").doesNotContain("mallory");
    }
}

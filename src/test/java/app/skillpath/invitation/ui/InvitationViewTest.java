package app.skillpath.invitation.ui;

import app.skillpath.account.TestAccounts;
import app.skillpath.account.ui.LoginView;
import app.skillpath.invitation.Invitations;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewService;
import app.skillpath.review.ReviewStatus;
import app.skillpath.review.ui.ReviewFormView;
import app.skillpath.review.ui.ReviewUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page an invitation link opens, with review links (the first kind): for the invited, for the owner, for links
 * that do not work, and before logging in.
 */
class InvitationViewTest extends ReviewUiTest {

    private static void assertRefused(String message) {
        assertThat(markup("invitation-refusal").text()).isEqualTo(message);
        // the refusal cannot say what the link was for, so it leads somewhere every visitor has
        assertThat(markup("invitation-refusal").nextElementSibling().select("a[router-link]").eachText())
                .containsExactly("Home");
        _assertNone(Button.class, spec -> spec.withId("invitation-accept"));
        _assertNone(Button.class, spec -> spec.withId("invitation-decline"));
    }

    @Test
    void the_invited_sees_who_asks_about_how_many_skills_and_when_the_link_expires_but_never_the_token_in_the_title() {
        Invitation invitation = invite(true, "statistics", "programming");

        open(reviewer, invitation.path());

        assertThat(markup("invitation-summary").text()).isEqualTo(owner.displayName().orElse(owner.username())
                + " asks you for a second opinion on 2 skills (Hand-picked skills (2)).");
        assertThat(markup("invitation-detail-0").text()).endsWith("shares their evidence notes with you.");
        assertThat(markup("invitation-detail-1").text()).startsWith("You rate each skill on the 0-4 scale");
        assertThat(markup("invitation-expiry").text()).startsWith("This link works once and expires on ");
        assertThat(markup("invitation-summary").previousElementSibling().text()).isEqualTo("A second opinion");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Invitation").doesNotContain(invitation.token());
        assertThat(_get(Button.class, spec -> spec.withId("invitation-accept")).getText()).isEqualTo("Accept and start");
        _get(Button.class, spec -> spec.withId("invitation-decline"));
    }

    @Test
    void accepting_opens_the_answering_page_and_uses_the_link_up() {
        Invitation invitation = invite(false, "statistics");
        open(reviewer, invitation.path());

        _click(_get(Button.class, spec -> spec.withId("invitation-accept")));

        _get(ReviewFormView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("review/" + invitation.reviewId());
        assertThat(statusForOwner(invitation.reviewId())).isEqualTo(ReviewStatus.IN_PROGRESS);
        open(stranger, invitation.path());
        assertRefused(Invitations.LINK_DOES_NOT_WORK);
    }

    @Test
    void declining_tells_the_owner_and_the_link_stops_working() {
        Invitation invitation = invite(false, "statistics");
        open(reviewer, invitation.path());

        _click(_get(Button.class, spec -> spec.withId("invitation-decline")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-invitation-decline"));
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Decline this review?");
        assertThat(statusForOwner(invitation.reviewId())).as("nothing happens before confirming")
                .isEqualTo(ReviewStatus.WAITING_FOR_REVIEWER);
        as(reviewer);
        _fireConfirm(confirm);

        assertThat(markup("invitation-declined").text()).startsWith("You declined.");
        assertThat(statusForOwner(invitation.reviewId())).isEqualTo(ReviewStatus.DECLINED);
        open(reviewer, invitation.path());
        assertRefused(Invitations.LINK_DOES_NOT_WORK);
    }

    @Test
    void a_withdrawn_link_shows_the_refusal_without_buttons() {
        Invitation invitation = invite(false, "statistics");
        reviews.withdraw(invitation.reviewId());

        open(reviewer, invitation.path());

        assertRefused(Invitations.LINK_DOES_NOT_WORK);
    }

    @Test
    void an_altered_token_shows_the_refusal() {
        Invitation invitation = invite(false, "statistics");
        String token = invitation.token();
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        open(reviewer, Invitation.path(altered));

        assertRefused(Invitations.LINK_DOES_NOT_WORK);
    }

    @Test
    void accepting_a_link_someone_else_took_meanwhile_shows_the_refusal() {
        Invitation invitation = invite(false, "statistics");
        open(reviewer, invitation.path());
        as(stranger);
        reviews.accept(invitation.token());
        as(reviewer);

        _click(_get(Button.class, spec -> spec.withId("invitation-accept")));

        assertRefused(Invitations.LINK_DOES_NOT_WORK);
    }

    @Test
    void the_owner_opening_their_own_link_is_told_to_send_it() {
        Invitation invitation = invite(false, "statistics");

        open(owner, invitation.path());

        assertRefused(ReviewService.OWN_LINK);
        assertThat(statusForOwner(invitation.reviewId())).isEqualTo(ReviewStatus.WAITING_FOR_REVIEWER);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_log_in_with_a_word_about_the_invitation_and_the_link_kept_for_afterwards() {
        Invitation invitation = invite(false, "statistics");
        logout();

        navigate(invitation.path());

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(LoginView.class);
        assertThat(markup("login-invitation").text()).isEqualTo("Log in or create an account to answer the invitation.");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT))
                .isEqualTo(invitation.path());
    }

    @Test
    void the_login_page_says_nothing_of_invitations_to_other_visitors() {
        logout();
        navigate("assessment");

        _get(LoginView.class);
        assertThat(markup().getElementById("login-invitation")).isNull();
    }

    @Test
    void signing_up_from_an_invitation_link_leads_back_to_the_invitation_once() {
        Invitation invitation = invite(false, "statistics");
        logout();
        navigate(invitation.path());
        _get(LoginView.class);

        navigate("signup");
        signUp();

        assertThat(pendingLocation()).isEqualTo("./" + invitation.path());
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT))
                .isNull();
    }

    @Test
    void a_link_opened_by_its_address_is_kept_by_spring_security_and_signing_up_leads_back_to_it() {
        Invitation invitation = invite(false, "statistics");
        logout();
        // a full page load of the link is stopped by Spring Security, which keeps the request, not by the Vaadin router
        VaadinSession.getCurrent().getSession().setAttribute("SPRING_SECURITY_SAVED_REQUEST",
                new DefaultSavedRequest.Builder().setMethod("GET").setScheme("http").setServerName("localhost")
                        .setServerPort(80).setContextPath("").setServletPath("").setRequestURI("/" + invitation.path())
                        .setRequestURL("http://localhost/" + invitation.path()).build());
        navigate("login");
        assertThat(markup("login-invitation").text()).isEqualTo("Log in or create an account to answer the invitation.");

        navigate("signup");
        signUp();

        assertThat(pendingLocation()).isEqualTo("./" + invitation.path());
        assertThat(VaadinSession.getCurrent().getSession().getAttribute("SPRING_SECURITY_SAVED_REQUEST")).isNull();
    }

    @Test
    void a_stored_absolute_address_is_never_followed_after_sign_up() {
        logout();
        VaadinSession.getCurrent().getSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT,
                "https://evil.example/invitation/x");
        navigate("signup");

        signUp();

        assertThat(pendingLocation()).isEqualTo("./");
    }

    private static void signUp() {
        _get(TextField.class, spec -> spec.withId("signup-username")).setValue("rui.new-" + UUID.randomUUID().toString().substring(0, 8));
        _get(PasswordField.class, spec -> spec.withId("signup-password")).setValue(TestAccounts.PASSWORD);
        _get(PasswordField.class, spec -> spec.withId("signup-confirmation")).setValue(TestAccounts.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("signup-create")));
    }

    /** The address Page.setLocation sent the browser to, as its pending JavaScript call carries it. */
    static String pendingLocation() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream())
                .filter(String.class::isInstance).map(String.class::cast)
                .filter(parameter -> parameter.startsWith("./")).findFirst().orElse(null);
    }
}

package app.skillpath.account.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.AccountRepository;
import app.skillpath.account.SkillpathUser;
import app.skillpath.account.TestAccounts;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.session.SessionRegistry;
import app.skillpath.base.ui.HtmlBlock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.PasswordField;
import app.skillpath.transfer.CountingInputStream;
import app.skillpath.transfer.UserDataService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.ElementRequestHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;

class AccountViewTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    app.skillpath.account.AccountService accountService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    app.skillpath.account.CurrentUser currentUser;

    @Autowired
    SessionRegistry sessionRegistry;

    private Account account;

    @BeforeEach
    void logIn() {
        account = testAccounts.create("viewer");
        login(account, testAccounts.passwordHash(account));
        navigate("account");
    }

    @Test
    void shows_who_is_logged_in_in_the_page_and_the_header() {
        assertThat(markup("account-who").text())
                .isEqualTo("You are logged in as " + account.username() + " (viewer Tester).");
        assertThat(markup("user-name").text()).isEqualTo("viewer Tester");
        _get(Button.class, spec -> spec.withId("logout"));
    }

    @Test
    void a_display_name_that_looks_like_markup_is_shown_as_text_in_the_header() {
        Account odd = accountService.signUp("markup.name", "<img src=x onerror=alert(1)> & co",
                "a long enough password", "a long enough password");
        login(odd, testAccounts.passwordHash(odd));
        navigate("account");

        String header = _get(HtmlBlock.class, spec -> spec.withClasses("header-text")).innerHtml();
        assertThat(header).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)");
        assertThat(markup("user-name").text()).isEqualTo("<img src=x onerror=alert(1)> & co");
    }

    @Test
    void changing_the_password_with_a_wrong_current_one_is_explained() {
        password("current-password").setValue("not my password");
        password("new-password").setValue("a fresh new password");
        password("new-password-again").setValue("a fresh new password");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        assertThat(password("current-password").isInvalid()).isTrue();
        assertThat(password("current-password").getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, testAccounts.passwordHash(account))).isTrue();
    }

    @Test
    void changing_the_password_confirms_and_clears_the_fields() {
        password("current-password").setValue(TestAccounts.PASSWORD);
        password("new-password").setValue("a fresh new password");
        password("new-password-again").setValue("a fresh new password");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        expectNotifications("Your password was changed.");
        assertThat(password("current-password").getValue()).isEmpty();
        assertThat(passwordEncoder.matches("a fresh new password", testAccounts.passwordHash(account))).isTrue();
    }

    @Test
    void changing_the_password_ends_the_accounts_other_sessions_but_not_this_one() {
        String here = VaadinSession.getCurrent().getSession().getId();
        SkillpathUser principal = new SkillpathUser(account.id(), account.username(), null, "n/a");
        sessionRegistry.registerNewSession(here, principal);
        sessionRegistry.registerNewSession("other-browser-" + account.id(), principal);

        password("current-password").setValue(TestAccounts.PASSWORD);
        password("new-password").setValue("a fresh new password");
        password("new-password-again").setValue("a fresh new password");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        assertThat(sessionRegistry.getSessionInformation("other-browser-" + account.id()).isExpired()).isTrue();
        assertThat(sessionRegistry.getSessionInformation(here).isExpired()).isFalse();
    }

    @Test
    void deleting_the_account_ends_all_its_sessions() {
        SkillpathUser principal = new SkillpathUser(account.id(), account.username(), null, "n/a");
        sessionRegistry.registerNewSession(VaadinSession.getCurrent().getSession().getId(), principal);
        sessionRegistry.registerNewSession("other-browser-" + account.id(), principal);

        password("delete-password").setValue(TestAccounts.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("delete-account")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(repository.findById(account.id())).isEmpty();
        assertThat(sessionRegistry.getSessionInformation("other-browser-" + account.id()).isExpired()).isTrue();
    }

    @Test
    void deleting_needs_the_password_and_a_confirmation_then_removes_the_account() {
        _click(_get(Button.class, spec -> spec.withId("delete-account")));
        assertThat(password("delete-password").getErrorMessage()).contains("Enter your current password");
        _assertNone(ConfirmDialog.class);

        password("delete-password").setValue(TestAccounts.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("delete-account")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(repository.findById(account.id())).isEmpty();
    }

    @Test
    void logging_out_ends_the_login() {
        _click(_get(Button.class, spec -> spec.withId("logout")));

        assertThat(currentUser.get()).isEmpty();
    }

    private static PasswordField password(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    @Test
    void an_upload_announcing_over_5_mb_is_refused_on_the_server_before_a_byte_is_read() throws IOException {
        CountingInputStream body = new CountingInputStream(6 * 1024 * 1024);

        upload(body, 6 * 1024 * 1024);

        expectNotifications("Nothing was imported. The file is larger than 5 MB, more than any Skillpath data file can be, "
                + "so it was not read.");
        assertThat(body.bytesRead()).isZero();
    }

    @Test
    void an_upload_that_hides_its_size_is_cut_off_after_5_mb_and_refused() throws IOException {
        CountingInputStream body = new CountingInputStream(6 * 1024 * 1024);

        upload(body, -1);

        expectNotifications("Nothing was imported. The file is larger than 5 MB, more than any Skillpath data file can be, "
                + "so it was not read.");
        assertThat(body.bytesRead()).isEqualTo(UserDataService.MAX_FILE_BYTES + 1);
    }

    @Test
    void an_uploaded_file_with_a_mistake_is_refused_with_the_entry_named() throws IOException {
        byte[] file = ("{\"format\":\"skillpath-user-data\",\"version\":1,\"ratings\":[{\"skill\":\"statistics\",\"level\":\"high\"}],"
                + "\"ratingHistory\":[],\"education\":{},\"tools\":[],\"plans\":[]}").getBytes(StandardCharsets.UTF_8);

        upload(new ByteArrayInputStream(file), file.length);

        expectNotifications("Nothing was imported. The file could not be read as Skillpath data: "
                + "ratings[0].level: a whole number 0-4 is required.");
    }

    /**
     * Sends a body to the page's upload as the browser's Upload does (a raw POST), through the handler
     * Vaadin registered for the component. Karibu 2.6 cannot drive an Upload itself.
     */
    private static void upload(InputStream body, long contentLength) throws IOException {
        _find(Button.class, spec -> spec.withId("show-import")).forEach(button -> _click(button));
        Upload upload = _get(Upload.class, spec -> spec.withId("import-data"));
        VaadinSession session = VaadinSession.getCurrent();
        ElementRequestHandler handler = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(upload.getElement().getAttribute("target")))
                .orElseThrow().getElementRequestHandler();
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getMethod()).thenReturn("POST");
        when(request.getContentType()).thenReturn("application/json");
        when(request.getHeader("Content-Type")).thenReturn("application/json");
        when(request.getHeader("X-Filename")).thenReturn("skillpath-data.json");
        when(request.getContentLengthLong()).thenReturn(contentLength);
        when(request.getInputStream()).thenReturn(body);
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));

        handler.handleRequest(request, response, session, upload.getElement());
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void the_time_zone_starts_as_the_accounts_and_a_new_one_is_saved_with_a_clear_message() {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> zone = _get(com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withId("time-zone"));
        assertThat(zone.getValue()).isEqualTo("UTC");

        zone.setValue("Europe/Berlin");
        _click(_get(Button.class, spec -> spec.withId("save-time-zone")));

        expectNotifications("Your time zone is now Europe/Berlin. Dates and your calendar feed follow it.");
        assertThat(currentUser.zone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
        assertThat(repository.findById(account.id()).orElseThrow().timeZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void a_time_zone_typed_that_is_not_in_the_list_is_refused_at_the_field() {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> zone = _get(com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withId("time-zone"));

        zone.setValue("Mars/Olympus_Mons");
        _click(_get(Button.class, spec -> spec.withId("save-time-zone")));

        assertThat(zone.isInvalid()).isTrue();
        assertThat(zone.getErrorMessage()).isEqualTo("Choose a time zone from the list; “Mars/Olympus_Mons” is not one.");
        assertThat(currentUser.zone().getId()).isIn("Z", "UTC");
    }
}

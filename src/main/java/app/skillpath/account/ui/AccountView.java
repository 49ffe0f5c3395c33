package app.skillpath.account.ui;

import app.skillpath.base.ui.HtmlBlock;

import app.skillpath.account.Account;
import app.skillpath.account.AccountException;
import app.skillpath.account.AccountService;
import app.skillpath.account.AccountSessions;
import app.skillpath.account.CurrentUser;
import app.skillpath.account.PasswordPolicy;
import app.skillpath.account.TimeZones;
import app.skillpath.feed.FeedService;
import app.skillpath.feed.ui.CalendarFeedSection;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.UploadEvent;
import app.skillpath.transfer.TransferException;
import app.skillpath.transfer.UserDataService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import app.skillpath.team.OwnedTeam;
import app.skillpath.team.TeamException;
import app.skillpath.team.TeamService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The logged-in user's account: change the password, the time zone and the calendar feed, download or import the
 * data, or delete the account with all its data.
 */
@Menu(order = 6, title = "My account", icon = "vaadin:user")
@Route(value = "account", layout = MainLayout.class)
@PageTitle("My account" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class AccountView extends Main {

    private final AccountService accountService;
    private final AuthenticationContext authenticationContext;

    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField newPasswordAgain = new PasswordField("New password again");
    private final PasswordField deletePassword = new PasswordField("Current password");

    private final UserDataService userDataService;
    private final AccountSessions accountSessions;

    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");

    private final TeamService teamService;
    /** The teams the user owns with other members, as shown, and what is to become of each when the account goes. */
    private final Div passOn = new Div();
    private final Map<OwnedTeam, Select<Fate>> fates = new LinkedHashMap<>();

    public AccountView(AccountService accountService, AuthenticationContext authenticationContext,
                       UserDataService userDataService, AccountSessions accountSessions, CurrentUser currentUser,
                       FeedService feedService, TeamService teamService) {
        this.teamService = teamService;
        this.accountSessions = accountSessions;
        this.accountService = accountService;
        this.authenticationContext = authenticationContext;
        this.userDataService = userDataService;
        addClassNames("page", "narrow-page", "account");

        Account account = accountService.currentAccount();
        // what the page only tells is markup, what the user changes are components (README, "How a page is built")
        String who = "You are logged in as " + account.username()
                + account.displayName().map(name -> " (" + name + ")").orElse("") + ".";
        add(HtmlBlock.of(root -> root.appendElement("p").id("account-who").text(who)),
                passwordSection(), timeZoneSection(currentUser.zone()), new CalendarFeedSection(feedService),
                dataSection(account), deleteSection());
    }

    private Section passwordSection() {
        currentPassword.setId("current-password");
        newPassword.setId("new-password");
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, not your username");
        newPasswordAgain.setId("new-password-again");
        List.of(currentPassword, newPassword, newPasswordAgain).forEach(field -> field.setManualValidation(true));
        Button change = new Button("Change password", event -> changePassword());
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(currentPassword, newPassword, newPasswordAgain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Section section = new Section(heading("Change password"), form, change);
        section.addClassName("article-section");
        return section;
    }

    /**
     * The zone "today", due dates and the calendar feed follow, from the browser at sign-up. A name typed that is
     * not in the list goes to the service too, so the refusal and its words are the service's.
     */
    private Section timeZoneSection(ZoneId current) {
        timeZone.setId("time-zone");
        timeZone.setItems(TimeZones.names());
        // a session's zone may be the offset "Z"; the list names it "UTC"
        timeZone.setValue(TimeZones.parse(current.getId()).map(ZoneId::getId).orElse("UTC"));
        timeZone.setAllowCustomValue(true);
        timeZone.addCustomValueSetListener(event -> timeZone.setValue(event.getDetail()));
        timeZone.setManualValidation(true);
        Button save = new Button("Save time zone", event -> saveTimeZone());
        save.setId("save-time-zone");
        com.vaadin.flow.component.html.Div row = new com.vaadin.flow.component.html.Div(timeZone, save);
        row.addClassName("field-row");
        Section section = new Section(heading("Time zone", "Your plans' dates, what counts as today and the weekly "
                + "review in your calendar feed follow this time zone."), row);
        section.addClassName("article-section");
        section.setId("time-zone-section");
        return section;
    }

    private void saveTimeZone() {
        timeZone.setInvalid(false);
        try {
            ZoneId zone = accountService.changeTimeZone(timeZone.getValue());
            timeZone.setValue(zone.getId());
            Notifications.saved("Your time zone is now " + zone.getId() + ". Dates and your calendar feed follow it.");
        } catch (AccountException e) {
            timeZone.setErrorMessage(e.getMessage());
            timeZone.setInvalid(true);
        }
    }

    /** All of the user's data as one JSON file, and import of such a file into an empty account. */
    private Section dataSection(Account account) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = userDataService.exportMine().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "skillpath-data-" + account.username() + ".json",
                    "application/json", bytes.length);
        }), "Download all my data (JSON)");
        download.setId("download-data");
        download.addClassName("button-link");

        // the upload is built when asked for: few users import, and an Upload held on every open
        // account page costs several kilobytes of server memory per session (docs/BENCHMARKS.md, memory)
        Button showImport = new Button("Import data from a file");
        showImport.setId("show-import");
        showImport.addClickListener(event -> {
            Upload upload = importUpload();
            showImport.getParent().ifPresent(section -> ((Section) section).replace(showImport, upload));
        });

        Section section = new Section(heading("Your data", "Download everything Skillpath keeps for you: ratings with "
                + "their history, notes, education, tools, plans with their steps, your targets with your own skills, and your "
                + "check-ins (without the reviewer's name). To move to another account, import the file there; importing "
                + "only works into an account without answers, plans, targets or check-ins yet."),
                download, showImport);
        section.addClassName("article-section");
        section.setId("your-data");
        return section;
    }

    private Upload importUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(event -> importFile(ui, event));
        // the raw body streams to the handler as it arrives; a multipart body would first be stored whole
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setId("import-data");
        upload.setAcceptedFileTypes("application/json", ".json");
        // the browser's check spares an honest user the wait; importFile enforces the limit on the server
        upload.setMaxFileSize(UserDataService.MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        return upload;
    }

    /**
     * Runs on the upload's request thread, without the session lock. An upload announcing more than the
     * limit is refused before a byte is read; one that does not say its size, or says less, is cut off
     * after the limit + 1 byte, so a huge body never holds memory or the request thread for long.
     */
    private void importFile(UI ui, UploadEvent event) {
        String message;
        boolean ok = false;
        try {
            userDataService.importIntoMine(userDataService.readUpload(event.getFileSize(), event.getInputStream()));
            message = "Your data was imported. Your answers and plans are in place.";
            ok = true;
        } catch (TransferException e) {
            message = "Nothing was imported. " + e.getMessage();
        } catch (IOException e) {
            message = "Nothing was imported: the upload was interrupted. Please try again.";
        }
        if (!ok) {
            event.reject(message);
        }
        String text = message;
        boolean success = ok;
        ui.access(() -> {
            if (success) {
                Notifications.saved(text, Notifications.LONG);
            } else {
                Notifications.error(text);
            }
        });
    }

    private Section deleteSection() {
        deletePassword.setId("delete-password");
        deletePassword.setManualValidation(true);
        Button delete = new Button("Delete my account and all my data", event -> confirmDeletion());
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        passOn.setId("teams-to-pass-on");
        showTeamsToPassOn();
        Section section = new Section(heading("Delete account", "This removes your account, your self-assessment, "
                + "your learning plans and the reviews you asked for, for good. Reviews you submitted for others stay "
                + "with them, shown as from “a former reviewer”. It cannot be undone."), passOn, deletePassword, delete);
        section.addClassNames("article-section", "danger-zone");
        return section;
    }

    /**
     * What becomes of a team the user owns when the account goes: handed over to one of its other members (who
     * becomes its owner) or, with no heir, deleted.
     */
    record Fate(Optional<OwnedTeam.Heir> heir) {
        String label() {
            return heir.map(h -> "Hand over to " + h.name()).orElse("Delete the team");
        }
    }

    /**
     * Each team the user owns with other members, with a choice: hand it over to a member (the first by name unless
     * the user chooses another) or delete it. Teams the user owns alone go with the account.
     */
    private void showTeamsToPassOn() {
        passOn.removeAll();
        fates.clear();
        List<OwnedTeam> owned = teamService.teamsToPassOn();
        passOn.setVisible(!owned.isEmpty());
        if (owned.isEmpty()) {
            return;
        }
        passOn.add(HtmlBlock.of(root -> {
            root.appendElement("h3").text("Your teams");
            root.appendElement("p").text("You own " + (owned.size() == 1 ? "a team" : owned.size() + " teams")
                    + " with other members. Choose what happens to " + (owned.size() == 1 ? "it" : "each")
                    + " when your account is deleted: hand it over to a member, who becomes its owner (the team and what its "
                    + "members share stay), or delete it with its links and suggestions. Teams you own alone are deleted.");
        }));
        for (OwnedTeam team : owned) {
            Select<Fate> fate = new Select<>();
            fate.setLabel(team.name());
            fate.setId("pass-on-" + team.id());
            List<Fate> options = new ArrayList<>(team.otherMembers().stream().map(heir -> new Fate(Optional.of(heir))).toList());
            options.add(new Fate(Optional.empty()));
            fate.setItems(options);
            fate.setItemLabelGenerator(option -> option == null ? "" : option.label());
            fate.setValue(options.getFirst());
            fates.put(team, fate);
            passOn.add(fate);
        }
        passOn.addClassName("pass-on");
    }

    /** The hand-overs chosen: team id to the member who takes it (the teams to delete are not in it). */
    private Map<Long, Long> handOvers() {
        Map<Long, Long> chosen = new LinkedHashMap<>();
        fates.forEach((team, fate) -> Optional.ofNullable(fate.getValue()).flatMap(Fate::heir)
                .ifPresent(heir -> chosen.put(team.id(), heir.id())));
        return chosen;
    }

    /** "“Data science” passes to Ada Lovelace; “Side project” is deleted." */
    private String fatesInWords() {
        return fates.entrySet().stream().map(entry -> "“" + entry.getKey().name() + "”" + Optional.ofNullable(entry.getValue().getValue())
                        .flatMap(Fate::heir).map(heir -> " passes to " + heir.name()).orElse(" is deleted"))
                .collect(Collectors.joining("; ", "", "."));
    }

    /** A section's heading and the paragraphs that explain it, as one block of markup. */
    private static HtmlBlock heading(String title, String... paragraphs) {
        return HtmlBlock.of(root -> {
            root.appendElement("h2").text(title);
            for (String paragraph : paragraphs) {
                root.appendElement("p").text(paragraph);
            }
        });
    }

    private void changePassword() {
        List.of(currentPassword, newPassword, newPasswordAgain).forEach(field -> field.setInvalid(false));
        try {
            accountService.changePassword(currentPassword.getValue(), newPassword.getValue(), newPasswordAgain.getValue());
            // whoever had the old password is logged out everywhere else; this tab goes on
            accountSessions.endOtherSessions(accountService.currentAccount().id(),
                    VaadinSession.getCurrent().getSession().getId());
            List.of(currentPassword, newPassword, newPasswordAgain).forEach(PasswordField::clear);
            Notifications.saved("Your password was changed.");
        } catch (AccountException e) {
            PasswordField field = switch (e.field()) {
                case CURRENT_PASSWORD -> currentPassword;
                case CONFIRMATION -> newPasswordAgain;
                default -> newPassword;
            };
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    private void confirmDeletion() {
        deletePassword.setInvalid(false);
        if (deletePassword.isEmpty()) {
            deletePassword.setErrorMessage("Enter your current password to delete your account.");
            deletePassword.setInvalid(true);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog("Delete your account?",
                "Your account and all your data will be deleted now." + (fates.isEmpty() ? "" : " Your teams: " + fatesInWords())
                        + " This cannot be undone.",
                "Delete for good", event -> deleteAccount());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my account");
        dialog.setId("confirm-delete");
        dialog.open();
    }

    private void deleteAccount() {
        try {
            long accountId = accountService.currentAccount().id();
            // the teams' hand-overs and the deletion happen together, after the password check (TeamService)
            teamService.deleteAccount(deletePassword.getValue(), handOvers());
            // other tabs and browsers of the deleted account are logged out at their next request
            accountSessions.endAllSessions(accountId);
            authenticationContext.logout();
        } catch (AccountException e) {
            deletePassword.setErrorMessage(e.getMessage());
            deletePassword.setInvalid(true);
        } catch (TeamException e) {
            // a chosen member left, or a team changed hands, meanwhile: nothing was deleted; show the teams as they are now
            showTeamsToPassOn();
            Notifications.error(e.getMessage());
        }
    }
}

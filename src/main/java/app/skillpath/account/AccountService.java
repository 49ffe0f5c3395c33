package app.skillpath.account;

import app.skillpath.base.text.UserText;
import app.skillpath.account.AccountException.Field;
import app.skillpath.operations.SkillpathMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Sign-up, password change and account deletion. Everything about an existing account acts on the
 * logged-in user ({@link CurrentUser}), never on an id passed in.
 */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    public static final int DISPLAY_NAME_MAX_LENGTH = 80;

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final LoginLockout lockout;
    private final Clock clock;
    private final SignUpLimit signUpLimit;
    private final SkillpathMetrics metrics;

    public AccountService(AccountRepository repository, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                          LoginLockout lockout, Clock clock, SignUpLimit signUpLimit, SkillpathMetrics metrics) {
        this.signUpLimit = signUpLimit;
        this.metrics = metrics;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.lockout = lockout;
        this.clock = clock;
    }

    /**
     * Creates an account for a client at this address (see {@link SignUpLimit}): refused, with nothing
     * stored, when that address has created its accounts for the hour.
     */
    @Transactional
    public Account signUp(String clientAddress, String rawUsername, String rawDisplayName, String password,
                          String confirmation) {
        return signUp(clientAddress, rawUsername, rawDisplayName, password, confirmation, null);
    }

    /**
     * As above, with the time zone the browser reported; a missing or unknown one (the browser's word, not the
     * user's mistake) becomes UTC, which the user can change on the account page.
     */
    @Transactional
    public Account signUp(String clientAddress, String rawUsername, String rawDisplayName, String password,
                          String confirmation, String browserTimeZone) {
        if (!signUpLimit.tryTake(clientAddress)) {
            log.warn("Sign-up refused: {} accounts created from one address within the hour", signUpLimit.perHour());
            throw new AccountException(Field.USERNAME, "Too many accounts were created from your network address "
                    + "in the last hour. Try again in an hour.");
        }
        try {
            return create(rawUsername, rawDisplayName, password, confirmation, browserTimeZone);
        } catch (RuntimeException e) {
            signUpLimit.giveBack(clientAddress);
            throw e;
        }
    }

    /**
     * Creates an account without the per-address limit (for the web, use the other signUp); refuses with
     * an {@link AccountException} naming the field at fault.
     */
    @Transactional
    public Account signUp(String rawUsername, String rawDisplayName, String password, String confirmation) {
        return create(rawUsername, rawDisplayName, password, confirmation, null);
    }

    private Account create(String rawUsername, String rawDisplayName, String password, String confirmation,
                           String browserTimeZone) {
        String timeZone = TimeZones.parse(browserTimeZone).map(ZoneId::getId).orElse("UTC");
        String username = UsernamePolicy.normalize(rawUsername);
        UsernamePolicy.problem(username).ifPresent(problem -> {
            throw new AccountException(Field.USERNAME, problem);
        });
        String displayName = normalizeDisplayName(rawDisplayName);
        checkNewPassword(password, confirmation, username, Field.PASSWORD);
        if (repository.usernameTaken(username)) {
            throw new AccountException(Field.USERNAME, usernameTakenMessage(username));
        }
        long id;
        try {
            id = repository.insert(username, displayName, passwordEncoder.encode(password), timeZone);
        } catch (DuplicateKeyException e) {
            // someone else took the name between the check and the insert
            throw new AccountException(Field.USERNAME, usernameTakenMessage(username));
        }
        // failed logins counted for this name while it had no account are someone else's: without this,
        // five of them locked the new owner out of the login that follows their sign-up
        lockout.reset(username);
        log.info("Account {} created", id);
        metrics.signedUp();
        return new Account(id, username, java.util.Optional.ofNullable(displayName));
    }

    @Transactional(readOnly = true)
    public Account currentAccount() {
        return repository.findById(currentUser.id()).orElseThrow().toAccount();
    }

    /*
     * No transaction around the whole change: the current-password check counts on the lockout in
     * transactions of its own, and holding a second connection meanwhile (plus the bcrypt checks) could
     * drain the pool under parallel requests. Each write below is one statement.
     */
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        var stored = repository.findById(currentUser.id()).orElseThrow();
        requireCurrentPassword(currentPassword, stored);
        checkNewPassword(newPassword, confirmation, stored.username(), Field.PASSWORD);
        if (passwordEncoder.matches(newPassword, stored.passwordHash())) {
            throw new AccountException(Field.PASSWORD, "The new password is the same as the current one.");
        }
        int epoch = repository.updatePasswordHash(stored.id(), passwordEncoder.encode(newPassword), OffsetDateTime.now(clock))
                .orElseThrow(() -> new IllegalStateException("The account was deleted meanwhile"));
        // the account's other sessions, on every node, are logged out at their next check (SessionRecheck);
        // this one made the change and goes on with the new epoch
        currentUser.require().sessionEpochMoved(epoch);
        log.info("Password changed for account {}", stored.id());
    }

    /** Whether the logged-in user chose dark colours. */
    @Transactional(readOnly = true)
    public boolean prefersDark() {
        return repository.prefersDark(currentUser.id());
    }

    @Transactional
    public void setPrefersDark(boolean dark) {
        repository.setPrefersDark(currentUser.id(), dark);
    }

    /**
     * Sets the logged-in user's time zone from an IANA name (as the browser reports it or the account page offers
     * it); refuses anything else with a message. This session follows the new zone at once.
     */
    @Transactional
    public ZoneId changeTimeZone(String name) {
        ZoneId zone = TimeZones.parse(name).orElseThrow(() -> new AccountException(Field.TIME_ZONE,
                "Choose a time zone from the list; " + UserText.quote(name == null ? "" : name) + " is not one."));
        repository.setTimeZone(currentUser.id(), zone.getId());
        currentUser.require().zoneChanged(zone);
        return zone;
    }

    /**
     * Locks the logged-in user's account row until the caller's transaction ends, so that whole-account writes (an
     * import in two tabs) run one after the other instead of both passing the same "still empty" check.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockMine() {
        repository.lockForUpdate(currentUser.id());
    }

    /**
     * Deletes the logged-in user's account and, through the database's cascades, all of their data (one
     * statement). Not one transaction with the password check, for the reason given at changePassword.
     */
    public void deleteCurrentAccount(String currentPassword) {
        // a call within this class: no transaction of its own, the deletion is one statement
        deleteCurrentAccount(checkCurrentPassword(currentPassword), () -> { });
    }

    /** How long a checked password allows the deletion that follows it. */
    private static final Duration CHECK_LASTS = Duration.ofMinutes(5);

    /**
     * Proof that the logged-in user gave their current password just now; only {@link #checkCurrentPassword} makes
     * one, so a caller cannot delete an account without the check.
     */
    public static final class PasswordChecked {
        private final long accountId;
        private final Instant at;

        private PasswordChecked(long accountId, Instant at) {
            this.accountId = accountId;
            this.at = at;
        }
    }

    /**
     * Checks the logged-in user's current password, counted on the login lockout, and changes nothing else; for a
     * deletion that must change more than the account (a team's owner hands teams over first). No transaction, for
     * the reason given at changePassword.
     */
    public PasswordChecked checkCurrentPassword(String currentPassword) {
        var stored = repository.findById(currentUser.id()).orElseThrow();
        requireCurrentPassword(currentPassword, stored);
        return new PasswordChecked(stored.id(), clock.instant());
    }

    /**
     * Deletes the logged-in user's account, whose password was just checked, with all of their data; {@code first}
     * runs before, in the same transaction, so that what it changes (teams handed over to other members) and the
     * deletion happen together or not at all. The account module knows nothing of what {@code first} does.
     */
    @Transactional
    public void deleteCurrentAccount(PasswordChecked checked, Runnable first) {
        var stored = repository.findById(currentUser.id()).orElseThrow();
        if (checked == null || checked.accountId != stored.id() || checked.at.plus(CHECK_LASTS).isBefore(clock.instant())) {
            throw new AccountException(Field.CURRENT_PASSWORD, "Enter your current password again to delete your account.");
        }
        first.run();
        repository.delete(stored.id());
        lockout.reset(stored.username());
        log.info("Account {} deleted with all its data", stored.id());
    }

    /**
     * Sets a new password for the named account without knowing the old one: for operators only
     * (the reset command), since Skillpath sends no e-mail. Also lifts a lockout.
     */
    @Transactional
    public void resetPasswordAsOperator(String username, String newPassword) {
        var stored = repository.findByUsername(UsernamePolicy.normalize(username))
                .orElseThrow(() -> new AccountException(Field.USERNAME, "There is no account called “" + username + "”."));
        PasswordPolicy.problem(newPassword, stored.username()).ifPresent(problem -> {
            throw new AccountException(Field.PASSWORD, problem);
        });
        // also moves the session epoch on: every session of the account, on every node, is logged out within seconds
        repository.updatePasswordHash(stored.id(), passwordEncoder.encode(newPassword), OffsetDateTime.now(clock));
        lockout.reset(stored.username());
        log.warn("Password of account {} reset by an operator", stored.id());
    }

    /**
     * The current password, counted like a login attempt on the same lockout: otherwise anyone at an
     * unlocked screen could guess it here without limit.
     */
    private void requireCurrentPassword(String currentPassword, AccountRepository.StoredAccount stored) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new AccountException(Field.CURRENT_PASSWORD, "That is not your current password.");
        }
        LoginLockout.Attempt attempt = lockout.countAttempt(stored.username());
        attempt.refusedUntil().ifPresent(until -> {
            throw new AccountException(Field.CURRENT_PASSWORD, LoginLockout.lockedMessage(until));
        });
        if (!passwordEncoder.matches(currentPassword, stored.passwordHash())) {
            lockout.failed(stored.username(), attempt);
            throw new AccountException(Field.CURRENT_PASSWORD, "That is not your current password.");
        }
        lockout.succeeded(stored.username());
    }

    private static void checkNewPassword(String password, String confirmation, String username, Field field) {
        PasswordPolicy.problem(password, username).ifPresent(problem -> {
            throw new AccountException(field, problem);
        });
        if (!Objects.equals(password, confirmation)) {
            throw new AccountException(Field.CONFIRMATION, "The two passwords are not the same.");
        }
    }

    private static String normalizeDisplayName(String raw) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            return null;
        }
        if (name.length() > DISPLAY_NAME_MAX_LENGTH) {
            throw new AccountException(Field.DISPLAY_NAME, "A display name can have at most " + DISPLAY_NAME_MAX_LENGTH + " characters.");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new AccountException(Field.DISPLAY_NAME, "A display name cannot contain control characters.");
        }
        UserText.unstorable(name).ifPresent(problem -> {
            throw new AccountException(Field.DISPLAY_NAME, "This display name cannot be saved: " + problem + ".");
        });
        return name;
    }

    private static String usernameTakenMessage(String username) {
        return "The username “" + username + "” is taken (names are the same regardless of capital letters). Choose another.";
    }
}

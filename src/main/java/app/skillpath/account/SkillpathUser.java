package app.skillpath.account;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** The logged-in principal: Spring Security's user plus the account id that owns personal rows. */
public class SkillpathUser extends User {

    public static final String ROLE_USER = "ROLE_USER";

    private final long id;
    private final String displayName;
    /** Changed on the account page; other sessions of the same user pick the change up at their next login. */
    private volatile ZoneId zone;
    /**
     * The account's session epoch (app_user.session_epoch) when this login was made: the session is logged out once the
     * database holds another (a password change, on any node) or no account (a deletion). See {@link SessionRecheck}.
     */
    private volatile int sessionEpoch;

    public SkillpathUser(long id, String username, String displayName, String passwordHash) {
        this(id, username, displayName, passwordHash, ZoneOffset.UTC);
    }

    public SkillpathUser(long id, String username, String displayName, String passwordHash, ZoneId zone) {
        this(id, username, displayName, passwordHash, zone, 0);
    }

    public SkillpathUser(long id, String username, String displayName, String passwordHash, ZoneId zone, int sessionEpoch) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority(ROLE_USER)));
        this.id = id;
        this.displayName = displayName;
        this.zone = zone;
        this.sessionEpoch = sessionEpoch;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    /** This session changed the password: it stays logged in with the epoch that change set. */
    void sessionEpochMoved(int epoch) {
        this.sessionEpoch = epoch;
    }

    /** The user's time zone: what "today" is for them, and the zone of their calendar feed. */
    public ZoneId zone() {
        return zone;
    }

    void zoneChanged(ZoneId zone) {
        this.zone = zone;
    }

    public long id() {
        return id;
    }

    /** The display name if the user gave one, else the username. */
    public String name() {
        return displayName == null ? getUsername() : displayName;
    }
}

package app.skillpath.account;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** The logged-in principal: Spring Security's user plus the account id that owns personal rows. */
public class SkillpathUser extends User {

    public static final String ROLE_USER = "ROLE_USER";

    private final long id;
    private final String displayName;

    public SkillpathUser(long id, String username, String displayName, String passwordHash) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority(ROLE_USER)));
        this.id = id;
        this.displayName = displayName;
    }

    public long id() {
        return id;
    }

    /** The display name if the user gave one, else the username. */
    public String name() {
        return displayName == null ? getUsername() : displayName;
    }
}

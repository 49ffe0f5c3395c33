package app.skillpath.account;

import java.util.Optional;

/** A user's account as the rest of the app sees it (never the password hash). */
public record Account(long id, String username, Optional<String> displayName) {

    /** The name to greet the user with. */
    public String name() {
        return displayName.orElse(username);
    }
}

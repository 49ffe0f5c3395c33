package app.skillpath.account;

import java.util.Locale;
import java.util.Optional;

/** What a username may be: 3-40 of a-z, A-Z, 0-9 and . _ -, compared without regard to case. */
public final class UsernamePolicy {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 40;

    private UsernamePolicy() {
    }

    /** Trims surrounding spaces; null becomes empty. */
    public static String normalize(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** The key under which a username is unique and throttled: trimmed and lower-cased. */
    public static String key(String raw) {
        String key = normalize(raw).toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /** Why the (already normalized) username is not acceptable, or empty when it is. */
    public static Optional<String> problem(String username) {
        if (username.isEmpty()) {
            return Optional.of("Choose a username.");
        }
        if (username.length() < MIN_LENGTH) {
            return Optional.of("A username needs at least " + MIN_LENGTH + " characters.");
        }
        if (username.length() > MAX_LENGTH) {
            return Optional.of("A username can have at most " + MAX_LENGTH + " characters (this one has "
                    + username.length() + ").");
        }
        if (!username.matches("[A-Za-z0-9._-]+")) {
            return Optional.of("Use only the letters a-z and A-Z, digits, and . _ - (no spaces, accents or symbols).");
        }
        return Optional.empty();
    }
}

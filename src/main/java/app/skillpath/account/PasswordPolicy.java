package app.skillpath.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password must be: at least 10 characters, not the username. The upper bound exists because
 * bcrypt only looks at the first 72 bytes; a longer password would be silently shortened.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password.");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("A password can be at most " + MAX_BYTES + " bytes long (72 plain letters, fewer with accents or emoji).");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("The password must not be your username.");
        }
        return Optional.empty();
    }
}

package app.skillpath.base.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret in a private address (a calendar feed, a review invitation): 32 random bytes (256 bits) from
 * {@link SecureRandom}, written base64url without padding (43 characters). Only its SHA-256 is stored. A fast hash
 * suffices, unlike for passwords: the token is random, so there is nothing to guess from its hash by trying likely values.
 */
public final class SecretToken {

    public static final int BYTES = 32;
    /** Longer than any token; whatever is longer is not looked at at all. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretToken() {
    }

    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The SHA-256 to look up for whatever an address gave: anything that cannot be a token (too long, other
     * characters, none at all) is hashed as the empty text instead, so every request costs one hash of at most
     * {@value #MAX_LENGTH} characters and one identical lookup, and no stored hash matches the empty text's.
     */
    public static byte[] hashOfGiven(String given) {
        String token = given != null && given.length() <= MAX_LENGTH && TOKEN_SHAPE.matcher(given).matches() ? given : "";
        return sha256(token);
    }

    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package app.skillpath.feed;

import app.skillpath.base.token.SecretToken;

import java.util.HexFormat;

/**
 * The secret in a feed's address: a {@link SecretToken} (256 random bits, only its SHA-256 stored), and what the feed
 * derives from it.
 */
public final class FeedToken {

    public static final int BYTES = SecretToken.BYTES;
    public static final int MAX_LENGTH = SecretToken.MAX_LENGTH;

    private FeedToken() {
    }

    public static String generate() {
        return SecretToken.generate();
    }

    /** The path of the feed with this token, below the app's root. */
    public static String path(String token) {
        return "calendar/" + token + ".ics";
    }

    /** See {@link SecretToken#hashOfGiven}. */
    public static byte[] hashOfGiven(String given) {
        return SecretToken.hashOfGiven(given);
    }

    /**
     * The name of a feed's weekly review series: the first 8 bytes of its token's hash in hex. Stable while the
     * address lives, new with a replaced one, and telling nothing about the account (not its id).
     */
    public static String seriesId(byte[] tokenHash) {
        return HexFormat.of().formatHex(tokenHash, 0, 8);
    }

    static byte[] sha256(String token) {
        return SecretToken.sha256(token);
    }
}

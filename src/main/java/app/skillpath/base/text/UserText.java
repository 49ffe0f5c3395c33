package app.skillpath.base.text;

import java.util.Optional;

/**
 * Rules for text a user (or a forged request) sends, shared by every service that stores or
 * echoes it. PostgreSQL refuses a NUL character in {@code text} (the statement fails, and the user
 * would hear that the database is down), and a lone UTF-16 surrogate cannot be encoded as UTF-8:
 * the driver stores "?" instead, silently changing what the user wrote. Both are refused up front.
 */
public final class UserText {

    /** How much of a user's value a message repeats back. */
    private static final int QUOTE_MAX_LENGTH = 60;

    private UserText() {
    }

    /** Why this text cannot be stored as it is, or empty when it can. */
    public static Optional<String> unstorable(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("it contains a NUL character (\\u0000), which cannot be stored");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("it contains a broken character (an unpaired UTF-16 surrogate), which cannot be stored");
            }
        }
        return Optional.empty();
    }

    /**
     * A user's value as a message may repeat it: in typographic quotes, control and broken
     * characters shown as U+FFFD and at most {@value #QUOTE_MAX_LENGTH} characters, so that a
     * forged megabyte-long key is not echoed back or written to the log in full.
     */
    public static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder shown = new StringBuilder("“");
        int shownCodePoints = 0;
        for (int i = 0; i < value.length() && shownCodePoints < QUOTE_MAX_LENGTH; shownCodePoints++) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            boolean printable = !Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.SURROGATE;
            shown.appendCodePoint(printable ? codePoint : '\uFFFD');
            if (shownCodePoints == QUOTE_MAX_LENGTH - 1 && i < value.length()) {
                shown.append('…');
            }
        }
        return shown.append('”').toString();
    }
}

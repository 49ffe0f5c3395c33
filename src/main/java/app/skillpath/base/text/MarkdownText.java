package app.skillpath.base.text;

/**
 * User text (a name, a title, a comment) written into a Markdown file the app hands out, so that a viewer shows it as
 * the words the user typed and nothing else: it stays inside its table cell or line, and cannot become a link, an
 * image, emphasis, code or HTML. Shared by every Markdown download (check-ins, the team's hiring brief).
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /**
     * The text for inline use (a table cell, a list item after fixed words, a heading after fixed words):
     * <ul>
     * <li>{@code &} and {@code <} as entities, so no HTML tag, entity or {@code <url>} autolink can start;</li>
     * <li>a backslash before {@code \ | ` * _ ~ [ ] #}: a pipe would end the table cell, the others start code,
     * emphasis, strike-through, a link or an image, or close a heading;</li>
     * <li>line breaks, tabs and other control characters become one space (a line break would end the row or line),
     * and the ends are stripped.</li>
     * </ul>
     * Block markers ({@code >}, {@code -}, a number and a dot) need no escaping as long as the text never starts a
     * line: callers put fixed words before it.
     */
    public static String inline(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        String flat = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '\\', '|', '`', '*', '_', '~', '[', ']', '#' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

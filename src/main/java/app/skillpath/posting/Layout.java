package app.skillpath.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A posting's layout: its lines, which of them are headings, the section each other line is under, and the sentences
 * of each line. Offsets are those of the original text throughout.
 * <p>
 * A heading is a markdown heading ({@code # ...}), a short line ending in ':', a short line in capitals, or a short
 * line without closing punctuation that stands alone (after a blank line or at the top, before a blank line or a list)
 * or that names a known kind of section before a list ("Requirements", "Nice to have", "About us"). A line that starts
 * with such a name and a colon ("Nice to have: Spark") is under that section itself. A wrapped line (indented under a
 * list item, starting in lower case, or after a long line that stopped mid-sentence) joins the line before it; a
 * paragraph after a list and a blank line leaves the list's section (it is open again).
 */
final class Layout {

    /** A sentence (or clause ended by ';') of a line. */
    record Unit(int start, int end) {
    }

    /**
     * A line that is not a heading: its content (without a list marker or inline label), whether it is a list item,
     * its section and the heading words that gave it, and its sentences.
     */
    record Line(int start, int end, boolean bullet, Section section, String heading, List<Unit> units) {
    }

    private static final Pattern BULLET = Pattern.compile("^([-*\u2022\u00b7\u2013\u2014\u25aa\u25cf\u25e6\u25cb\u25a0\u25a1\u27a2\u25ba\u2713\u2714+]|\\d{1,2}[.)])\\s+");
    private static final Pattern INLINE_LABEL = Pattern.compile("^([^:\\n]{2,40}):\\s+\\S");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "eg", "ie", "etc", "vs", "inc", "approx", "incl",
            "ltd", "co", "jr", "sr", "dr", "no");
    private static final int SHORT_WORDS = 6;
    private static final int HEADING_WORDS = 8;

    private Layout() {
    }

    private record RawLine(int start, int end, int contentStart, boolean bullet) {
        boolean blank() {
            return contentStart >= end;
        }
    }

    static List<Line> lines(String text) {
        List<RawLine> raw = rawLines(text);
        List<Line> lines = new ArrayList<>();
        Section section = Section.OPEN;
        String heading = null;
        for (int i = 0; i < raw.size(); i++) {
            RawLine line = raw.get(i);
            if (line.blank()) {
                continue;
            }
            boolean first = lines.isEmpty() && heading == null;
            boolean afterBlank = i == 0 || raw.get(i - 1).blank() || first;
            RawLine next = i + 1 < raw.size() ? raw.get(i + 1) : null;
            boolean wrapped = continues(text, raw, i, lines, false);
            Optional<String> headingText = wrapped ? Optional.empty() : headingText(text, line, afterBlank, next);
            if (headingText.isPresent()) {
                heading = headingText.get();
                section = Section.ofHeading(heading).orElse(Section.OPEN);
                continue;
            }
            if (wrapped || continues(text, raw, i, lines, true)) {
                Line previous = lines.removeLast();
                lines.add(new Line(previous.start(), line.end(), previous.bullet(), previous.section(), previous.heading(),
                        units(text, previous.start(), line.end())));
                continue;
            }
            if (!line.bullet() && i > 0 && raw.get(i - 1).blank() && !lines.isEmpty() && lines.getLast().bullet()) {
                // a paragraph after a list and a blank line is no longer under the list's heading
                // ("We are an equal opportunity employer" after the requirements)
                section = Section.OPEN;
                heading = null;
            }
            int start = line.contentStart();
            Section lineSection = section;
            String lineHeading = heading;
            Matcher label = INLINE_LABEL.matcher(text.substring(start, line.end()));
            if (label.find() && words(label.group(1)) <= 5) {
                Optional<Section> labelled = Section.ofHeading(label.group(1));
                if (labelled.isPresent()) {
                    lineSection = labelled.get();
                    lineHeading = label.group(1).strip();
                    start = skipSpaces(text, start + label.group(1).length() + 1, line.end());
                }
            }
            lines.add(new Line(start, line.end(), line.bullet(), lineSection, lineHeading, units(text, start, line.end())));
        }
        return lines;
    }

    /**
     * Whether a line carries on the one before it (a wrapped list item or paragraph) rather than starting a new one:
     * it follows a line of text directly, is no list item itself, and is indented under a list item, starts in lower
     * case, or follows a long line that stopped mid-sentence. Short lines one under the other stay apart (a list
     * without markers).
     */
    private static boolean continues(String text, List<RawLine> raw, int i, List<Line> lines, boolean afterLongLine) {
        if (i == 0 || lines.isEmpty() || raw.get(i).bullet()) {
            return false;
        }
        RawLine previous = raw.get(i - 1);
        RawLine line = raw.get(i);
        if (previous.blank() || lines.getLast().end() != previous.end()) {
            return false; // after a blank line or a heading
        }
        char first = text.charAt(line.contentStart());
        boolean indented = line.contentStart() > line.start();
        char last = text.charAt(previous.end() - 1);
        boolean stoppedMidSentence = previous.end() - previous.contentStart() >= 60 && ".!?:;".indexOf(last) < 0;
        // indentation and lower case are sure signs, checked before headings; a long line stopping mid-sentence is
        // only a sign when the line is no heading itself
        return (indented && lines.getLast().bullet()) || Character.isLowerCase(first) || (afterLongLine && stoppedMidSentence);
    }

    private static List<RawLine> rawLines(String text) {
        List<RawLine> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end;
            while (contentEnd > start && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            int contentStart = skipSpaces(text, start, contentEnd);
            boolean bullet = false;
            Matcher marker = BULLET.matcher(text.substring(contentStart, contentEnd));
            if (marker.find()) {
                bullet = true;
                contentStart += marker.end();
            }
            lines.add(new RawLine(start, contentEnd, contentStart, bullet));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /** The words of the line if it is a heading (without markup), or empty. */
    private static Optional<String> headingText(String text, RawLine line, boolean afterBlank, RawLine next) {
        if (line.bullet()) {
            return Optional.empty();
        }
        String content = text.substring(line.contentStart(), line.end());
        boolean markdown = content.startsWith("#");
        String words = content.replaceAll("^#+", "").replaceAll("[*_]", "").strip();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (markdown) {
            return Optional.of(words);
        }
        int count = words(words);
        if (words.endsWith(":") && count <= HEADING_WORDS) {
            return Optional.of(words.substring(0, words.length() - 1).strip());
        }
        long letters = words.chars().filter(Character::isLetter).count();
        boolean capitals = letters >= 3 && words.chars().noneMatch(Character::isLowerCase);
        if (capitals && count <= HEADING_WORDS) {
            return Optional.of(words);
        }
        char last = words.charAt(words.length() - 1);
        if (count > HEADING_WORDS || words.length() > 60 || ".!?,;".indexOf(last) >= 0) {
            return Optional.empty();
        }
        boolean opensList = next != null && next.bullet();
        boolean endsBlock = next == null || next.blank() || opensList;
        boolean known = Section.ofHeading(words).isPresent();
        // a short line standing alone is a heading; a longer one ("It would be a plus if you have") only when its words
        // name a kind of section
        if ((count <= SHORT_WORDS && afterBlank && endsBlock) || (known && (afterBlank || opensList))) {
            return Optional.of(words);
        }
        return Optional.empty();
    }

    /** The sentences of a line: split after '.', '!', '?' or ';' followed by a space, except after "e.g." and initials. */
    private static List<Unit> units(String text, int start, int end) {
        List<Unit> units = new ArrayList<>();
        int unitStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean boundary = ".!?;".indexOf(c) >= 0 && (i + 1 == end || Character.isWhitespace(text.charAt(i + 1)));
            if (boundary && c == '.' && abbreviationBefore(text, unitStart, i)) {
                boundary = false;
            }
            if (boundary) {
                addUnit(text, units, unitStart, i + 1);
                unitStart = i + 1;
            }
        }
        addUnit(text, units, unitStart, end);
        return units;
    }

    private static boolean abbreviationBefore(String text, int from, int dot) {
        int wordStart = dot;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        // one letter ("B.S", "Ph.D") or a known abbreviation
        int lastDot = word.lastIndexOf('.');
        String tail = lastDot >= 0 ? word.substring(lastDot + 1) : word;
        return tail.length() == 1 || ABBREVIATIONS.contains(word) || ABBREVIATIONS.contains(tail);
    }

    private static void addUnit(String text, List<Unit> units, int start, int end) {
        int s = skipSpaces(text, start, end);
        int e = end;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            units.add(new Unit(s, e));
        }
    }

    private static int skipSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}

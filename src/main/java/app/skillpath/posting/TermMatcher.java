package app.skillpath.posting;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the names and aliases of one kind of catalog entry (skills, tools or fields) in analysed text. Each wording is
 * analysed once, here, into its sequence of Lucene terms; a piece of posting text matches it when its own terms contain
 * that sequence (stop words of the text in between are ignored, as the analyzer drops them). The longest wording wins
 * at each place, and one place names one entry of a kind only; two wordings of different entries that analyse alike
 * go to the one declared first in the catalog.
 */
final class TermMatcher {

    /** An analysed token of the posting, with its place in the original text. */
    record Token(String term, int start, int end) {
    }

    /** One entry's wording found in the text: which entry, the wording, and the tokens it covers. */
    record Match(String key, String wording, int firstToken, int lastToken, Span span) {
    }

    /**
     * How a wording whose analysed form lost what made it distinct is checked against the written text: "C++" analyses
     * to the term "c", so the text must read "C++" there; "R" analyses to the letter r, which ordinary words leave
     * behind too, so it must be a capital R standing as a list item or language name (see {@link #standsAsName}).
     */
    private enum Check { NONE, WRITTEN_FORM, CAPITAL_LETTER_IN_A_LIST }

    /**
     * {@code droppedPrefix} is what the analyzer left out before the wording's first term ("A/" of "A/B testing": "a"
     * is a stop word), so that a match written that way in the posting is highlighted whole.
     */
    private record Wording(String key, String written, List<String> terms, Check check, String droppedPrefix) {
    }

    private static final Set<String> WORDS_BEFORE_A_LANGUAGE = Set.of("and", "or", "in", "with", "using", "like");
    private static final Set<String> WORDS_AFTER_A_LANGUAGE = Set.of("and", "or", "programming", "language", "packages",
            "package", "studio", "shiny", "scripts", "code");

    private final Map<String, List<Wording>> byFirstTerm;

    TermMatcher(Analyzer analyzer, List<Vocabulary.Term> terms) {
        Map<String, List<Wording>> index = new HashMap<>();
        for (Vocabulary.Term term : terms) {
            for (String written : term.wordings()) {
                List<Token> writtenTokens = tokens(analyzer, written.strip(), 0, written.strip().length());
                List<String> analysed = writtenTokens.stream().map(Token::term).toList();
                if (analysed.isEmpty()) {
                    continue; // only stop words ("IT"): nothing a text could be matched on
                }
                Check check = Check.NONE;
                if (written.contains("+") || written.contains("#")) {
                    check = Check.WRITTEN_FORM;
                } else if (analysed.size() == 1 && analysed.getFirst().length() == 1) {
                    check = Check.CAPITAL_LETTER_IN_A_LIST;
                }
                index.computeIfAbsent(analysed.getFirst(), first -> new ArrayList<>())
                        .add(new Wording(term.key(), written.strip(), analysed, check,
                                written.strip().substring(0, writtenTokens.getFirst().start())));
            }
        }
        // longest first; the sort is stable, so among equal lengths the catalog's order decides
        Map<String, List<Wording>> sorted = new HashMap<>();
        index.forEach((first, list) -> {
            list.sort(Comparator.comparingInt((Wording w) -> w.terms().size()).reversed());
            sorted.put(first, List.copyOf(list));
        });
        this.byFirstTerm = Map.copyOf(sorted);
    }

    /** The analysed tokens of {@code text[from, to)}, their offsets in {@code text}. */
    static List<Token> tokens(Analyzer analyzer, String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("posting", new StringReader(text.substring(from, to)))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), from + offset.startOffset(), from + offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return tokens;
    }

    /** Every entry named in the tokens of one piece of text, left to right, without overlaps. */
    List<Match> find(String text, List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match match = matchAt(text, tokens, i);
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                i = match.lastToken() + 1;
            }
        }
        return matches;
    }

    private Match matchAt(String text, List<Token> tokens, int i) {
        List<Wording> candidates = byFirstTerm.get(tokens.get(i).term());
        if (candidates == null) {
            return null;
        }
        for (Wording wording : candidates) {
            int length = wording.terms().size();
            if (i + length > tokens.size()) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < length && same; k++) {
                same = tokens.get(i + k).term().equals(wording.terms().get(k));
            }
            Token first = tokens.get(i);
            Token last = tokens.get(i + length - 1);
            if (same && written(text, first, wording)) {
                // a written form ("C++") covers its symbols too, which the tokenizer left out of the token
                int end = wording.check() == Check.WRITTEN_FORM && length == 1
                        ? first.start() + wording.written().length() : last.end();
                String prefix = wording.droppedPrefix();
                boolean prefixWritten = !prefix.isEmpty() && first.start() >= prefix.length()
                        && text.regionMatches(true, first.start() - prefix.length(), prefix, 0, prefix.length());
                int start = prefixWritten ? first.start() - prefix.length() : first.start();
                return new Match(wording.key(), wording.written(), i, i + length - 1, new Span(start, end));
            }
        }
        return null;
    }

    private static boolean written(String text, Token first, Wording wording) {
        return switch (wording.check()) {
            case NONE -> true;
            case WRITTEN_FORM -> text.regionMatches(true, first.start(), wording.written(), 0, wording.written().length())
                    && !isWordChar(text, first.start() + wording.written().length());
            case CAPITAL_LETTER_IN_A_LIST -> standsAsName(text, first);
        };
    }

    /**
     * Whether a one-letter token (the tool R) stands as a name: written as a capital letter on its own, and listed
     * ("Python, R", "R/SQL", "(R)") or named as a language ("Python or R", "in R", "R programming"). The letter r
     * of ordinary words, a capital R at the start of a sentence, or "R&D" meet none of these.
     */
    static boolean standsAsName(String text, Token token) {
        if (token.end() - token.start() != 1 || !Character.isUpperCase(text.charAt(token.start()))) {
            return false;
        }
        int before = token.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = token.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        char previous = before >= 0 ? text.charAt(before) : '\n';
        char next = after < text.length() ? text.charAt(after) : '\n';
        // '&' is left out on purpose: "R&D" is not the language
        if (",/(".indexOf(previous) >= 0 || ",/);".indexOf(next) >= 0) {
            return true;
        }
        return WORDS_BEFORE_A_LANGUAGE.contains(wordEndingAt(text, before))
                || WORDS_AFTER_A_LANGUAGE.contains(wordStartingAt(text, after));
    }

    private static String wordEndingAt(String text, int end) {
        int start = end;
        while (start >= 0 && Character.isLetter(text.charAt(start))) {
            start--;
        }
        return text.substring(start + 1, end + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String wordStartingAt(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isWordChar(String text, int index) {
        return index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }
}

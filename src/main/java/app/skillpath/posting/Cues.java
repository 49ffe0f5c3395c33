package app.skillpath.posting;

import app.skillpath.catalog.EducationLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording around a mention that says how it is asked: must or nice, how deep, which degree. Found with
 * case-insensitive patterns on the original text (so their offsets are the text's), inside one sentence.
 */
final class Cues {

    /** A cue found in a sentence: where, its words, and what it says (a level, a degree, must or nice). */
    record Cue<T>(int start, int end, String words, T says) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String APOSTROPHE = "['\u2019]";

    private static final Pattern NICE = Pattern.compile("\\b(nice[- ]to[- ]have|preferred|preferably|(is |are |as |a |would be )(a )?(big |huge |definite |strong |real )?plus|pluses"
            + "|bonus( points)?|ideally|desirable|desired|advantageous|an advantage|an asset|good to have|great to have"
            + "|would be (great|nice|helpful)|not (strictly )?required|optional|beneficial|helpful|we" + APOSTROPHE + "?d love"
            + "|would love)\\b", FLAGS);
    private static final Pattern MUST = Pattern.compile("\\b(must|required|requires?|requirements?|essential|mandatory)\\b", FLAGS);

    private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    private static final Pattern YEARS = Pattern.compile("\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
            + "\\s*(?:\\+|plus)?\\s*(?:(?:-|\u2013|to)\\s*(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\s*\\+?\\s*)?"
            + "(?:years?|yrs?)\\b(?:\\s+of)?(?:\\s+(?:professional|relevant|industry|hands-on|practical|proven|work|working))?"
            + "(?:\\s+experience)?(?:\\s+(?:with|in|using|building|leading|managing|doing))?", FLAGS);
    /**
     * "Lead" asks for depth as a verb ("lead the modelling", "leading experiments"), not as a noun: "with the product
     * lead", "a team lead", "our tech lead" name a person, so a "lead" after such a word is no level cue.
     */
    private static final String LEAD_AS_A_VERB = "(?<!\\b(?:product|team|tech|technical|project|programme|program|engineering"
            + "|design|data|analytics|marketing|sales|business|your|our|the|a)\\s)(?:lead|leads|leading|led)";
    /** Wordings that say how deep, with the level they ask for (longer wordings win over those inside them). */
    private static final List<Map.Entry<Pattern, Integer>> LEVELS = List.of(
            Map.entry(Pattern.compile("\\b(familiarity|familiar|exposure|basic|basics|some experience|working knowledge"
                    + "|awareness|introductory|entry[- ]level)\\b", FLAGS), 2),
            Map.entry(Pattern.compile("\\b(experience (with|in|using|building|deploying|developing|designing|running)"
                    + "|experienced|proficiency|proficient|strong|solid|hands[- ]on|fluency|fluent|skilled|comfortable"
                    + "|proven experience|good knowledge|practical experience)\\b", FLAGS), 3),
            Map.entry(Pattern.compile("\\b(expert|experts|expertise|deep (expertise|knowledge|understanding|experience)"
                    + "|mastery|advanced|extensive( experience)?|" + LEAD_AS_A_VERB + "|world[- ]class|authority"
                    + "|recogni[sz]ed)\\b", FLAGS), 4));
    /**
     * Sentences of an open section (no heading, or one that says nothing) count only when they address the candidate
     * or ask something; "We build fraud models in Python" describes the company.
     */
    private static final Pattern CANDIDATE = Pattern.compile("\\b(you|your|you" + APOSTROPHE + "(ll|re|ve)|candidates?"
            + "|applicants?|experience|experienced|knowledge|skills?|ability|abilities|able to|proficien\\w*|familiar\\w*"
            + "|expert\\w*|degree|background|understanding|required|must|preferred|plus|bonus|ideally|years|strong|solid"
            + "|comfortable|hands-on|looking for|seeking|should|qualifications?)\\b", FLAGS);

    /**
     * Sentences that say what is not asked ("you will not be writing production code", "we do not expect you to have
     * used it") ask nothing, whatever they name.
     */
    private static final Pattern NOT_ASKED = Pattern.compile("\\b(you will not|you won" + APOSTROPHE + "t|you" + APOSTROPHE
            + "ll not|(do not|don" + APOSTROPHE + "t) (expect|require|need to)|no need to|not expected to"
            + "|you do not need|you don" + APOSTROPHE + "t need|is not required of you)\\b", FLAGS);

    private static final List<Map.Entry<Pattern, EducationLevel>> DEGREES = List.of(
            Map.entry(Pattern.compile("\\b(bachelor" + APOSTROPHE + "?s?|undergraduate degree|four[- ]year degree"
                    + "|college degree|university degree)", FLAGS), EducationLevel.BACHELOR),
            Map.entry(Pattern.compile("\\b(B\\.S\\.|B\\.Sc\\.|B\\.A\\.|(BS|BSc|BA|BEng)\\b)"), EducationLevel.BACHELOR),
            Map.entry(Pattern.compile("\\b(master" + APOSTROPHE + "?s?\\b|graduate degree|advanced degree|postgraduate degree)", FLAGS),
                    EducationLevel.MASTER),
            Map.entry(Pattern.compile("\\b(M\\.S\\.|M\\.Sc\\.|(MS|MSc|MA|MBA|MEng)\\b)"), EducationLevel.MASTER),
            Map.entry(Pattern.compile("\\b(ph\\.?\\s?d\\b\\.?|doctorate|doctoral)", FLAGS), EducationLevel.DOCTORATE));
    private static final Pattern DEGREE = Pattern.compile("\\bdegrees?\\b", FLAGS);
    private static final Pattern RELATED = Pattern.compile("\\b(related|relevant|similar|quantitative|technical|equivalent"
            + "|stem|other|another)\\s+(field|discipline|area|subject|degree|major)s?\\b|\\bor related\\b", FLAGS);

    private Cues() {
    }

    static List<Cue<Boolean>> mustOrNice(String text, int from, int to) {
        List<Cue<Boolean>> nice = find(NICE, text, from, to, false);
        List<Cue<Boolean>> cues = new ArrayList<>(nice);
        // "not required" is nice; the "required" inside it says nothing of its own
        find(MUST, text, from, to, true).stream().filter(must -> nice.stream().noneMatch(n -> inside(must, n))).forEach(cues::add);
        return cues;
    }

    static List<Cue<Integer>> levels(String text, int from, int to) {
        List<Cue<Integer>> found = new ArrayList<>();
        Matcher years = YEARS.matcher(text).region(from, to);
        while (years.find()) {
            found.add(new Cue<>(years.start(), years.end(), years.group(), levelForYears(number(years.group(1)))));
        }
        for (Map.Entry<Pattern, Integer> level : LEVELS) {
            found.addAll(find(level.getKey(), text, from, to, level.getValue()));
        }
        return withoutNested(found);
    }

    /**
     * Years of experience asked for, as a level: 1-2 years working knowledge (2), 3-4 proficient (3), 5 or more expert
     * (4). A range counts by its lower end, as that is what the posting accepts.
     */
    static int levelForYears(int years) {
        if (years >= 5) {
            return 4;
        }
        return years >= 3 ? 3 : 2;
    }

    static boolean addressesCandidate(String text, int from, int to) {
        return CANDIDATE.matcher(text).region(from, to).find();
    }

    static boolean saysNotAsked(String text, int from, int to) {
        // every wording of NOT_ASKED has "not", "n't" or "no need": look for those before running the pattern
        boolean negation = false;
        for (int i = from; i + 2 < to && !negation; i++) {
            char c = text.charAt(i);
            negation = (c == 'n' || c == 'N') && (text.regionMatches(true, i, "not", 0, 3)
                    || text.regionMatches(true, i, "no need", 0, 7)
                    || text.regionMatches(true, i, "n't", 0, 3) || text.regionMatches(true, i, "n\u2019t", 0, 3));
        }
        return negation && NOT_ASKED.matcher(text).region(from, to).find();
    }

    /**
     * Whether an analysed term may belong to a degree's wording (checked on the sentence's tokens before the degree
     * patterns run): "bachelor", "master", "phd"/"ph.d", "doctor...", "degre(e)", "...gradu(ate)", the short forms.
     */
    static boolean mayNameDegree(String term) {
        return DEGREE_TERMS.contains(term) || term.startsWith("bachelor") || term.startsWith("master")
                || term.startsWith("ph") && term.length() <= 4 || term.startsWith("doctor") || term.startsWith("degre")
                || term.contains("gradu") || term.startsWith("b.") || term.startsWith("m.");
    }

    private static final java.util.Set<String> DEGREE_TERMS = java.util.Set.of("bs", "bsc", "ba", "beng", "ms", "msc",
            "ma", "mba", "meng");

    static List<Cue<EducationLevel>> degrees(String text, int from, int to) {
        List<Cue<EducationLevel>> found = new ArrayList<>();
        for (Map.Entry<Pattern, EducationLevel> degree : DEGREES) {
            found.addAll(find(degree.getKey(), text, from, to, degree.getValue()));
        }
        return withoutNested(found);
    }

    /** A bare "degree" ("a degree in Statistics"): taken as a bachelor's when the sentence names a field. */
    static List<Cue<EducationLevel>> bareDegrees(String text, int from, int to) {
        return find(DEGREE, text, from, to, EducationLevel.BACHELOR);
    }

    static List<Cue<Boolean>> relatedFields(String text, int from, int to) {
        return find(RELATED, text, from, to, true);
    }

    private static <T> List<Cue<T>> find(Pattern pattern, String text, int from, int to, T says) {
        List<Cue<T>> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text).region(from, to);
        while (matcher.find()) {
            found.add(new Cue<>(matcher.start(), matcher.end(), matcher.group().strip(), says));
        }
        return found;
    }

    private static <T> List<Cue<T>> withoutNested(List<Cue<T>> cues) {
        return cues.stream()
                .filter(cue -> cues.stream().noneMatch(other -> other != cue && inside(cue, other)
                        && (other.end() - other.start() > cue.end() - cue.start())))
                .sorted(java.util.Comparator.comparingInt(Cue::start))
                .toList();
    }

    static boolean inside(Cue<?> inner, Cue<?> outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    private static int number(String text) {
        Integer word = NUMBERS.get(text.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(text);
    }
}

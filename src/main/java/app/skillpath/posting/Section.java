package app.skillpath.posting;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a heading says about the lines under it: they are must-have requirements (or duties, which ask for the same),
 * nice-to-have ones, neutral text about the company that asks nothing of the candidate, or open (no heading yet, or
 * one that says neither), where only sentences that address the candidate count.
 */
enum Section {
    MUST, NICE, NEUTRAL, OPEN;

    // checked in this order: "Preferred qualifications" is nice although "qualifications" alone is must,
    // and "About you" is must although "About us" is neutral
    private static final Pattern NICE_HEADING = Pattern.compile(
            "nice[- ]to[- ]haves?|preferred|bonus|\\bplus(es)?\\b|desirable|desired|ideally|extra credit|good to have"
                    + "|great to have|would be (great|nice)|we'?d love|would love|stand out|not required|optional"
                    + "|added advantage");
    private static final Pattern MUST_HEADING = Pattern.compile(
            "requirement|required|qualification|must|what you('ll| will)? bring|you (have|bring|are|will|need)|you'll"
                    + "|about you|who you are|responsibilit|what you('ll| will)? do|your role|in this role|duties"
                    + "|skills|experience|expertise|looking for|what we look for|essential|minimum|competenc|education"
                    + "|your background|day[- ]to[- ]day|your impact|what it takes");
    private static final Pattern OPEN_HEADING = Pattern.compile(
            "about (the|this) (role|job|position|opportunity)|the role|the opportunity|overview|summary|the position");
    private static final Pattern NEUTRAL_HEADING = Pattern.compile(
            "about|benefit|perks|company|who we are|why (join|us|work)|we offer|compensation|salary|\\bpay\\b|location"
                    + "|equal opportunit|culture|values|how to apply|\\bapply|mission|life at|\\bteam\\b|diversity"
                    + "|working here|hiring process|interview|what's in it|rewards");

    /** What a heading's words say, if they say anything; a heading saying nothing known opens an open section. */
    static Optional<Section> ofHeading(String heading) {
        String text = heading.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (NICE_HEADING.matcher(text).find()) {
            return Optional.of(NICE);
        }
        if (MUST_HEADING.matcher(text).find()) {
            return Optional.of(MUST);
        }
        if (OPEN_HEADING.matcher(text).find()) {
            return Optional.of(OPEN);
        }
        if (NEUTRAL_HEADING.matcher(text).find()) {
            return Optional.of(NEUTRAL);
        }
        return Optional.empty();
    }

    boolean asksSomething() {
        return this == MUST || this == NICE;
    }
}

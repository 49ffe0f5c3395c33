package app.skillpath.posting;

import app.skillpath.catalog.EducationLevel;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a pasted job posting and proposes what a target built from it asks for: catalog skills (must-have or
 * nice-to-have, level, weight), catalog tools, education, and the requirements that name nothing in the catalog.
 * Plain Java with Apache Lucene's English analysis; immutable and thread-safe, built once per catalog (the names and
 * aliases are analysed here, in the constructor).
 *
 * <h2>Matching</h2>
 * The posting is analysed with Lucene's {@link EnglishAnalyzer} (standard tokenizer, possessives, lower case, English
 * stop words, Porter stemming), keeping each token's offsets, so every proposal's evidence is a {@link Span} of the
 * original text. A catalog name or alias matches where its own analysed terms occur in sequence in one sentence:
 * "statistical models" finds the alias "statistical modelling", "pipelines" finds "pipeline"; the longest wording wins
 * at a place, and a place names one skill, one tool and one field at most. Two wordings lose what made them distinct
 * when analysed and are checked against the written text: "C++" (the tokenizer keeps only "c") must be written "C++",
 * and the one-letter tool R must be a capital R standing as a list item or language name ("Python, R", "R/SQL",
 * "Python or R", "in R", "R programming"); a capital R anywhere else is not taken for the language.
 *
 * <h2>Sections</h2>
 * The text is split into lines, list items and sentences. Headings (a markdown {@code #} line, a short line ending in
 * ':', a short line in capitals, a short line standing alone) set the section of the lines below them: must-have
 * ("Requirements", "What you'll bring", "You have", "Qualifications", "Must have", "Minimum qualifications", and the
 * duties: "Responsibilities", "What you'll do"), nice-to-have ("Nice to have", "Preferred", "Bonus", "Pluses"), or
 * neutral ("About us", "Benefits", "Company"): mentions in neutral sections are not requirements ("we publish national
 * statistics" asks nothing of the candidate) and are ignored, tools included. Text under no heading, or under one that
 * says neither, is open: its list items count as must-have, and so do its sentences that address the candidate or ask
 * something ("you", "experience", "skills", "degree", "required", ...); sentences that only describe the company are
 * skipped for skills (a tool they name is still reported). "Label: text" on one line puts that line under the label.
 * Wording in the sentence overrides the section: "preferred", "a plus", "bonus", "nice to have", "ideally" and the like
 * make a mention nice-to-have, "must" and "required" make it must-have; the cue nearest to the mention counts. A skill
 * asked both ways is a must-have. A sentence that says what is not asked ("you will not be writing production code",
 * "we do not expect you to have used it") asks nothing, tools included, and a mention followed by "you" is done to the
 * candidate ("senior scientists who will mentor you"), not asked of them. A list item wrapped over several lines is
 * read as one; a paragraph after a list and a blank line is open again ("We are an equal opportunity employer").
 *
 * <h2>Level and weight</h2>
 * The level comes from the wording nearest to the mention in its sentence (words before the mention count double
 * before words after it): "familiarity", "exposure", "basic", "working knowledge" 2; "experience with", "proficiency",
 * "proficient", "strong", "solid", "hands-on" 3; "expert", "deep expertise", "lead"/"leading", "mastery", "advanced",
 * "extensive" 4; years of experience by their lower end: 1-2 years 2, 3-4 years 3, 5 or more years 4. Without such
 * wording a must-have is 3 (proficient, the level a plain requirement asks for) and a nice-to-have 2. A skill's level
 * is the highest asked under its winning reading. Weight: must-have 3, nice-to-have 1.
 *
 * <h2>Education</h2>
 * Sentences naming a degree (Bachelor's/BS/BSc/undergraduate degree; Master's/MS/MSc/MBA/advanced degree;
 * PhD/doctorate; or a bare "degree" next to a field) give the education: the lowest degree asked as a must is the
 * minimum, the lowest higher one asked as nice ("Master's preferred") the preferred; each must/nice cue there belongs to
 * the degree nearest to it. Fields are catalog fields of study named in those sentences (names and aliases: "Computer
 * Science", "CS", "Statistics", "Math"); "or a related field" (related, relevant, quantitative, STEM, ... field or
 * discipline) accepts related fields. A field's words there are not also read as a skill.
 *
 * <h2>Not in the catalog</h2>
 * Each line or list item under a must-have or nice-to-have heading that names no skill, tool or degree is listed as not
 * in the catalog (trimmed, at most 200 characters each, at most 30).
 */
public final class PostingAnalyzer {

    public static final int MAX_CHARACTERS = 20_000;
    public static final int MUST_HAVE_WEIGHT = 3;
    public static final int NICE_TO_HAVE_WEIGHT = 1;
    public static final int MUST_HAVE_DEFAULT_LEVEL = 3;
    public static final int NICE_TO_HAVE_DEFAULT_LEVEL = 2;
    public static final int MAX_UNMATCHED = 30;
    public static final int MAX_UNMATCHED_CHARACTERS = 200;

    private final Analyzer analyzer;
    private final TermMatcher skills;
    private final TermMatcher tools;
    private final TermMatcher fields;

    public PostingAnalyzer(Vocabulary vocabulary) {
        // Lucene's analyzers are thread-safe: each thread gets its own reused token stream
        this.analyzer = new EnglishAnalyzer();
        this.skills = new TermMatcher(analyzer, vocabulary.skills());
        this.tools = new TermMatcher(analyzer, vocabulary.tools());
        this.fields = new TermMatcher(analyzer, vocabulary.fields());
    }

    /**
     * Proposes what the posting asks for.
     *
     * @throws IllegalArgumentException if the posting is null, blank or longer than {@link #MAX_CHARACTERS}
     */
    public PostingAnalysis analyze(String posting) {
        if (posting == null || posting.isBlank()) {
            throw new IllegalArgumentException("The posting is empty: paste the text of a job posting.");
        }
        if (posting.length() > MAX_CHARACTERS) {
            throw new IllegalArgumentException("The posting has " + posting.length() + " characters; at most "
                    + MAX_CHARACTERS + " can be read.");
        }
        return new Reading(posting).read();
    }

    /** One skill's mentions so far, and the one that decides its reading and level. */
    private static final class SkillFinding {
        final List<Span> evidence = new ArrayList<>();
        Mention decisive;
        boolean askedMust;
        boolean askedNice;

        void add(Span span, Mention mention) {
            evidence.add(span);
            askedMust |= mention.must();
            askedNice |= !mention.must();
            if (decisive == null || (mention.must() && !decisive.must())
                    || (mention.must() == decisive.must() && mention.level() > decisive.level())) {
                decisive = mention;
            }
        }
    }

    private record Mention(boolean must, int level, String why, String levelWhy) {
    }

    private record Degree(EducationLevel level, boolean must, Span span) {
    }

    /** The state of reading one posting. */
    private final class Reading {
        private final String text;
        private final Map<String, SkillFinding> skillFindings = new LinkedHashMap<>();
        private final Map<String, List<Span>> toolFindings = new LinkedHashMap<>();
        private final List<Degree> degrees = new ArrayList<>();
        private final Set<String> fieldKeys = new LinkedHashSet<>();
        private final List<Span> educationEvidence = new ArrayList<>();
        private boolean relatedFields;
        private final List<Unmatched> unmatched = new ArrayList<>();

        Reading(String text) {
            this.text = text;
        }

        PostingAnalysis read() {
            for (Layout.Line line : Layout.lines(text)) {
                if (line.section() == Section.NEUTRAL) {
                    continue;
                }
                boolean named = false;
                for (Layout.Unit unit : line.units()) {
                    named |= readUnit(line, unit);
                }
                if (!named && line.section().asksSomething() && unmatched.size() < MAX_UNMATCHED) {
                    int end = Math.min(line.end(), line.start() + MAX_UNMATCHED_CHARACTERS);
                    while (end > line.start() && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    // a wrapped item reads as one line
                    unmatched.add(new Unmatched(text.substring(line.start(), end).replaceAll("\\s+", " "),
                            new Span(line.start(), end)));
                }
            }
            return new PostingAnalysis(skillProposals(), toolProposals(), education(), unmatched);
        }

        /** Reads one sentence; whether it named anything (a skill, tool or degree). */
        private boolean readUnit(Layout.Line line, Layout.Unit unit) {
            if (Cues.saysNotAsked(text, unit.start(), unit.end())) {
                return false;
            }
            List<TermMatcher.Token> tokens = TermMatcher.tokens(analyzer, text, unit.start(), unit.end());
            boolean named = false;
            for (TermMatcher.Match tool : tools.find(text, tokens)) {
                toolFindings.computeIfAbsent(tool.key(), key -> new ArrayList<>()).add(tool.span());
                named = true;
            }
            List<TermMatcher.Match> skillMatches = skills.find(text, tokens);
            boolean degreeWords = tokens.stream().anyMatch(token -> Cues.mayNameDegree(token.term()));
            if (skillMatches.isEmpty() && !degreeWords) {
                return named; // the wording cues below only matter for what was named (and they cost the most)
            }
            List<Cues.Cue<Boolean>> readingCues = Cues.mustOrNice(text, unit.start(), unit.end());
            List<TermMatcher.Match> fieldMatches = List.of();
            if (degreeWords) {
                fieldMatches = fields.find(text, tokens);
                List<Cues.Cue<Boolean>> related = Cues.relatedFields(text, unit.start(), unit.end());
                List<Cues.Cue<EducationLevel>> degreeCues = new ArrayList<>(Cues.degrees(text, unit.start(), unit.end()));
                if (!fieldMatches.isEmpty() || !related.isEmpty()) {
                    // "a degree in statistics ... a Master's is a plus": the bare degree is a bachelor's of its own,
                    // but the "degree" of "Master's degree" is the master's
                    List<Cues.Cue<EducationLevel>> written = List.copyOf(degreeCues);
                    Cues.bareDegrees(text, unit.start(), unit.end()).stream()
                            .filter(bare -> written.stream().noneMatch(degree -> degree.end() <= bare.start()
                                    && text.substring(degree.end(), bare.start()).isBlank()))
                            .forEach(degreeCues::add);
                    degreeCues.sort(Comparator.comparingInt(Cues.Cue::start));
                }
                if (degreeCues.isEmpty()) {
                    fieldMatches = List.of();
                } else {
                    readEducation(line, degreeCues, readingCues, fieldMatches, related);
                    named = true;
                }
            }
            if (skillMatches.isEmpty()) {
                return named;
            }
            boolean asked = line.bullet() || line.section() != Section.OPEN
                    || Cues.addressesCandidate(text, unit.start(), unit.end());
            if (!asked) {
                return named;
            }
            List<Cues.Cue<Integer>> levelCues = Cues.levels(text, unit.start(), unit.end());
            for (TermMatcher.Match skill : skillMatches) {
                List<TermMatcher.Match> fieldsHere = fieldMatches;
                if (fieldsHere.stream().anyMatch(field -> overlap(field.span(), skill.span()))) {
                    continue; // "a degree in Statistics" asks for the degree, not for the skill
                }
                if (doneToTheCandidate(skill.span())) {
                    continue; // "senior colleagues who will mentor you": the candidate receives it
                }
                skillFindings.computeIfAbsent(skill.key(), key -> new SkillFinding())
                        .add(skill.span(), mention(line, skill.span(), readingCues, levelCues));
                named = true;
            }
            return named;
        }

        /** Whether the words right after a mention are "you": what is done to the candidate, not asked of them. */
        private boolean doneToTheCandidate(Span span) {
            int i = span.end();
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return text.regionMatches(true, i, "you", 0, 3) && (i + 3 == text.length() || !Character.isLetter(text.charAt(i + 3)));
        }

        private Mention mention(Layout.Line line, Span span, List<Cues.Cue<Boolean>> readingCues,
                                List<Cues.Cue<Integer>> levelCues) {
            Optional<Cues.Cue<Boolean>> readingCue = nearest(readingCues, span, 1);
            boolean must;
            String why;
            if (readingCue.isPresent()) {
                must = readingCue.get().says();
                why = (must ? "Must-have" : "Nice-to-have") + ": the posting says \"" + readingCue.get().words() + "\" here";
            } else if (line.section() == Section.OPEN) {
                must = true;
                why = "Must-have: asked of the candidate without any nice-to-have wording";
            } else {
                must = line.section() == Section.MUST;
                why = (must ? "Must-have" : "Nice-to-have") + ": asked under \"" + line.heading() + "\"";
            }
            Optional<Cues.Cue<Integer>> levelCue = nearest(levelCues, span, 2);
            int level;
            String levelWhy;
            if (levelCue.isPresent()) {
                level = levelCue.get().says();
                levelWhy = "level " + level + " from \"" + levelCue.get().words() + "\"";
            } else {
                level = must ? MUST_HAVE_DEFAULT_LEVEL : NICE_TO_HAVE_DEFAULT_LEVEL;
                levelWhy = "level " + level + ": no wording about depth, so the " + (must ? "must-have" : "nice-to-have")
                        + " default";
            }
            return new Mention(must, level, why, levelWhy);
        }

        private void readEducation(Layout.Line line, List<Cues.Cue<EducationLevel>> degreeCues,
                                   List<Cues.Cue<Boolean>> readingCues, List<TermMatcher.Match> fieldMatches,
                                   List<Cues.Cue<Boolean>> related) {
            // each must/nice cue belongs to the degree nearest to it: "BS required, MS preferred"
            Map<Cues.Cue<EducationLevel>, Cues.Cue<Boolean>> cueOf = new HashMap<>();
            Map<Cues.Cue<EducationLevel>, Integer> cueDistance = new HashMap<>();
            for (Cues.Cue<Boolean> cue : readingCues) {
                Cues.Cue<EducationLevel> degree = degreeCues.stream()
                        .min(Comparator.comparingInt(d -> distance(cue, new Span(d.start(), d.end()), 1))).orElseThrow();
                int distance = distance(cue, new Span(degree.start(), degree.end()), 1);
                if (distance < cueDistance.getOrDefault(degree, Integer.MAX_VALUE)) {
                    cueOf.put(degree, cue);
                    cueDistance.put(degree, distance);
                }
            }
            for (Cues.Cue<EducationLevel> degree : degreeCues) {
                Cues.Cue<Boolean> cue = cueOf.get(degree);
                boolean must = cue != null ? cue.says() : line.section() != Section.NICE;
                Span span = new Span(degree.start(), degree.end());
                degrees.add(new Degree(degree.says(), must, span));
                educationEvidence.add(span);
            }
            for (TermMatcher.Match field : fieldMatches) {
                fieldKeys.add(field.key());
                educationEvidence.add(field.span());
            }
            for (Cues.Cue<Boolean> cue : related) {
                relatedFields = true;
                educationEvidence.add(new Span(cue.start(), cue.end()));
            }
        }

        private List<SkillProposal> skillProposals() {
            List<SkillProposal> proposals = new ArrayList<>();
            skillFindings.forEach((key, finding) -> {
                Mention decisive = finding.decisive;
                String reading = decisive.why() + "; " + decisive.levelWhy() + "."
                        + (finding.askedMust && finding.askedNice ? " Asked both ways: a must-have wins." : "");
                proposals.add(new SkillProposal(key, decisive.must(), decisive.level(),
                        decisive.must() ? MUST_HAVE_WEIGHT : NICE_TO_HAVE_WEIGHT, sorted(finding.evidence), reading));
            });
            return proposals;
        }

        private List<ToolProposal> toolProposals() {
            return toolFindings.entrySet().stream()
                    .map(found -> new ToolProposal(found.getKey(), sorted(found.getValue())))
                    .toList();
        }

        private Optional<EducationProposal> education() {
            if (degrees.isEmpty()) {
                return Optional.empty();
            }
            EducationLevel minimum = degrees.stream().filter(Degree::must).map(Degree::level)
                    .min(Comparator.naturalOrder()).orElse(EducationLevel.NONE);
            Optional<EducationLevel> preferred = degrees.stream().filter(degree -> !degree.must()).map(Degree::level)
                    .filter(level -> level.compareTo(minimum) > 0).min(Comparator.naturalOrder());
            return Optional.of(new EducationProposal(minimum, preferred, List.copyOf(fieldKeys), relatedFields,
                    sorted(educationEvidence)));
        }
    }

    /**
     * The cue nearest to a span in the same sentence: the gap in characters, times {@code afterFactor} for a cue after
     * the span (wording before a mention usually qualifies it: "strong Python"), nothing for one overlapping it.
     */
    private static <T> Optional<Cues.Cue<T>> nearest(List<Cues.Cue<T>> cues, Span span, int afterFactor) {
        return cues.stream().min(Comparator.comparingInt(cue -> distance(cue, span, afterFactor)));
    }

    private static int distance(Cues.Cue<?> cue, Span span, int afterFactor) {
        if (cue.end() <= span.start()) {
            return span.start() - cue.end();
        }
        if (cue.start() >= span.end()) {
            return (cue.start() - span.end()) * afterFactor + (afterFactor > 1 ? 1 : 0);
        }
        return 0;
    }

    private static boolean overlap(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static List<Span> sorted(List<Span> spans) {
        return spans.stream().distinct().sorted(Comparator.comparingInt(Span::start).thenComparingInt(Span::end)).toList();
    }
}

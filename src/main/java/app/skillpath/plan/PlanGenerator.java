package app.skillpath.plan;

import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.FieldOfStudy;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.catalog.Tip;
import app.skillpath.catalog.TipKind;
import app.skillpath.catalog.Tool;
import app.skillpath.scoring.Answers;
import app.skillpath.scoring.Contribution;
import app.skillpath.scoring.FitScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a role's ranked gaps into plan steps (plain Java). In gap order: one step per skill gap,
 * naming the level move and the article's tips for that skill; education, if unmet, as a long-term
 * step at its rank. Then the evidence tips (build projects) for the skills with gaps, and the tips
 * without a gap behind them (stay up to date) as one recurring step.
 */
public final class PlanGenerator {

    /** Hours per level step for a skill the article gives no tip for. */
    public static final int DEFAULT_HOURS_PER_LEVEL_STEP = 30;

    private PlanGenerator() {
    }

    public static List<StepDraft> generate(Role role, FitScore score, Answers answers, Map<String, Skill> skills,
                                           Map<String, Tool> tools, Map<String, FieldOfStudy> fields) {
        return generate(PlanBasis.of(role, skills), score, answers, tools, fields);
    }

    /** The steps for a role's or a target's gaps (see the class comment); a custom skill counts its owner's hours per level. */
    public static List<StepDraft> generate(PlanBasis basis, FitScore score, Answers answers, Map<String, Tool> tools,
                                           Map<String, FieldOfStudy> fields) {
        List<StepDraft> steps = new ArrayList<>();
        List<PlanBasis.Need> gapSkills = new ArrayList<>();
        for (Contribution gap : score.rankedGaps()) {
            if (gap.kind() == Contribution.Kind.EDUCATION) {
                basis.education().ifPresent(education -> steps.add(educationStep(education, answers, fields)));
            } else {
                PlanBasis.Need need = basis.need(gap.key()).orElseThrow();
                steps.add(skillStep(basis, need, answers.rating(gap.key()), answers.ratings().containsKey(gap.key()), tools));
                gapSkills.add(need);
            }
        }
        for (Tip tip : basis.tips()) {
            if (tip.kind() == TipKind.EVIDENCE) {
                // in the tip's order of skills, as the article names them
                List<String> demonstrated = tip.skillKeys().stream()
                        .flatMap(key -> gapSkills.stream().filter(need -> need.skillKey().equals(key)))
                        .map(PlanBasis.Need::name).toList();
                if (!demonstrated.isEmpty()) {
                    steps.add(evidenceStep(tip, demonstrated));
                }
            }
        }
        for (Tip tip : basis.tips()) {
            if (tip.kind() == TipKind.ONGOING) {
                steps.add(new StepDraft("ongoing:" + tip.key(), StepKind.ONGOING, "Every week: " + lowerFirst(tip.text()),
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of(tip.text()),
                        "Set aside an hour a week to read about or try one new technique or tool, and note what you learned.",
                        Optional.empty()));
            }
        }
        return steps;
    }

    private static StepDraft skillStep(PlanBasis basis, PlanBasis.Need need, int current, boolean rated, Map<String, Tool> tools) {
        List<Tip> tips = basis.tips().stream()
                .filter(tip -> tip.kind() == TipKind.SKILL && tip.skillKeys().contains(need.skillKey()))
                .toList();
        int hoursPerStep = tips.isEmpty() ? need.ownHoursPerLevel().orElse(DEFAULT_HOURS_PER_LEVEL_STEP)
                : tips.getFirst().hoursPerLevelStep();
        int levels = need.requiredLevel() - current;
        int effort = hoursPerStep * levels;
        String toolsNamed = tips.stream().flatMap(tip -> tip.toolKeys().stream()).distinct()
                .map(key -> tools.get(key).name()).collect(Collectors.joining(", "));
        String noTip = need.isOwnSkill()
                ? " (This is a skill of your own: the article gives no tip for it, and the hours per level are your own estimate.)"
                : " (The article gives no tip for this skill.)";
        // a skill of the user's own keeps the capitals they gave it ("Kubernetes")
        String action = "Spend about " + effort + " hours on " + (need.isOwnSkill() ? need.name() : lowerFirst(need.name()))
                + (toolsNamed.isEmpty() ? "" : ", working with " + toolsNamed)
                + ": a course, a book or guided exercises, about " + hoursPerStep + " hours per level"
                + ". Then rate yourself again."
                + (tips.isEmpty() ? noTip : "");
        String title = need.name() + ": from " + (rated ? ProficiencyLevel.of(current).display() : "not rated yet") + " to "
                + ProficiencyLevel.of(need.requiredLevel()).display();
        return new StepDraft("skill:" + need.skillKey(), StepKind.SKILL, title, Optional.of(need.skillKey()),
                Optional.of(current), Optional.of(need.requiredLevel()), tips.stream().map(Tip::text).toList(), action,
                Optional.of(effort));
    }

    private static StepDraft educationStep(PlanBasis.EducationNeed education, Answers answers, Map<String, FieldOfStudy> fields) {
        EducationLevel minimum = education.minimum();
        String fieldNames = education.fieldKeys().stream().map(key -> fields.get(key).name())
                .collect(Collectors.joining(", "));
        if (education.relatedFieldsAccepted()) {
            fieldNames += fieldNames.isEmpty() ? "a related field" : " or a related field";
        }
        String inFields = fieldNames.isEmpty() ? "" : " in " + fieldNames;
        String from = answers.education().map(EducationLevel::label).orElse("not answered");
        String title = "Education (long-term): from " + from + " to " + minimum.label() + inFields;
        String action = "A long-term step: plan a " + minimum.label().toLowerCase(java.util.Locale.ROOT)
                + " or equivalent study" + inFields + ". If you already have one, update your education answer.";
        return new StepDraft("education", StepKind.EDUCATION, title, Optional.empty(), Optional.empty(), Optional.empty(),
                education.askedIn().map(List::of).orElse(List.of()), action, Optional.empty());
    }

    private static StepDraft evidenceStep(Tip tip, List<String> demonstratedNames) {
        String names = demonstratedNames.stream().map(PlanGenerator::lowerFirst).collect(Collectors.joining(" and "));
        int effort = tip.hoursPerLevelStep() * demonstratedNames.size();
        String action = "Build one small project that shows " + names + " (about " + effort
                + " hours), publish it, and add it to your evidence notes.";
        return new StepDraft("evidence:" + tip.key(), StepKind.EVIDENCE, "Show it: " + lowerFirst(tip.text()),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(tip.text()), action, Optional.of(effort));
    }

    /**
     * "Programming" reads "programming" inside a sentence; names such as "R", "C++", "SQL" or
     * "PyTorch" stay as they are: only a first word of one capital and then lower-case letters is changed.
     */
    static String lowerFirst(String text) {
        int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        String rest = text.substring(Math.min(1, end), end);
        boolean ordinaryWord = end > 1 && rest.chars().allMatch(Character::isLowerCase);
        return ordinaryWord ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }
}

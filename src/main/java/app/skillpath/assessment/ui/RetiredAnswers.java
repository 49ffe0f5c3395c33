package app.skillpath.assessment.ui;

import app.skillpath.assessment.SelfAssessment;
import app.skillpath.assessment.SkillRating;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.Markup;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.FieldOfStudy;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.Skill;
import app.skillpath.catalog.Tool;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The user's answers about skills, tools and a field of study that the catalog has since retired. The form no longer
 * asks about them and fit scores leave them out, but the answers are the user's data and are kept: without this
 * section a rating of a retired skill would be visible nowhere on the page where ratings are given. Markup, since
 * nothing here can be changed.
 */
final class RetiredAnswers {

    static final String ID = "retired-answers";

    private RetiredAnswers() {
    }

    /** The section, or nothing when none of the user's answers is about a retired entry. */
    static Optional<HtmlBlock> of(Catalog catalog, SelfAssessment answers) {
        List<String> lines = lines(catalog, answers);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(HtmlBlock.of(root -> {
            Element section = root.appendElement("section").id(ID).addClass("article-section").addClass("retired-answers");
            section.appendElement("h2").text("Retired from the catalog");
            section.appendElement("p").text("The catalog no longer asks about these, so they are not counted in fit "
                    + "scores or put in new plans. Your answers are kept with your data and in your exports.");
            Element list = section.appendElement("ul");
            lines.forEach(line -> {
                Element item = list.appendElement("li");
                item.appendText(line + " ");
                Markup.badge(item, "retired");
            });
        }));
    }

    static List<String> lines(Catalog catalog, SelfAssessment answers) {
        List<String> skills = catalog.retired().skills().stream()
                .sorted(Comparator.comparing(Skill::name))
                .flatMap(skill -> Optional.ofNullable(answers.ratings().get(skill.key()))
                        .map(rating -> skill.name() + ": " + answer(rating)).stream())
                .toList();
        List<String> tools = catalog.retired().tools().stream()
                .filter(tool -> answers.toolKeys().contains(tool.key()))
                .sorted(Comparator.comparing(Tool::name))
                .map(tool -> tool.name() + ": you use it")
                .toList();
        List<String> field = answers.education().fieldKey().flatMap(key -> catalog.retired().fields().stream()
                        .filter(retired -> retired.key().equals(key)).findFirst())
                .map(FieldOfStudy::name).map(name -> "Your field of study: " + name).stream().toList();
        return Stream.of(skills, tools, field).flatMap(List::stream).toList();
    }

    private static String answer(SkillRating rating) {
        String level = rating.level().map(ProficiencyLevel::of).map(ProficiencyLevel::display).orElse("not rated");
        return level + rating.note().map(note -> " (your note: " + note + ")").orElse("");
    }
}

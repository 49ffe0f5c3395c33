package app.skillpath.scoring.ui;

import app.skillpath.assessment.ui.AssessmentView;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Tool;
import app.skillpath.scoring.Contribution;
import app.skillpath.scoring.FitBand;
import app.skillpath.scoring.FitScore;
import app.skillpath.scoring.FitService;
import app.skillpath.scoring.RoleRequirements;
import app.skillpath.target.Target;
import app.skillpath.target.TargetKey;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import app.skillpath.plan.ui.PlanView;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The user's fit for every role, best first: score, band, chart, the same numbers as a table, and why.
 * Read-only, so rendered as markup in one element (HtmlBlock) rather than a tree of components:
 * an open page then holds a few kilobytes on the server instead of a few hundred.
 */
@Menu(order = 4, title = "Your fit", icon = "vaadin:bar-chart")
@Route(value = "fit", layout = MainLayout.class)
@PageTitle("Your fit" + MainLayout.TITLE_SUFFIX)
@PermitAll
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
@JavaScript("context://scripts/fit-chart.js")
public class FitView extends Composite<HtmlBlock> {

    /**
     * The user's target list: a path rather than the view class, because the targets pages show fits built here
     * (FitMarkup), and a class reference back would make the two ui packages a cycle. LinksTest checks it resolves.
     */
    static final String TARGETS_PATH = "targets";

    private final FitService fitService;
    private final CatalogService catalogService;

    public FitView(FitService fitService, CatalogService catalogService) {
        this.fitService = fitService;
        this.catalogService = catalogService;
    }

    /** The page is its main element, its content the markup: no wrapper components. */
    @Override
    protected HtmlBlock initContent() {
        return HtmlBlock.page(SafeHtml.build(this::content), "fit");
    }

    private void content(Element content) {
        FitService.FitOverview overview = fitService.myFit();
        if (!overview.hasAnswers()) {
            startMessage(content);
            return;
        }
        Map<String, RoleRequirements> requirements = Stream.concat(fitService.requirements().stream(),
                        fitService.targetRequirements(overview.targets()).stream())
                .collect(Collectors.toMap(RoleRequirements::roleKey, Function.identity()));
        // custom skills ("custom:7") are rated beside the catalog's, and the chart shows both
        Map<String, Integer> levels = FitService.answers(overview.assessment(), overview.targets()).ratings();
        boolean hasTargets = !overview.targetScores().isEmpty();
        content.appendElement("p").addClass("lead").text("Your fit for each role" + (hasTargets ? " and each of your own targets" : "")
                + " from your self-assessment, best fit first. A skill counts fully once you reach its required level; being "
                + "above it never lowers a score and does not make up for another skill.");
        Element actions = content.appendElement("p").addClass("actions");
        Markup.link(actions, AssessmentView.class, "Change your answers").addClass("button-link");
        Markup.link(actions, TARGETS_PATH, hasTargets ? "Your targets" : "Add a target of your own").addClass("button-link")
                .id("fit-targets-link");
        Map<String, Tool> tools = catalogService.catalog().toolsByKey();
        for (FitScore score : overview.scores()) {
            Optional<Target> target = overview.targets().target(score.roleKey());
            if (target.isPresent()) {
                targetSection(content, score, requirements.get(score.roleKey()), levels, target.get(),
                        overview.assessment().toolKeys(), tools);
            } else {
                Role role = catalogService.role(score.roleKey()).orElseThrow();
                roleSection(content, score, requirements.get(score.roleKey()), levels, role,
                        overview.assessment().toolKeys(), tools);
            }
        }
        formula(content);
    }

    private static void startMessage(Element content) {
        Element message = content.appendElement("div").id("fit-empty").addClass("empty-state");
        message.appendElement("h2").text("Rate yourself first");
        message.appendElement("p").text("Your fit for each role is worked out from your self-assessment, and you "
                + "haven't rated any skills yet. It takes about five minutes; every answer is saved as you go.");
        Markup.link(message, AssessmentView.class, "Start the self-assessment").addClass("button-link").addClass("primary")
                .id("start-assessment");
    }

    private static void roleSection(Element content, FitScore score, RoleRequirements requirements,
                                    Map<String, Integer> levels, Role role, Set<String> toolsUsed, Map<String, Tool> tools) {
        Element section = content.appendElement("section").id("fit-" + score.roleKey())
                .addClass("article-section").addClass("fit-role");
        section.appendElement("h2").text(score.title());
        scored(section, score, requirements, levels);
        Set<String> named = new LinkedHashSet<>(role.tools().toolKeys());
        role.tips().forEach(tip -> named.addAll(tip.toolKeys()));
        toolsLine(section, score.roleKey(), "Tools this role names: ", named, toolsUsed, tools);
        planLink(section, score);
    }

    /** A target of the user's own, shown like a role with the same formula, marked as theirs. */
    private static void targetSection(Element content, FitScore score, RoleRequirements requirements,
                                      Map<String, Integer> levels, Target target, Set<String> toolsUsed, Map<String, Tool> tools) {
        Element section = content.appendElement("section").id("fit-" + score.roleKey())
                .addClass("article-section").addClass("fit-role").addClass("fit-target");
        Element heading = section.appendElement("h2");
        heading.appendElement("span").text(score.title());
        Element badges = section.appendElement("div").addClass("badges");
        Markup.badge(badges, "Your target").addClass("own").id("fit-own-" + score.roleKey());
        target.company().ifPresent(company -> Markup.badge(badges, company).id("fit-company-" + score.roleKey()));
        scored(section, score, requirements, levels);
        if (target.education().isEmpty()) {
            section.appendElement("p").addClass("fine-print").id("fit-no-education-" + score.roleKey())
                    .text("This target asks for no education, so only its skills count.");
        }
        // a tool the catalog retired since the target named it is left out rather than shown by its key
        toolsLine(section, score.roleKey(), "Tools this target names: ",
                target.toolKeys().stream().filter(tools::containsKey).toList(), toolsUsed, tools);
        planLink(section, score);
    }

    /** Headline, summary, chart, table and why: the same for a role and a target. */
    private static void scored(Element section, FitScore score, RoleRequirements requirements, Map<String, Integer> levels) {
        FitMarkup.headline(section, score);
        section.appendElement("p").id("fit-summary-" + score.roleKey()).text(summary(score));
        Element chartAndTable = section.appendElement("div").addClass("fit-details");
        FitChart.appendTo(chartAndTable, requirements, levels);
        FitMarkup.table(chartAndTable, score);
        why(section, score);
    }

    private static void planLink(Element section, FitScore score) {
        Markup.link(section, PlanView.class, QueryParameters.of("role", score.roleKey()), "Plan the way to " + score.title())
                .addClass("button-link").id("plan-link-" + score.roleKey());
    }

    static String summary(FitScore score) {
        List<Contribution> gaps = score.rankedGaps();
        String what = TargetKey.isTarget(score.roleKey()) ? "target" : "role";
        String band = switch (score.band()) {
            case READY -> "You meet nearly everything this " + what + " asks for.";
            case CLOSE -> "You are close: a few gaps stand between you and this " + what + ".";
            case DEVELOPING -> "Several skills this " + what + " needs are still below its required level.";
        };
        if (gaps.isEmpty()) {
            return "You meet everything this " + what + " asks for: no gaps.";
        }
        Contribution top = gaps.getFirst();
        return band + " Closing your biggest gap, " + top.name() + ", would add " + points(top.gapPoints()) + " points.";
    }

    private static void why(Element section, FitScore score) {
        Element details = section.appendElement("details").attr("open", true).id("fit-why-" + score.roleKey());
        details.appendElement("summary").text("Why this score");
        Element content = details.appendElement("div").addClass("details-content");
        List<Contribution> gaps = score.rankedGaps();
        if (gaps.isEmpty()) {
            boolean education = score.contributions().stream().anyMatch(c -> c.kind() == Contribution.Kind.EDUCATION);
            content.appendElement("p").text("No gaps: every skill is at or above its required level"
                    + (education ? " and the education requirement is met." : "."));
        } else {
            content.appendElement("p").text("Your gaps, biggest first. Each would add its points to your fit if closed:");
            Element list = content.appendElement("ol").id("fit-gaps-" + score.roleKey());
            for (Contribution gap : gaps) {
                list.appendElement("li").text(gap.name() + ": required " + gap.required() + ", you " + gap.current()
                        + " (" + points(gap.gapPoints()) + " points)");
            }
        }
        content.appendElement("p").addClass("fine-print").text("The table above gives the points each skill "
                + "and your education earn.");
    }

    private static void toolsLine(Element section, String key, String lead, Collection<String> named,
                                  Set<String> used, Map<String, Tool> tools) {
        if (named.isEmpty()) {
            return;
        }
        String list = named.stream().map(tool -> tools.get(tool).name() + (used.contains(tool) ? " (used)" : ""))
                .collect(Collectors.joining(", "));
        section.appendElement("p").addClass("fine-print").id("fit-tools-" + key)
                .text(lead + list + ". Tools are shown for reference and do not change the score.");
    }

    private static void formula(Element content) {
        Element details = content.appendElement("details").id("fit-formula").addClass("article-section");
        details.appendElement("summary").text("How the score works");
        details.appendElement("div").addClass("details-content").appendElement("p").text(
                "For each skill, coverage = min(your level, required level) / required level. "
                + "Education counts fully once the minimum level is met in an accepted field (half in another field), "
                + "and in proportion below it. Fit = 100 × the weighted average of all coverages. A gap's points are "
                + "100 × its weight × (1 − its coverage) / the total weight: fit and all gaps add up to 100. Bands: "
                + FitBand.READY.label() + " from " + (int) FitBand.READY.from() + ", " + FitBand.CLOSE.label() + " from "
                + (int) FitBand.CLOSE.from() + ", " + FitBand.DEVELOPING.label() + " below.");
    }

    private static String points(double value) {
        return FitMarkup.points(value);
    }
}

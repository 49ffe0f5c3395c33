package app.skillpath.scoring.ui;

import app.skillpath.assessment.ui.AssessmentView;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Tool;
import app.skillpath.scoring.Contribution;
import app.skillpath.scoring.FitBand;
import app.skillpath.scoring.FitScore;
import app.skillpath.scoring.FitService;
import app.skillpath.scoring.RoleRequirements;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableFooter;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The user's fit for every role, best first: score, band, chart, the same numbers as a table, and why. */
@Route(value = "fit", layout = MainLayout.class)
@PageTitle("Your fit" + MainLayout.TITLE_SUFFIX)
@PermitAll
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
@JavaScript("context://scripts/fit-chart.js")
public class FitView extends Main {

    public FitView(FitService fitService, CatalogService catalogService) {
        addClassNames("page", "fit");
        FitService.FitOverview overview = fitService.myFit();
        if (!overview.hasAnswers()) {
            showStartMessage();
            return;
        }
        Map<String, RoleRequirements> requirements = fitService.requirements().stream()
                .collect(Collectors.toMap(RoleRequirements::roleKey, Function.identity()));
        Map<String, Integer> levels = overview.assessment().levels();
        Paragraph intro = new Paragraph("Your fit for each role from your self-assessment, best fit first. "
                + "A skill counts fully once you reach its required level; being above it never lowers a score "
                + "and does not make up for another skill.");
        intro.addClassName("lead");
        RouterLink change = new RouterLink("Change your answers", AssessmentView.class);
        change.addClassName("button-link");
        add(intro, change);
        for (FitScore score : overview.scores()) {
            Role role = catalogService.role(score.roleKey()).orElseThrow();
            add(roleSection(score, requirements.get(score.roleKey()), levels, role, overview.assessment().toolKeys(),
                    catalogService.catalog().toolsByKey()));
        }
        add(formula());
    }

    private void showStartMessage() {
        H2 heading = new H2("Rate yourself first");
        Paragraph text = new Paragraph("Your fit for each role is worked out from your self-assessment, and you "
                + "haven't rated any skills yet. It takes about five minutes; every answer is saved as you go.");
        RouterLink start = new RouterLink("Start the self-assessment", AssessmentView.class);
        start.addClassNames("button-link", "primary");
        start.setId("start-assessment");
        Div message = new Div(heading, text, start);
        message.setId("fit-empty");
        message.addClassName("empty-state");
        add(message);
    }

    private static Section roleSection(FitScore score, RoleRequirements requirements, Map<String, Integer> levels,
                                       Role role, Set<String> toolsUsed, Map<String, Tool> tools) {
        Span number = new Span(String.valueOf(score.roundedFit()));
        number.addClassName("fit-number");
        number.setId("fit-score-" + score.roleKey());
        Span outOf = new Span("/ 100");
        outOf.addClassName("fit-out-of");
        Span band = new Span(score.band().label());
        band.addClassNames("badge", "band", "band-" + score.band().name().toLowerCase(Locale.ROOT));
        band.setId("fit-band-" + score.roleKey());
        Div headline = new Div(number, outOf, band);
        headline.addClassName("fit-headline");

        Paragraph summary = new Paragraph(summary(score));
        summary.setId("fit-summary-" + score.roleKey());

        Div tableWrapper = new Div(table(score));
        tableWrapper.addClassName("table-scroll");
        Div chartAndTable = new Div(new FitChart(requirements, levels), tableWrapper);
        chartAndTable.addClassName("fit-details");

        RouterLink plan = new RouterLink("Plan the way to " + score.title(), app.skillpath.plan.ui.PlanView.class);
        plan.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("role", score.roleKey()));
        plan.addClassName("button-link");
        plan.setId("plan-link-" + score.roleKey());
        Section section = new Section(new H2(score.title()), headline, summary, chartAndTable, why(score),
                toolsLine(role, toolsUsed, tools), plan);
        section.addClassNames("article-section", "fit-role");
        section.setId("fit-" + score.roleKey());
        return section;
    }

    static String summary(FitScore score) {
        List<Contribution> gaps = score.rankedGaps();
        String band = switch (score.band()) {
            case READY -> "You meet nearly everything this role asks for.";
            case CLOSE -> "You are close: a few gaps stand between you and this role.";
            case DEVELOPING -> "Several skills this role needs are still below its required level.";
        };
        if (gaps.isEmpty()) {
            return "You meet everything this role asks for: no gaps.";
        }
        Contribution top = gaps.getFirst();
        return band + " Closing your biggest gap, " + top.name() + ", would add " + points(top.gapPoints()) + " points.";
    }

    private static NativeTable table(FitScore score) {
        NativeTable table = new NativeTable();
        table.setId("fit-table-" + score.roleKey());
        table.addClassName("fit-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText("You and the " + score.title() + " role, per skill (the chart's numbers)");
        table.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        head.add(row(true, "Skill", "Required", "You", "Weight", "Points", "Gap"));
        table.add(head);
        NativeTableBody body = new NativeTableBody();
        for (Contribution contribution : score.contributions()) {
            NativeTableRow row = row(false, contribution.name(), contribution.required(), contribution.current(),
                    String.valueOf(contribution.weight()), points(contribution.points()), points(contribution.gapPoints()));
            row.setId("fit-row-" + score.roleKey() + "-" + contribution.key());
            body.add(row);
        }
        table.add(body);
        NativeTableFooter foot = new NativeTableFooter();
        foot.add(row(false, "Fit", "", "", "", points(score.fit()), points(100 - score.fit())));
        table.add(foot);
        return table;
    }

    private static NativeTableRow row(boolean header, String... cells) {
        NativeTableRow row = new NativeTableRow();
        for (String cell : cells) {
            row.add(header ? new NativeTableHeaderCell(cell) : new NativeTableCell(cell));
        }
        return row;
    }

    private static Details why(FitScore score) {
        Div content = new Div();
        List<Contribution> gaps = score.rankedGaps();
        if (gaps.isEmpty()) {
            content.add(new Paragraph("No gaps: every skill is at or above its required level and the education requirement is met."));
        } else {
            Paragraph lead = new Paragraph("Your gaps, biggest first. Each would add its points to your fit if closed:");
            OrderedList list = new OrderedList();
            list.setId("fit-gaps-" + score.roleKey());
            for (Contribution gap : gaps) {
                ListItem item = new ListItem(gap.name() + ": required " + gap.required() + ", you " + gap.current()
                        + " (" + points(gap.gapPoints()) + " points)");
                list.add(item);
            }
            content.add(lead, list);
        }
        Paragraph earned = new Paragraph("Points earned: " + score.contributions().stream()
                .map(c -> c.name() + " " + points(c.points())).collect(Collectors.joining(", ")) + ".");
        earned.addClassName("fine-print");
        content.add(earned);
        Details details = new Details("Why this score", content);
        details.setOpened(true);
        details.setId("fit-why-" + score.roleKey());
        return details;
    }

    private static Paragraph toolsLine(Role role, Set<String> used, Map<String, Tool> tools) {
        Set<String> named = new LinkedHashSet<>(role.tools().toolKeys());
        role.tips().forEach(tip -> named.addAll(tip.toolKeys()));
        String list = named.stream().map(key -> tools.get(key).name() + (used.contains(key) ? " (used)" : ""))
                .collect(Collectors.joining(", "));
        Paragraph line = new Paragraph("Tools this role names: " + list + ". Tools are shown for reference and do not change the score.");
        line.addClassName("fine-print");
        line.setId("fit-tools-" + role.key());
        return line;
    }

    private static Details formula() {
        Paragraph text = new Paragraph("For each skill, coverage = min(your level, required level) / required level. "
                + "Education counts fully once the minimum level is met in an accepted field (half in another field), "
                + "and in proportion below it. Fit = 100 × the weighted average of all coverages. A gap's points are "
                + "100 × its weight × (1 − its coverage) / the total weight: fit and all gaps add up to 100. Bands: "
                + FitBand.READY.label() + " from " + (int) FitBand.READY.from() + ", " + FitBand.CLOSE.label() + " from "
                + (int) FitBand.CLOSE.from() + ", " + FitBand.DEVELOPING.label() + " below.");
        Details details = new Details("How the score works", text);
        details.setId("fit-formula");
        details.addClassName("article-section");
        return details;
    }

    static String points(double value) {
        return String.format(Locale.US, "%.1f", value);
    }
}

package app.skillpath.plan.ui;

import app.skillpath.base.ui.Markup;
import app.skillpath.plan.FitTrend;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fit for the plan's role by week: a line chart drawn in the browser by
 * frontend/static/scripts/fit-chart.js from its data attribute, and the same numbers as a table.
 */
final class PlanTrend {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanTrend() {
    }

    static void appendTo(Element parent, String roleKey, List<FitTrend.Week> weeks) {
        Element section = parent.appendElement("section").id("plan-trend").addClass("article-section");
        section.appendElement("h2").text("Your fit over time");
        if (weeks.isEmpty()) {
            section.appendElement("p").text("Your fit by week appears here once you have rated skills.");
            return;
        }
        chart(section, roleKey, weeks);
        Markup.Table table = Markup.table(section, "trend-table", "Your fit by week (the chart's numbers)", List.of("Week of", "Fit"));
        for (FitTrend.Week week : weeks) {
            table.row(PlanFormat.date(week.weekStart()), String.valueOf(Math.round(week.fit())));
        }
        section.appendElement("p").addClass("fine-print")
                .text("Recomputed from your rating history; education counts as you answer it today.");
    }

    private static void chart(Element parent, String roleKey, List<FitTrend.Week> weeks) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", weeks.stream().map(week -> week.weekStart().toString()).toList());
        data.put("fit", weeks.stream().map(week -> Math.round(week.fit() * 10) / 10.0).toList());
        parent.appendElement("skillpath-trend-chart")
                .id("trend-chart-" + roleKey)
                .addClass("trend-chart")
                .attr("data", JSON.writeValueAsString(data))
                // the table below carries the same numbers for screen readers
                .attr("aria-hidden", "true");
    }
}

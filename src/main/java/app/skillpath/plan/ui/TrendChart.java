package app.skillpath.plan.ui;

import app.skillpath.plan.FitTrend;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The browser-side line chart (frontend/static/scripts/fit-chart.js) of the fit by week. */
@Tag("skillpath-trend-chart")
class TrendChart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    TrendChart(String roleKey, List<FitTrend.Week> weeks) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", weeks.stream().map(week -> week.weekStart().toString()).toList());
        data.put("fit", weeks.stream().map(week -> Math.round(week.fit() * 10) / 10.0).toList());
        getElement().setAttribute("data", JSON.writeValueAsString(data));
        getElement().setAttribute("aria-hidden", "true");
        setId("trend-chart-" + roleKey);
    }
}

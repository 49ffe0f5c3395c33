package app.skillpath.plan.ui;

import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.List;

/** What the user has done, in the order they did it. Markup. */
final class PlanTimeline {

    private PlanTimeline() {
    }

    static void appendTo(Element parent, Plan plan) {
        List<PlanStep> done = plan.steps().stream().filter(step -> step.status() == StepStatus.DONE && step.doneOn().isPresent())
                .sorted(Comparator.comparing(step -> step.doneOn().orElseThrow())).toList();
        Element section = parent.appendElement("section").addClass("article-section");
        section.appendElement("h2").text("Done so far");
        if (done.isEmpty()) {
            section.appendElement("p").text("Steps you complete appear here with their date.");
            return;
        }
        Element list = section.appendElement("ol").id("plan-timeline").addClass("timeline");
        for (PlanStep step : done) {
            list.appendElement("li").text(PlanFormat.date(step.doneOn().orElseThrow()) + ": " + step.draft().title()
                    + (step.closedByRating() ? " (closed by your ratings)" : ""));
        }
    }
}

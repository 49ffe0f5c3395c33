package app.skillpath.plan.ui;

import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanProgress;
import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** How far a plan has come: its expected completion and share of effort done, overall and per skill. Markup. */
final class PlanSummary {

    private PlanSummary() {
    }

    /** Completion date, a progress bar and the share of the effort done. */
    static void appendTo(Element parent, Plan plan) {
        Element summary = parent.appendElement("div").addClass("plan-summary");
        summary.appendElement("span").id("plan-completion").addClass("plan-completion")
                .text(plan.expectedCompletion().map(date -> "Expected completion: " + PlanFormat.date(date))
                        .orElse("Nothing left to date: every dated step is done or skipped."));
        // the native element rather than Vaadin's ProgressBar: no component to hold per page, and
        // browsers give it the progressbar role with its value for screen readers
        summary.appendElement("progress").id("plan-progress-bar")
                .attr("max", "100")
                .attr("value", String.valueOf(Math.round(plan.percentDone())))
                .attr("aria-label", "Share of the plan's effort done")
                .text(PlanFormat.percent(plan.percentDone()));
        percent(summary, plan);
    }

    /** The share of the effort done, alone (a retired role's plan has nothing left to date). */
    static Element percent(Element parent, Plan plan) {
        return parent.appendElement("span").id("plan-progress").text(PlanFormat.percent(plan.percentDone()) + " of the effort done");
    }

    /**
     * The share done per skill, under the skill's name; a skill the catalog no longer has keeps its key,
     * one it retired is labelled.
     */
    static void appendBySkill(Element parent, Plan plan, Function<String, String> skillName, Predicate<String> retiredSkill) {
        Element section = parent.appendElement("section").addClass("article-section");
        section.appendElement("h2").text("Progress by skill");
        Element list = section.appendElement("ul").id("plan-progress-by-skill");
        Map<String, Double> progress = PlanProgress.percentDoneBySkill(plan.steps());
        progress.forEach((skill, percent) -> list.appendElement("li").text(skillName.apply(skill)
                + (retiredSkill.test(skill) ? " (retired)" : "") + ": " + PlanFormat.percent(percent) + " done"));
        if (progress.isEmpty()) {
            list.appendElement("li").text("No skill steps in this plan.");
        }
    }
}

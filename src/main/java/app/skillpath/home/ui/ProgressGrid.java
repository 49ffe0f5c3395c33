package app.skillpath.home.ui;

import app.skillpath.plan.ui.PlanFormat;
import app.skillpath.week.ProgressCalendar;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress calendar as plain styled markup: a column a week, a cell a day (Monday at the top), shaded by what was
 * done that day. The grid is for the eye (hidden from screen readers); the same facts follow as text: the totals, the
 * streak, and a list of the weeks with progress.
 */
final class ProgressGrid {

    private ProgressGrid() {
    }

    static void append(Element parent, ProgressCalendar calendar) {
        Element summary = parent.appendElement("p").id("progress-summary");
        if (calendar.activeDays() == 0) {
            summary.text("Nothing marked done or rated higher in the last " + ProgressCalendar.WEEKS + " weeks yet. "
                    + "Each step you finish and each rating you raise fills in a day here.");
        } else {
            summary.text("In the last " + ProgressCalendar.WEEKS + " weeks: " + done(calendar.stepsDone(), calendar.ratingsRaised())
                    + ", on " + WeekFormat.count(calendar.activeDays(), "day", "days") + ".");
        }
        parent.appendElement("p").addClass("streak").id("progress-streak").text(streak(calendar.streakWeeks()));

        Element grid = parent.appendElement("div").addClass("progress-grid").id("progress-grid").attr("aria-hidden", "true");
        for (ProgressCalendar.Day day : calendar.days()) {
            grid.appendElement("span").addClass("day").addClass("level-" + shade(day.total()))
                    .attr("data-date", day.date().toString())
                    .attr("title", WeekFormat.shortDay(day.date()) + ": " + describe(day));
        }
        Element legend = parent.appendElement("p").addClass("progress-legend").attr("aria-hidden", "true");
        legend.appendText("Less ");
        for (int level = 0; level <= 3; level++) {
            legend.appendElement("span").addClass("day").addClass("level-" + level);
        }
        legend.appendText(" More");

        Element text = parent.appendElement("details").addClass("progress-text").id("progress-text");
        text.appendElement("summary").text("The calendar as a list of weeks");
        List<String> weeks = weeksWithProgress(calendar);
        if (weeks.isEmpty()) {
            text.appendElement("p").text("No week with progress yet.");
        } else {
            Element list = text.appendElement("ul");
            weeks.forEach(line -> list.appendElement("li").text(line));
        }
    }

    /** "3 steps done and 1 rating raised", leaving out a part that is zero (both zero never reaches here). */
    static String done(int steps, int raised) {
        List<String> parts = new ArrayList<>();
        if (steps > 0) {
            parts.add(WeekFormat.count(steps, "step", "steps") + " done");
        }
        if (raised > 0) {
            parts.add(WeekFormat.count(raised, "rating", "ratings") + " raised");
        }
        return String.join(" and ", parts);
    }

    static String streak(int weeks) {
        if (weeks == 0) {
            return "No streak yet: finish a step or raise a rating this week to start one.";
        }
        return "Streak: " + WeekFormat.count(weeks, "week", "weeks") + " in a row with progress.";
    }

    /** 0 nothing, 1 one thing, 2 two or three, 3 four or more. */
    static int shade(int total) {
        return total == 0 ? 0 : total == 1 ? 1 : total <= 3 ? 2 : 3;
    }

    private static String describe(ProgressCalendar.Day day) {
        if (day.total() == 0) {
            return "nothing done";
        }
        List<String> parts = new ArrayList<>();
        if (day.stepsDone() > 0) {
            parts.add(WeekFormat.count(day.stepsDone(), "step", "steps") + " done");
        }
        if (day.ratingsRaised() > 0) {
            parts.add(WeekFormat.count(day.ratingsRaised(), "rating", "ratings") + " raised");
        }
        return String.join(", ", parts);
    }

    /** "Week of 2 Nov 2026: 2 steps done, 1 rating raised (on 2 days)", newest first. */
    private static List<String> weeksWithProgress(ProgressCalendar calendar) {
        List<String> lines = new ArrayList<>();
        LocalDate monday = calendar.firstDay();
        while (!monday.isAfter(calendar.today())) {
            LocalDate start = monday;
            List<ProgressCalendar.Day> week = calendar.days().stream()
                    .filter(day -> !day.date().isBefore(start) && day.date().isBefore(start.plusWeeks(1))).toList();
            int steps = week.stream().mapToInt(ProgressCalendar.Day::stepsDone).sum();
            int raised = week.stream().mapToInt(ProgressCalendar.Day::ratingsRaised).sum();
            long days = week.stream().filter(day -> day.total() > 0).count();
            if (steps + raised > 0) {
                lines.addFirst("Week of " + PlanFormat.date(start) + ": " + done(steps, raised) + " (on "
                        + WeekFormat.count(days, "day", "days") + ")");
            }
            monday = monday.plusWeeks(1);
        }
        return lines;
    }
}

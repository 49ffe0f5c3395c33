package app.skillpath.plan;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.text.Normalizer;
import app.skillpath.base.text.CsvText;
import app.skillpath.base.text.MarkdownText;
import app.skillpath.target.TargetKey;
import java.util.Optional;

/** A plan as Markdown, CSV (commons-csv) and iCalendar (ical4j): plain Java, no framework. */
public final class PlanExport {

    public static final String MARKDOWN_TYPE = "text/markdown; charset=UTF-8";
    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8";

    private PlanExport() {
    }

    public static String fileName(String roleKey, String extension) {
        return "skillpath-plan-" + roleKey + "." + extension;
    }

    /**
     * A plan's file name for a role ("skillpath-plan-data-science-manager.md") or for a user's target, named after its
     * title as the user wrote it, reduced to lower-case letters, digits and hyphens ("Analyst @ Acme / Berlin" becomes
     * "skillpath-plan-analyst-acme-berlin.md"): the key's colon is not allowed in Windows file names, and a title may
     * hold anything. A title with nothing left falls back to "target-12".
     */
    public static String fileName(String key, String title, String extension) {
        if (!TargetKey.isTarget(key)) {
            return fileName(key, extension);
        }
        String slug = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return "skillpath-plan-" + (slug.isEmpty() ? key.replace(':', '-') : slug) + "." + extension;
    }

    public static String markdown(Plan plan, String roleTitle) {
        StringBuilder md = new StringBuilder();
        md.append("# Learning plan: ").append(roleTitle).append("\n\n");
        md.append("- Pace: ").append(plan.hoursPerWeek()).append(" hours a week\n");
        md.append("- Started: ").append(plan.startsOn()).append('\n');
        md.append("- Expected completion: ").append(plan.expectedCompletion().map(LocalDate::toString).orElse("nothing left to date")).append('\n');
        md.append("- Done: ").append(String.format(Locale.US, "%.0f", plan.percentDone())).append("% of the effort\n");
        int number = 1;
        for (PlanStep step : plan.steps()) {
            StepDraft draft = step.draft();
            // titles and actions may be a team owner's words (an accepted suggestion): inline text, never structure or links
            md.append("\n## ").append(number++).append(". ").append(MarkdownText.inline(draft.title())).append("\n\n");
            md.append("- Status: ").append(step.status().label());
            step.doneOn().ifPresent(date -> md.append(" (").append(date).append(')'));
            if (step.closedByRating()) {
                md.append(", closed by your ratings");
            }
            md.append('\n');
            draft.effortHours().ifPresent(hours -> md.append("- Effort: about ").append(hours).append(" hours\n"));
            if (step.startsOn().isPresent() && step.dueOn().isPresent()) {
                md.append("- Dates: ").append(step.startsOn().get()).append(" to ").append(step.dueOn().get()).append('\n');
            }
            for (String tip : draft.articleTips()) {
                md.append("- From the article: “").append(tip).append("”\n");
            }
            md.append("- Action: ").append(MarkdownText.inline(draft.action())).append('\n');
            step.note().ifPresent(note -> md.append("- Note: ").append(note.replace("\n", " ")).append('\n'));
        }
        return md.toString();
    }

    public static String csv(Plan plan) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader("step", "title", "kind", "status", "effort_hours", "starts_on", "due_on", "done_on",
                        "article_tips", "action", "note")
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            int number = 1;
            for (PlanStep step : plan.steps()) {
                StepDraft draft = step.draft();
                printer.printRecord(number++, CsvText.cell(draft.title()), draft.kind().key(), step.status().key(),
                        draft.effortHours().map(String::valueOf).orElse(""), text(step.startsOn()), text(step.dueOn()),
                        text(step.doneOn()), CsvText.cell(String.join(" | ", draft.articleTips())), CsvText.cell(draft.action()),
                        CsvText.cell(step.note().orElse("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The dated steps as all-day events from their start to their due date. */
    public static String calendar(Plan plan, String roleTitle) {
        Calendar calendar = newCalendar("Learning plan");
        for (PlanStep step : plan.steps()) {
            if (step.startsOn().isEmpty() || step.dueOn().isEmpty()) {
                continue;
            }
            VEvent event = allDayEvent(step.startsOn().get(), step.dueOn().get(), roleTitle + ": " + step.draft().title(),
                    "plan-" + plan.id() + "-step-" + step.id() + "@skillpath");
            event.add(new Description(step.draft().action() + " Status: " + step.status().label() + "."));
            calendar.add(event);
        }
        return calendar.toString();
    }

    /** An empty iCalendar (2.0, Gregorian) with Skillpath's product id for what it holds ("Learning plan"). */
    public static Calendar newCalendar(String product) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Skillpath//" + product + "//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        return calendar;
    }

    /** A step's dates as an all-day event from its start through its due date, with its summary and UID. */
    public static VEvent allDayEvent(LocalDate startsOn, LocalDate dueOn, String summary, String uid) {
        // DTEND of an all-day event is exclusive: end the day after the due date
        VEvent event = new VEvent(startsOn, dueOn.plusDays(1), summary);
        event.add(new Uid(uid));
        return event;
    }

    private static String text(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}

package app.skillpath.review;

import app.skillpath.base.text.MarkdownText;
import app.skillpath.catalog.ProficiencyLevel;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A check-in as a Markdown file the owner keeps or shares: both sets of levels, the agreed ones, the comments and the
 * fits. User text (comments, names, titles) is written so that it stays inside its table cell and cannot become
 * markup in a viewer that renders HTML ({@link MarkdownText#inline}: a pipe and the inline Markdown specials are
 * escaped, line breaks become spaces, and {@code <} and {@code &} are written as entities).
 */
public final class CheckInMarkdown {

    public static final String TYPE = "text/markdown; charset=UTF-8";

    private CheckInMarkdown() {
    }

    public static String fileName(CheckIn checkIn, ZoneId zone) {
        return "skillpath-check-in-" + LocalDate.ofInstant(checkIn.takenAt(), zone) + "-" + checkIn.id() + ".md";
    }

    public static String write(CheckIn checkIn, ZoneId zone) {
        CheckIn.Snapshot snapshot = checkIn.snapshot();
        StringBuilder md = new StringBuilder();
        md.append("# Check-in of ").append(LocalDate.ofInstant(checkIn.takenAt(), zone)).append(": a second opinion\n\n");
        md.append("- Reviewer: ").append(MarkdownText.inline(checkIn.reviewerLabel())).append('\n');
        md.append("- Skills reviewed: ").append(MarkdownText.inline(snapshot.scope())).append('\n');
        md.append("- Review submitted: ").append(LocalDate.ofInstant(snapshot.reviewSubmittedAt(), zone)).append('\n');
        md.append("- Levels: 0 none, 1 aware, 2 working, 3 proficient, 4 expert\n");
        md.append("\n## Skills\n\n");
        md.append("| Skill | Yours | Reviewer | Difference | Agreed | Reviewer's comment |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (CheckIn.Item item : snapshot.items()) {
            md.append("| ").append(MarkdownText.inline(item.skillName()))
                    .append(" | ").append(level(item.ownLevel()))
                    .append(" | ").append(item.cannotJudge() ? "can't judge" : level(item.reviewerLevel()))
                    .append(" | ").append(item.difference().label())
                    .append(" | ").append(level(item.agreedLevel()))
                    .append(" | ").append(item.comment() == null ? "" : MarkdownText.inline(item.comment()))
                    .append(" |\n");
        }
        md.append("\n## Fit\n\n");
        md.append("| Role or target | By your ratings | By the reviewer's | By the lower of the two |\n");
        md.append("|---|---|---|---|\n");
        for (CheckIn.Fit fit : snapshot.fits()) {
            md.append("| ").append(MarkdownText.inline(fit.title()))
                    .append(" | ").append(fit.own()).append('%')
                    .append(" | ").append(fit.reviewer() == null ? "no levels given" : fit.reviewer() + "%")
                    .append(" | ").append(fit.lower()).append('%')
                    .append(" |\n");
        }
        return md.toString();
    }

    static String level(Integer level) {
        if (level == null) {
            return "not rated";
        }
        return level + " " + ProficiencyLevel.values()[level].label();
    }
}

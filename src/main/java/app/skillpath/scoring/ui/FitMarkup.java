package app.skillpath.scoring.ui;

import app.skillpath.base.ui.Markup;
import app.skillpath.scoring.Contribution;
import app.skillpath.scoring.FitBand;
import app.skillpath.scoring.FitScore;
import app.skillpath.target.TargetKey;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * How a fit is shown, wherever it is shown: the score with its band, and the per-skill table that
 * carries the chart's numbers. One builder, so every page that shows a fit shows the same thing.
 */
public final class FitMarkup {

    private FitMarkup() {
    }

    /** The score out of 100 and its band, e.g. "72 / 100 Close". */
    public static Element headline(Element parent, FitScore score) {
        Element headline = parent.appendElement("div").addClass("fit-headline");
        headline.appendElement("span").addClass("fit-number").id("fit-score-" + score.roleKey())
                .text(String.valueOf(score.roundedFit()));
        headline.appendElement("span").addClass("fit-out-of").text("/ 100");
        band(headline, score.band()).id("fit-band-" + score.roleKey());
        return headline;
    }

    /** A fit band as a badge coloured by the band. */
    public static Element band(Element parent, FitBand band) {
        return Markup.badge(parent, band.label()).addClass("band").addClass("band-" + band.name().toLowerCase(Locale.ROOT));
    }

    /** Per skill: required level, the user's, weight, points earned and points missing; totals below. */
    public static void table(Element parent, FitScore score) {
        Markup.Table table = Markup.table(parent, "fit-table-" + score.roleKey(),
                (TargetKey.isTarget(score.roleKey()) ? "You and your target " + score.title() : "You and the " + score.title() + " role")
                        + ", per skill (the chart's numbers)",
                List.of("Skill", "Required", "You", "Weight", "Points", "Gap"));
        for (Contribution contribution : score.contributions()) {
            table.row(contribution.name(), contribution.required(), contribution.current(),
                            String.valueOf(contribution.weight()), points(contribution.points()), points(contribution.gapPoints()))
                    .id("fit-row-" + score.roleKey() + "-" + contribution.key());
        }
        table.footer("Fit", "", "", "", points(score.fit()), points(100 - score.fit()));
    }

    /** Points with one decimal, as the formula's explanation gives them. */
    public static String points(double value) {
        return String.format(Locale.US, "%.1f", value);
    }
}

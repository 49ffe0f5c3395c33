package app.skillpath.scoring;

import java.util.List;

/** A user's fit for one role: the score (0..100), its band, and every dimension's contribution. */
public record FitScore(String roleKey, String title, double fit, FitBand band, List<Contribution> contributions) {

    public FitScore {
        contributions = List.copyOf(contributions);
    }

    /** The score as shown: a whole number. */
    public long roundedFit() {
        return Math.round(fit);
    }

    /** Dimensions with a gap, largest gap first (ties in catalog order). */
    public List<Contribution> rankedGaps() {
        return contributions.stream().filter(Contribution::hasGap)
                .sorted((a, b) -> Double.compare(b.gapPoints(), a.gapPoints()))
                .toList();
    }
}

package app.skillpath.scoring;

/**
 * One dimension of a role's fit (a skill, or education): its weight, how much of it the user covers
 * (0..1), the points it adds to the fit and the points its gap costs. points + gapPoints is the
 * dimension's whole share, 100 * weight / total weight.
 */
public record Contribution(Kind kind, String key, String name, int weight, double coverage, double points,
                           double gapPoints, String required, String current) {

    public enum Kind { SKILL, EDUCATION }

    public boolean hasGap() {
        return gapPoints > 0;
    }
}

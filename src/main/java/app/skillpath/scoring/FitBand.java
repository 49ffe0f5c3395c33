package app.skillpath.scoring;

/** A fit score in words. Thresholds apply to the unrounded score. */
public enum FitBand {
    READY("Ready", 85),
    CLOSE("Close", 60),
    DEVELOPING("Developing", 0);

    private final String label;
    private final double from;

    FitBand(String label, double from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    public double from() {
        return from;
    }

    public static FitBand of(double fit) {
        if (fit >= READY.from) {
            return READY;
        }
        return fit >= CLOSE.from ? CLOSE : DEVELOPING;
    }
}

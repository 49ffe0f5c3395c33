package app.skillpath.posting;

/** A stretch of the original posting text: {@code start} inclusive, {@code end} exclusive (as String#substring). */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a span: " + start + ".." + end);
        }
    }

    /** The words of the posting this span covers. */
    public String of(String posting) {
        return posting.substring(start, end);
    }
}

package app.skillpath.posting;

/** A requirement (a line or bullet under a must-have or nice-to-have heading) that names nothing in the catalog. */
public record Unmatched(String text, Span span) {
}

package app.skillpath.catalog;

/** The outlook paragraph, with the salary figure and where it comes from. */
public record Outlook(String text, int salaryUsd, String salarySource) {
}

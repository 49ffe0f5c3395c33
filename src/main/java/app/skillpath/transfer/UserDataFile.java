package app.skillpath.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * All of a user's data as one JSON document: ratings with notes and history, education, tools,
 * plans with their steps. Catalog entities are referred to by key, never by database id. {@code retired} lists the
 * entries this data names that the catalog has retired ("skill:key", "tool:key", "field-of-study:key", "role:key"):
 * the data is kept and exported, but those entries take no new ratings or plans. Optional on import.
 */
public record UserDataFile(String format, int version, List<Rating> ratings, List<HistoryEntry> ratingHistory,
                           Education education, List<String> tools, List<PlanData> plans, List<String> retired) {

    public static final String FORMAT = "skillpath-user-data";
    public static final int VERSION = 1;

    public record Rating(String skill, Integer level, String note) {
    }

    public record HistoryEntry(String skill, Integer level, Instant changedAt) {
    }

    public record Education(String level, String field) {
    }

    public record PlanData(String role, int hoursPerWeek, LocalDate startsOn, List<Step> steps) {
    }

    public record Step(String key, String kind, String title, String skill, Integer fromLevel, Integer toLevel,
                       List<String> articleTips, String action, Integer effortHours, LocalDate startsOn, LocalDate dueOn,
                       String status, String note, LocalDate doneOn, boolean closedByRating) {
    }
}

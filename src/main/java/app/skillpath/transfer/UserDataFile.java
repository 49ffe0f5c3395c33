package app.skillpath.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * All of a user's data as one JSON document: ratings with notes and history, education, tools,
 * plans with their steps, and (from version 2) the user's own skills and targets. Catalog entities are referred to
 * by key, never by database id; the user's own skills and targets have no key in the file either (an id would name
 * a row of this server, and a file could otherwise point at another user's rows): a custom skill is named by its
 * name (unique per user, ignoring case), a target by its index in {@code targets}. {@code retired} lists the
 * entries this data names that the catalog has retired ("skill:key", "tool:key", "field-of-study:key", "role:key"):
 * the data is kept and exported, but those entries take no new ratings or plans. Optional on import.
 *
 * <p>Version 1 files (no {@code customSkills}, no {@code targets}) and version 2 files (no {@code checkIns}) are
 * still read.
 */
public record UserDataFile(String format, int version, List<Rating> ratings, List<HistoryEntry> ratingHistory,
                           Education education, List<String> tools, List<PlanData> plans, List<String> retired,
                           List<CustomSkillData> customSkills, List<TargetData> targets, List<CheckInData> checkIns) {

    public static final String FORMAT = "skillpath-user-data";
    /** 2: custom skills, targets and plans for targets. 3: check-ins. */
    public static final int VERSION = 3;
    /** The oldest version this Skillpath still reads. */
    public static final int FIRST_VERSION = 1;

    public record Rating(String skill, Integer level, String note) {
    }

    public record HistoryEntry(String skill, Integer level, Instant changedAt) {
    }

    public record Education(String level, String field) {
    }

    /**
     * A plan for a catalog role ({@code role} is its key) or for one of the file's targets ({@code target} is the
     * target's index in {@code targets}, 0 for the first); exactly one of the two is given.
     */
    public record PlanData(String role, Integer target, int hoursPerWeek, LocalDate startsOn, List<Step> steps) {
    }

    /**
     * A plan step. A skill step names a catalog skill in {@code skill}, or (in a target's plan) one of the file's custom
     * skills by name in {@code customSkill}; such a step's {@code key} is only checked to be unique in its plan, as the
     * stored key is made from the custom skill's new key on import.
     */
    public record Step(String key, String kind, String title, String skill, String customSkill, Integer fromLevel,
                       Integer toLevel, List<String> articleTips, String action, Integer effortHours, LocalDate startsOn,
                       LocalDate dueOn, String status, String note, LocalDate doneOn, boolean closedByRating) {
    }

    /** A skill of the user's own with its rating (null = not rated), note, hours per level and rating history. */
    public record CustomSkillData(String name, Integer level, String note, Integer hoursPerLevel, List<CustomHistoryEntry> history) {
    }

    public record CustomHistoryEntry(Integer level, Instant changedAt) {
    }

    /** A target; {@code education} null when it asks for none; empty texts are given as null. */
    public record TargetData(String title, String company, String postingText, String postingUrl, List<TargetSkillData> skills,
                             TargetEducationData education, List<String> tools) {
    }

    /** A skill a target asks for: a catalog skill's key in {@code skill} or a custom skill's name in {@code customSkill}. */
    public record TargetSkillData(String skill, String customSkill, Integer level, Integer weight, Boolean mustHave) {
    }

    public record TargetEducationData(String minimum, List<String> fields, Boolean relatedFields, Integer weight) {
    }

    /**
     * A check-in: a comparison with a reviewer frozen on a day, oldest first in the file. These records mirror
     * {@code review.CheckIn.Snapshot} field by field rather than reuse it, so that a change to the domain's records
     * does not change the file format unnoticed. The reviewer is not named: their name is another person's data, and
     * an imported check-in belongs to no review (it shows "a former reviewer").
     */
    public record CheckInData(Instant takenAt, String scope, Instant reviewSubmittedAt, List<CheckInItem> items,
                              List<CheckInFit> fits) {
    }

    /**
     * One skill of a check-in, its name as it was then. {@code skill} is a catalog key but need not be in the catalog
     * importing it: the check-in is a frozen record, shown by its frozen names. Levels are null where none was given.
     */
    public record CheckInItem(String skill, String skillName, Integer ownLevel, Integer reviewerLevel, Boolean cannotJudge,
                              Integer agreedLevel, String comment) {
    }

    /**
     * A role's or target's fit in percent, three ways ({@code reviewer} null where the reviewer gave no level for any of
     * its skills). {@code key} is the role's catalog key, null for a target: a target's key is a database id, which the
     * file never holds (and nothing reads a frozen fit by key; the title names it).
     */
    public record CheckInFit(String key, String title, Integer own, Integer reviewer, Integer lower) {
    }
}

package app.skillpath.transfer;

import app.skillpath.base.text.UserText;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.EducationAnswer;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.Role;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.StepKind;
import app.skillpath.plan.StepStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a whole data file against the catalog and the app's limits before anything is written (plain
 * Java). Every message names the entry, as it appears in the file, and says what is wrong with it:
 * {@code plans[0].steps[3].title: must be 1 to 300 characters}. The limits are those of the database
 * (so that a checked file is never refused half-way) and what the app itself could ever have produced,
 * so that a file cannot hold more than a real account: a file with thousands of steps or a history from
 * the year 1000 would otherwise make every later page of that user slow and large.
 */
final class Check {

    /**
     * Rating-history entries: the app writes one per rating change. 10,000 is a change a day to some skill
     * for over 27 years, far beyond real use, yet small (about 1 MB of JSON, well under the file limit).
     */
    static final int MAX_HISTORY = 10_000;
    /** Nothing in Skillpath is older than this; the trend and timeline need no dates before it. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** Planned dates lie ahead, some far (a long plan at 1 hour a week); four-digit years are enough. */
    static final LocalDate LATEST_PLANNED = LocalDate.of(9999, 12, 31);
    static final int MAX_RATING_NOTE = AssessmentService.NOTE_MAX_LENGTH;
    static final int MAX_STEP_NOTE = PlanService.NOTE_MAX_LENGTH;
    /** The database's limits on a step (plan_step's CHECK constraints). */
    static final int MAX_STEP_KEY = 200;
    static final int MAX_TITLE = 300;
    static final int MAX_EFFORT = 10_000;
    /** Article tips and actions are short catalog texts (the longest is a few hundred characters). */
    static final int MAX_TEXT = 2000;

    private final Catalog catalog;
    private final Instant now;
    private final LocalDate today;

    Check(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        // a day of leeway: the file may come from a server whose clock or time zone is a little ahead
        this.now = clock.instant().plus(Duration.ofDays(1));
        this.today = LocalDate.now(clock).plusDays(1);
    }

    void file(UserDataFile file) {
        require(file.ratings() != null, "ratings", "the section is missing");
        require(file.ratingHistory() != null, "ratingHistory", "the section is missing");
        require(file.education() != null, "education", "the section is missing");
        require(file.tools() != null, "tools", "the section is missing");
        require(file.plans() != null, "plans", "the section is missing");
        ratings(file.ratings());
        history(file.ratingHistory());
        education(file.education());
        tools(file.tools());
        plans(file.plans());
    }

    private void ratings(List<UserDataFile.Rating> ratings) {
        int skills = catalog.skillsIncludingRetiredByKey().size();
        require(ratings.size() <= skills, "ratings", "at most " + skills + " entries (one per skill in the catalog), not "
                + ratings.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ratings.size(); i++) {
            String at = "ratings[" + i + "]";
            UserDataFile.Rating r = ratings.get(i);
            require(r != null, at, "an entry is required, not null");
            skill(at + ".skill", r.skill());
            Integer first = seen.putIfAbsent(r.skill(), i);
            require(first == null, at + ".skill", "“" + r.skill() + "” is rated twice (also in ratings[" + first + "])");
            level(at + ".level", r.level(), false);
            optionalText(at + ".note", r.note(), MAX_RATING_NOTE);
        }
    }

    private void history(List<UserDataFile.HistoryEntry> history) {
        require(history.size() <= MAX_HISTORY, "ratingHistory", "at most " + MAX_HISTORY + " entries, not " + history.size());
        for (int i = 0; i < history.size(); i++) {
            String at = "ratingHistory[" + i + "]";
            UserDataFile.HistoryEntry h = history.get(i);
            require(h != null, at, "an entry is required, not null");
            skill(at + ".skill", h.skill());
            level(at + ".level", h.level(), false);
            require(h.changedAt() != null, at + ".changedAt", "a time is required");
            require(!h.changedAt().isBefore(EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC)) && !h.changedAt().isAfter(now),
                    at + ".changedAt", "must be between " + EARLIEST + " and now, not " + h.changedAt());
        }
    }

    private void education(UserDataFile.Education education) {
        require(education.level() == null || EducationLevel.fromKey(education.level()).isPresent(), "education.level",
                "unknown education level “" + education.level() + "”");
        require(education.field() == null || EducationAnswer.OTHER_FIELD.equals(education.field())
                || catalog.fieldsIncludingRetiredByKey().containsKey(education.field()), "education.field",
                "unknown field of study “" + education.field() + "”");
    }

    private void tools(List<String> tools) {
        int known = catalog.toolsIncludingRetiredByKey().size();
        require(tools.size() <= known, "tools", "at most " + known + " entries (one per tool in the catalog), not " + tools.size());
        for (int i = 0; i < tools.size(); i++) {
            String tool = tools.get(i);
            require(tool != null && catalog.toolsIncludingRetiredByKey().containsKey(tool), "tools[" + i + "]", "unknown tool “" + tool + "”");
            require(tools.indexOf(tool) == i, "tools[" + i + "]", "“" + tool + "” is listed twice");
        }
    }

    private void plans(List<UserDataFile.PlanData> plans) {
        int roles = catalog.roles().size() + catalog.retired().roles().size();
        require(plans.size() <= roles, "plans", "at most " + roles + " entries (one per role in the catalog), not " + plans.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            String at = "plans[" + i + "]";
            UserDataFile.PlanData p = plans.get(i);
            require(p != null, at, "an entry is required, not null");
            require(p.role() != null, at + ".role", "a role is required");
            Role role = catalog.roleIncludingRetired(p.role()).orElse(null);
            require(role != null, at + ".role", "unknown role “" + p.role() + "”");
            Integer first = seen.putIfAbsent(p.role(), i);
            require(first == null, at + ".role", "a second plan for “" + p.role() + "” (the first is plans[" + first + "])");
            require(p.hoursPerWeek() >= PlanService.MIN_PACE && p.hoursPerWeek() <= PlanService.MAX_PACE, at + ".hoursPerWeek",
                    "must be " + PlanService.MIN_PACE + " to " + PlanService.MAX_PACE + " hours a week, not " + p.hoursPerWeek());
            require(p.startsOn() != null, at + ".startsOn", "a date is required");
            date(at + ".startsOn", p.startsOn(), today);
            require(p.steps() != null, at + ".steps", "the list of steps is missing");
            steps(at, role, p.steps());
        }
    }

    private void steps(String planAt, Role role, List<UserDataFile.Step> steps) {
        // PlanGenerator makes one step per skill gap, one for education, one per tip. Counting every skill of
        // the catalog (not only the role's) keeps a plan valid whose role has since lost a skill.
        int most = catalog.skillsIncludingRetiredByKey().size() + 1 + role.tips().size();
        require(steps.size() <= most, planAt + ".steps", "at most " + most + " steps (what a plan for this role can have), not "
                + steps.size());
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            String at = planAt + ".steps[" + i + "]";
            UserDataFile.Step s = steps.get(i);
            require(s != null, at, "an entry is required, not null");
            text(at + ".key", s.key(), 1, MAX_STEP_KEY);
            Integer first = keys.putIfAbsent(s.key(), i);
            require(first == null, at + ".key", "“" + s.key() + "” is used twice (also by step " + first + ")");
            StepKind kind = StepKind.fromKey(s.kind()).orElse(null);
            require(kind != null, at + ".kind", "unknown step kind “" + s.kind() + "”");
            text(at + ".title", s.title(), 1, MAX_TITLE);
            if (kind == StepKind.SKILL) {
                // the plan page names the skill and offers its new level when the step is done
                require(s.skill() != null, at + ".skill", "a skill step needs its skill");
                skill(at + ".skill", s.skill());
                level(at + ".fromLevel", s.fromLevel(), true);
                level(at + ".toLevel", s.toLevel(), true);
            } else {
                require(s.skill() == null && s.fromLevel() == null && s.toLevel() == null, at + ".skill",
                        "only skill steps name a skill and levels");
            }
            require(s.articleTips() != null, at + ".articleTips", "a list is required");
            require(s.articleTips().size() <= role.tips().size() + 1, at + ".articleTips",
                    "at most " + (role.tips().size() + 1) + " tips, not " + s.articleTips().size());
            for (int t = 0; t < s.articleTips().size(); t++) {
                text(at + ".articleTips[" + t + "]", s.articleTips().get(t), 1, MAX_TEXT);
            }
            text(at + ".action", s.action(), 0, MAX_TEXT);
            require(s.effortHours() == null || s.effortHours() >= 1 && s.effortHours() <= MAX_EFFORT, at + ".effortHours",
                    "must be 1 to " + MAX_EFFORT + " hours, not " + s.effortHours());
            date(at + ".startsOn", s.startsOn(), LATEST_PLANNED);
            date(at + ".dueOn", s.dueOn(), LATEST_PLANNED);
            require(s.startsOn() == null || s.dueOn() == null || !s.startsOn().isAfter(s.dueOn()), at + ".dueOn",
                    "the step ends (" + s.dueOn() + ") before it starts (" + s.startsOn() + ")");
            require(StepStatus.fromKey(s.status()).isPresent(), at + ".status", "unknown step status “" + s.status() + "”");
            optionalText(at + ".note", s.note(), MAX_STEP_NOTE);
            date(at + ".doneOn", s.doneOn(), today);
        }
    }

    private void skill(String at, String key) {
        require(key != null, at, "a skill is required");
        require(catalog.skillsIncludingRetiredByKey().containsKey(key), at, "unknown skill “" + key + "”");
    }

    private static void level(String at, Integer level, boolean required) {
        require(level != null || !required, at, "a whole number 0-4 is required");
        require(level == null || level >= 0 && level <= 4, at, "must be a whole number 0-4, not " + level);
    }

    private static void date(String at, LocalDate date, LocalDate latest) {
        require(date == null || !date.isBefore(EARLIEST) && !date.isAfter(latest), at,
                "must be between " + EARLIEST + " and " + latest + ", not " + date);
    }

    private static void optionalText(String at, String text, int max) {
        if (text != null) {
            text(at, text, 0, max);
        }
    }

    private static void text(String at, String text, int min, int max) {
        require(text != null, at, "text is required");
        require(text.length() >= min && text.length() <= max, at,
                min == 0 ? "must be at most " + max + " characters, not " + text.length()
                        : "must be " + min + " to " + max + " characters, not " + text.length());
        // PostgreSQL text cannot hold the NUL character, and a lone surrogate would be stored as "?"
        UserText.unstorable(text).ifPresent(problem -> require(false, at, problem));
    }

    private static void require(boolean condition, String at, String problem) {
        if (!condition) {
            throw new TransferException(at + ": " + problem + ".");
        }
    }
}

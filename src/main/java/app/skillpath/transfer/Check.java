package app.skillpath.transfer;

import app.skillpath.base.text.UserText;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.EducationAnswer;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.Role;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanMerge;
import app.skillpath.plan.StepKind;
import app.skillpath.plan.StepStatus;
import app.skillpath.review.ReviewService;
import app.skillpath.target.TargetService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

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
    /**
     * Custom skills are made for targets (at most 100 of at most 60 skills each); one deleted from its targets stays, but
     * a file can hold no more than the targets could ever have named.
     */
    static final int MAX_CUSTOM_SKILLS = TargetService.MAX_CUSTOM_SKILLS;
    /** Check-ins: the most an account keeps (the database refuses the 501st as well). */
    static final int MAX_CHECK_INS = ReviewService.MAX_CHECK_INS;
    /**
     * A check-in has one item per skill of its review, which covers active catalog skills only; the margin lets a file
     * from a Skillpath whose catalog had more skills in, while a file still cannot make one check-in huge.
     */
    static final int CHECK_IN_ITEM_MARGIN = 500;
    /** A check-in has one fit per role and per target (at most 100 of those); 300 leaves room for a larger catalog. */
    static final int MAX_CHECK_IN_FITS = 300;
    static final int MAX_COMMENT = ReviewService.COMMENT_MAX_LENGTH;
    /**
     * The database keeps a check-in's JSON to 2,000,000 bytes of its text form, which writes a space after every colon
     * and comma; the file's compact JSON is held to less, so a checked check-in is never refused by that constraint.
     */
    static final int MAX_CHECK_IN_JSON_BYTES = 1_500_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        if (file.version() == 1) {
            require(file.customSkills() == null, "customSkills", "not part of a version 1 file (it came with version 2)");
            require(file.targets() == null, "targets", "not part of a version 1 file (it came with version 2)");
        } else {
            require(file.customSkills() != null, "customSkills", "the section is missing");
            require(file.targets() != null, "targets", "the section is missing");
        }
        if (file.version() < 3) {
            require(file.checkIns() == null, "checkIns", "not part of a version " + file.version() + " file (it came with version 3)");
        } else {
            require(file.checkIns() != null, "checkIns", "the section is missing");
        }
        List<UserDataFile.CustomSkillData> customSkills = file.customSkills() == null ? List.of() : file.customSkills();
        List<UserDataFile.TargetData> targets = file.targets() == null ? List.of() : file.targets();
        ratings(file.ratings());
        history(file.ratingHistory());
        education(file.education());
        tools(file.tools());
        Set<String> customNames = customSkills(customSkills, file.ratingHistory().size());
        targets(targets, customNames);
        plans(file.plans(), targets, customNames);
        checkIns(file.checkIns() == null ? List.of() : file.checkIns());
    }

    /**
     * Check-ins, each a frozen record: its skill keys need not be in this catalog (a skill may be gone, or the file come
     * from a Skillpath with other skills), as the check-in shows the names it froze and nothing looks a key up. So only
     * the form and the bounds of each value are checked: levels 0-4 or none, fits 0-100 %, texts as the database takes
     * them, dates from 2000 to now, and no more entries than the app can make.
     */
    private void checkIns(List<UserDataFile.CheckInData> checkIns) {
        require(checkIns.size() <= MAX_CHECK_INS, "checkIns", "at most " + MAX_CHECK_INS + " entries (the most an account keeps), not "
                + checkIns.size());
        int maxItems = catalog.skillsIncludingRetiredByKey().size() + CHECK_IN_ITEM_MARGIN;
        for (int i = 0; i < checkIns.size(); i++) {
            String at = "checkIns[" + i + "]";
            UserDataFile.CheckInData c = checkIns.get(i);
            require(c != null, at, "an entry is required, not null");
            changedAt(at + ".takenAt", c.takenAt());
            text(at + ".scope", c.scope(), 1, MAX_TITLE);
            changedAt(at + ".reviewSubmittedAt", c.reviewSubmittedAt());
            require(c.items() != null, at + ".items", "a list is required");
            require(c.items().size() <= maxItems, at + ".items", "at most " + maxItems + " entries, not " + c.items().size());
            for (int k = 0; k < c.items().size(); k++) {
                String itemAt = at + ".items[" + k + "]";
                UserDataFile.CheckInItem item = c.items().get(k);
                require(item != null, itemAt, "an entry is required, not null");
                // not looked up in the catalog: see above
                text(itemAt + ".skill", item.skill(), 1, MAX_TITLE);
                text(itemAt + ".skillName", item.skillName(), 1, MAX_TITLE);
                level(itemAt + ".ownLevel", item.ownLevel(), false);
                level(itemAt + ".reviewerLevel", item.reviewerLevel(), false);
                require(item.cannotJudge() != null, itemAt + ".cannotJudge", "true or false is required");
                require(!(item.cannotJudge() && item.reviewerLevel() != null), itemAt + ".cannotJudge",
                        "the reviewer gave a level or could not judge, not both");
                level(itemAt + ".agreedLevel", item.agreedLevel(), false);
                optionalText(itemAt + ".comment", item.comment(), MAX_COMMENT);
            }
            require(c.fits() != null, at + ".fits", "a list is required");
            require(c.fits().size() <= MAX_CHECK_IN_FITS, at + ".fits", "at most " + MAX_CHECK_IN_FITS + " entries, not "
                    + c.fits().size());
            for (int k = 0; k < c.fits().size(); k++) {
                String fitAt = at + ".fits[" + k + "]";
                UserDataFile.CheckInFit fit = c.fits().get(k);
                require(fit != null, fitAt, "an entry is required, not null");
                optionalText(fitAt + ".key", fit.key(), MAX_TITLE);
                text(fitAt + ".title", fit.title(), 1, MAX_TITLE);
                percent(fitAt + ".own", fit.own(), true);
                percent(fitAt + ".reviewer", fit.reviewer(), false);
                percent(fitAt + ".lower", fit.lower(), true);
            }
            int bytes = JSON.writeValueAsBytes(c).length;
            require(bytes <= MAX_CHECK_IN_JSON_BYTES, at, "at most " + MAX_CHECK_IN_JSON_BYTES + " bytes of JSON, not " + bytes);
        }
    }

    private static void percent(String at, Integer percent, boolean required) {
        require(percent != null || !required, at, "a whole number 0-100 is required");
        require(percent == null || percent >= 0 && percent <= 100, at, "must be a whole number 0-100, not " + percent);
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
            changedAt(at + ".changedAt", h.changedAt());
        }
    }

    private void changedAt(String at, Instant changedAt) {
        require(changedAt != null, at, "a time is required");
        require(!changedAt.isBefore(EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC)) && !changedAt.isAfter(now),
                at, "must be between " + EARLIEST + " and now, not " + changedAt);
    }

    /**
     * The custom skills, their names unique ignoring case (as the database keeps them); returns those names in lower
     * case. Their history entries count, with the catalog skills' ones, against the one bound on history.
     */
    private Set<String> customSkills(List<UserDataFile.CustomSkillData> skills, int catalogHistory) {
        require(skills.size() <= MAX_CUSTOM_SKILLS, "customSkills", "at most " + MAX_CUSTOM_SKILLS + " entries, not " + skills.size());
        Map<String, Integer> seen = new HashMap<>();
        int history = catalogHistory;
        for (int i = 0; i < skills.size(); i++) {
            String at = "customSkills[" + i + "]";
            UserDataFile.CustomSkillData s = skills.get(i);
            require(s != null, at, "an entry is required, not null");
            name(at + ".name", s.name(), TargetService.CUSTOM_NAME_MAX_LENGTH);
            Integer first = seen.putIfAbsent(s.name().toLowerCase(Locale.ROOT), i);
            require(first == null, at + ".name", "“" + s.name() + "” is there twice (also customSkills[" + first
                    + "]; names count as the same whatever their capitals)");
            level(at + ".level", s.level(), false);
            optionalText(at + ".note", s.note(), TargetService.NOTE_MAX_LENGTH);
            require(s.hoursPerLevel() != null && s.hoursPerLevel() >= TargetService.MIN_HOURS_PER_LEVEL
                    && s.hoursPerLevel() <= TargetService.MAX_HOURS_PER_LEVEL, at + ".hoursPerLevel",
                    "must be " + TargetService.MIN_HOURS_PER_LEVEL + " to " + TargetService.MAX_HOURS_PER_LEVEL
                            + " hours, not " + s.hoursPerLevel());
            require(s.history() != null, at + ".history", "a list is required");
            history += s.history().size();
            require(history <= MAX_HISTORY, at + ".history", "the file has more than " + MAX_HISTORY
                    + " rating-history entries (ratingHistory and the custom skills' history together)");
            for (int h = 0; h < s.history().size(); h++) {
                String entryAt = at + ".history[" + h + "]";
                UserDataFile.CustomHistoryEntry entry = s.history().get(h);
                require(entry != null, entryAt, "an entry is required, not null");
                level(entryAt + ".level", entry.level(), false);
                changedAt(entryAt + ".changedAt", entry.changedAt());
            }
        }
        return seen.keySet();
    }

    /** The targets with the limits of {@link TargetService}; catalog skills may be retired ones (kept as exported). */
    private void targets(List<UserDataFile.TargetData> targets, Set<String> customNames) {
        require(targets.size() <= TargetService.MAX_TARGETS, "targets", "at most " + TargetService.MAX_TARGETS
                + " entries, not " + targets.size());
        for (int i = 0; i < targets.size(); i++) {
            String at = "targets[" + i + "]";
            UserDataFile.TargetData t = targets.get(i);
            require(t != null, at, "an entry is required, not null");
            name(at + ".title", t.title(), TargetService.TITLE_MAX_LENGTH);
            optionalText(at + ".company", t.company(), TargetService.COMPANY_MAX_LENGTH);
            optionalText(at + ".postingText", t.postingText(), TargetService.POSTING_MAX_LENGTH);
            optionalText(at + ".postingUrl", t.postingUrl(), TargetService.URL_MAX_LENGTH);
            require(t.postingUrl() == null || t.postingUrl().isEmpty() || TargetService.isWebAddress(t.postingUrl()), at + ".postingUrl",
                    "must be a web address starting with http:// or https://");
            require(t.skills() != null, at + ".skills", "a list is required");
            require(!t.skills().isEmpty() && t.skills().size() <= TargetService.MAX_SKILLS, at + ".skills",
                    "must have 1 to " + TargetService.MAX_SKILLS + " skills, not " + t.skills().size());
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < t.skills().size(); k++) {
                String skillAt = at + ".skills[" + k + "]";
                UserDataFile.TargetSkillData s = t.skills().get(k);
                require(s != null, skillAt, "an entry is required, not null");
                require(s.skill() == null ^ s.customSkill() == null, skillAt,
                        "names either a catalog skill (\"skill\") or one of the file's own skills (\"customSkill\"), one of the two");
                String identity;
                if (s.skill() != null) {
                    skill(skillAt + ".skill", s.skill());
                    identity = s.skill();
                } else {
                    customSkill(skillAt + ".customSkill", s.customSkill(), customNames);
                    identity = "custom " + s.customSkill().toLowerCase(Locale.ROOT);
                }
                require(seen.add(identity), skillAt, "the target names this skill twice");
                require(s.level() != null && s.level() >= 1 && s.level() <= 4, skillAt + ".level",
                        "must be a whole number 1-4, not " + s.level());
                weight(skillAt + ".weight", s.weight());
                require(s.mustHave() != null, skillAt + ".mustHave", "true or false is required");
            }
            UserDataFile.TargetEducationData e = t.education();
            if (e != null) {
                require(e.minimum() != null && EducationLevel.fromKey(e.minimum()).isPresent(), at + ".education.minimum",
                        "unknown education level “" + e.minimum() + "”");
                require(e.fields() != null, at + ".education.fields", "a list is required");
                require(e.fields().size() <= catalog.fieldsIncludingRetiredByKey().size(), at + ".education.fields",
                        "at most one entry per field of study in the catalog");
                for (int f = 0; f < e.fields().size(); f++) {
                    active(at + ".education.fields[" + f + "]", e.fields().get(f), catalog.fieldsByKey().keySet(),
                            catalog.fieldsIncludingRetiredByKey().keySet(), "field of study");
                }
                require(e.relatedFields() != null, at + ".education.relatedFields", "true or false is required");
                weight(at + ".education.weight", e.weight());
            }
            require(t.tools() != null, at + ".tools", "a list is required");
            require(t.tools().size() <= catalog.toolsIncludingRetiredByKey().size(), at + ".tools",
                    "at most one entry per tool in the catalog");
            for (int k = 0; k < t.tools().size(); k++) {
                active(at + ".tools[" + k + "]", t.tools().get(k), catalog.toolsByKey().keySet(),
                        catalog.toolsIncludingRetiredByKey().keySet(), "tool");
                require(t.tools().indexOf(t.tools().get(k)) == k, at + ".tools[" + k + "]", "“" + t.tools().get(k) + "” is listed twice");
            }
        }
    }

    /**
     * A target's field of study or tool must be in the catalog now: TargetService takes no retired ones (a target names
     * them to be scored against, and a retired entry is no longer answered).
     */
    private static void active(String at, String key, Set<String> active, Set<String> known, String what) {
        require(key != null, at, "a " + what + " is required");
        require(known.contains(key), at, "unknown " + what + " “" + key + "”");
        require(active.contains(key), at, "the " + what + " “" + key + "” is retired from the catalog; a target cannot name it any more");
    }

    private static void customSkill(String at, String name, Set<String> customNames) {
        require(customNames.contains(name.toLowerCase(Locale.ROOT)), at, "“" + name + "” is not among the file's customSkills");
    }

    private static void weight(String at, Integer weight) {
        require(weight != null && weight >= TargetService.MIN_WEIGHT && weight <= TargetService.MAX_WEIGHT, at,
                "must be a whole number " + TargetService.MIN_WEIGHT + "-" + TargetService.MAX_WEIGHT + ", not " + weight);
    }

    /** A name as TargetService stores it: not blank, without surrounding spaces (it strips them before saving). */
    private static void name(String at, String name, int max) {
        text(at, name, 1, max);
        require(name.equals(name.strip()) && !name.isBlank(), at, "must not be blank or begin or end with spaces");
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

    private void plans(List<UserDataFile.PlanData> plans, List<UserDataFile.TargetData> targets, Set<String> customNames) {
        int roles = catalog.roles().size() + catalog.retired().roles().size();
        require(plans.size() <= roles + targets.size(), "plans", "at most " + (roles + targets.size())
                + " entries (one per role in the catalog and one per target in the file), not " + plans.size());
        // a target's plan may take the getting-started tips of any role (a target has none of its own)
        int allTips = java.util.stream.Stream.concat(catalog.roles().stream(), catalog.retired().roles().stream())
                .mapToInt(role -> role.tips().size()).sum();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            String at = "plans[" + i + "]";
            UserDataFile.PlanData p = plans.get(i);
            require(p != null, at, "an entry is required, not null");
            require(p.role() == null ^ p.target() == null, at, "a plan is for a role (\"role\") or for a target (\"target\"), one of the two");
            String owner;
            int mostSkillSteps;
            int tips;
            if (p.role() != null) {
                Role role = catalog.roleIncludingRetired(p.role()).orElse(null);
                require(role != null, at + ".role", "unknown role “" + p.role() + "”");
                owner = p.role();
                // PlanGenerator makes one step per skill gap, one for education, one per tip. Counting every skill of
                // the catalog (not only the role's) keeps a plan valid whose role has since lost a skill.
                mostSkillSteps = catalog.skillsIncludingRetiredByKey().size();
                tips = role.tips().size();
            } else {
                require(!targets.isEmpty(), at + ".target", "the file has no targets, so no plan can be for one");
                require(p.target() >= 0 && p.target() < targets.size(), at + ".target",
                        "must be the index of one of the file's targets (0 to " + (targets.size() - 1) + "), not " + p.target());
                owner = "targets[" + p.target() + "]";
                mostSkillSteps = TargetService.MAX_SKILLS;
                tips = allTips;
            }
            Integer first = seen.putIfAbsent(owner, i);
            require(first == null, at + (p.role() != null ? ".role" : ".target"), "a second plan for “" + owner
                    + "” (the first is plans[" + first + "])");
            require(p.hoursPerWeek() >= PlanService.MIN_PACE && p.hoursPerWeek() <= PlanService.MAX_PACE, at + ".hoursPerWeek",
                    "must be " + PlanService.MIN_PACE + " to " + PlanService.MAX_PACE + " hours a week, not " + p.hoursPerWeek());
            require(p.startsOn() != null, at + ".startsOn", "a date is required");
            date(at + ".startsOn", p.startsOn(), today);
            require(p.steps() != null, at + ".steps", "the list of steps is missing");
            steps(at, mostSkillSteps + 1 + tips, tips + 1, p.role() == null ? customNames : null, p.steps(),
                    p.role() != null ? "what a plan for this role can have" : "what a plan for a target can have");
        }
    }

    /** {@code customNames} null: a role's plan, whose steps name catalog skills only. */
    private void steps(String planAt, int most, int mostTips, Set<String> customNames, List<UserDataFile.Step> steps,
                       String why) {
        // steps accepted from a team's suggestions come on top of the generated ones, up to their own limit
        long suggested = steps.stream().filter(s -> s != null && PlanMerge.isSuggested(s.key())).count();
        require(suggested <= PlanService.MAX_SUGGESTED_STEPS, planAt + ".steps", "at most " + PlanService.MAX_SUGGESTED_STEPS
                + " suggested steps (what a plan can take from teams), not " + suggested);
        require(steps.size() - suggested <= most, planAt + ".steps", "at most " + most + " steps (" + why + "), not "
                + (steps.size() - suggested) + (suggested > 0 ? " besides the suggested ones" : ""));
        Map<String, Integer> keys = new HashMap<>();
        // a custom skill's step is stored under a key made from the skill ("skill:custom:7"), so one skill, one step
        Map<String, Integer> customSteps = new HashMap<>();
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
                if (s.customSkill() != null) {
                    require(customNames != null, at + ".customSkill", "only a target's plan has steps for one's own skills");
                    require(s.skill() == null, at + ".skill", "a step names a catalog skill or one's own skill, not both");
                    customSkill(at + ".customSkill", s.customSkill(), customNames);
                    Integer other = customSteps.putIfAbsent(s.customSkill().toLowerCase(Locale.ROOT), i);
                    require(other == null, at + ".customSkill", "“" + s.customSkill() + "” has a step already (step " + other + ")");
                } else {
                    require(s.skill() != null, at + ".skill", "a skill step needs its skill");
                    skill(at + ".skill", s.skill());
                }
                // a step suggested by a team names a skill but no levels (the suggestion gives none)
                boolean fromGaps = !PlanMerge.isSuggested(s.key());
                level(at + ".fromLevel", s.fromLevel(), fromGaps);
                level(at + ".toLevel", s.toLevel(), fromGaps);
            } else {
                require(s.skill() == null && s.customSkill() == null && s.fromLevel() == null && s.toLevel() == null,
                        at + ".skill", "only skill steps name a skill and levels");
            }
            require(s.articleTips() != null, at + ".articleTips", "a list is required");
            require(s.articleTips().size() <= mostTips, at + ".articleTips",
                    "at most " + mostTips + " tips, not " + s.articleTips().size());
            for (int t = 0; t < s.articleTips().size(); t++) {
                text(at + ".articleTips[" + t + "]", s.articleTips().get(t), 1, MAX_TEXT);
            }
            text(at + ".action", s.action(), 0, PlanMerge.isSuggested(s.key()) ? PlanService.SUGGESTED_ACTION_MAX_LENGTH : MAX_TEXT);
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

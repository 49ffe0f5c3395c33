package app.skillpath.week;

import app.skillpath.assessment.RatingChange;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import app.skillpath.scoring.Answers;
import app.skillpath.scoring.FitCalculator;
import app.skillpath.week.ThisWeek.BehindSchedule;
import app.skillpath.week.ThisWeek.FitChange;
import app.skillpath.week.ThisWeek.NextStep;
import app.skillpath.week.ThisWeek.RatingDue;
import app.skillpath.week.ThisWeek.Reason;
import app.skillpath.week.ThisWeek.Timing;
import app.skillpath.week.WeekInputs.PlannedFor;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The weekly loop worked out from a user's plans and ratings (plain Java, on a clock the caller sets): the next steps,
 * the plans behind schedule, the ratings due for a check, the fit per planned role or target against four weeks ago,
 * and the progress calendar with its streak. Every date is the user's own: "today" and the days of the calendar are
 * taken in the user's time zone.
 */
public final class WeeklyLoop {

    /** At most this many next steps are shown; the rest are on the plans. */
    public static final int MAX_NEXT_STEPS = 5;
    /** A rating older than this is due for a check. */
    public static final int RATING_CHECK_DAYS = 90;
    /** The fit is compared with the ratings as they stood this many days ago. */
    public static final int FIT_COMPARED_DAYS = 28;
    /** A streak is counted back at most this far (ten years), whatever an imported file claims. */
    private static final int MAX_STREAK_WEEKS = 520;

    private WeeklyLoop() {
    }

    public static ThisWeek of(WeekInputs in) {
        LocalDate today = LocalDate.ofInstant(in.now(), in.zone());
        List<NextStep> open = openSteps(in.plans(), today);
        return new ThisWeek(today, !in.answers().ratings().isEmpty() || in.answers().education().isPresent(), open.stream().limit(MAX_NEXT_STEPS).toList(), open.size(), behind(in.plans(), today),
                ratingsDue(in, today), fits(in), calendar(in, today));
    }

    /** Every open step, dated ones first by due date (so overdue ones lead), then the undated ones in plan order. */
    static List<NextStep> openSteps(List<PlannedFor> plans, LocalDate today) {
        List<NextStep> steps = new ArrayList<>();
        for (PlannedFor planned : plans) {
            for (PlanStep step : planned.plan().steps()) {
                if (step.status().isOpen()) {
                    steps.add(new NextStep(planned.key(), planned.title(), step, timing(step, today)));
                }
            }
        }
        // a stable sort: steps due the same day, and undated steps, keep plan order and step order
        steps.sort(Comparator.comparing((NextStep next) -> next.step().dueOn().orElse(LocalDate.MAX)));
        return steps;
    }

    static Timing timing(PlanStep step, LocalDate today) {
        if (step.dueOn().isEmpty()) {
            return Timing.LATER;
        }
        LocalDate due = step.dueOn().get();
        if (due.isBefore(today)) {
            return Timing.OVERDUE;
        }
        return due.isBefore(today.plusDays(7)) ? Timing.DUE_THIS_WEEK : Timing.LATER;
    }

    /** Plans with open steps whose due dates have passed: how many, and how late the oldest is. */
    static List<BehindSchedule> behind(List<PlannedFor> plans, LocalDate today) {
        List<BehindSchedule> behind = new ArrayList<>();
        for (PlannedFor planned : plans) {
            List<LocalDate> late = planned.plan().steps().stream()
                    .filter(step -> step.status().isOpen())
                    .flatMap(step -> step.dueOn().stream())
                    .filter(due -> due.isBefore(today))
                    .toList();
            if (!late.isEmpty()) {
                LocalDate oldest = late.stream().min(LocalDate::compareTo).orElseThrow();
                behind.add(new BehindSchedule(planned.key(), planned.title(), late.size(),
                        ChronoUnit.DAYS.between(oldest, today), planned.plan().hoursPerWeek()));
            }
        }
        return behind;
    }

    /**
     * Rated skills worth a fresh look: those with a plan step done after the day they were last rated (the step was
     * meant to raise them), then those last rated or checked more than {@link #RATING_CHECK_DAYS} days ago, oldest
     * first. A step closed by a rating is not counted: the rating that closed it is the fresh look. A step done on the
     * day of the rating does not count either, as the day alone cannot tell which came first.
     */
    static List<RatingDue> ratingsDue(WeekInputs in, LocalDate today) {
        Instant tooOld = in.now().minus(Duration.ofDays(RATING_CHECK_DAYS));
        Map<String, PlanStep> lastDoneBySkill = new HashMap<>();
        for (PlannedFor planned : in.plans()) {
            for (PlanStep step : planned.plan().steps()) {
                if (step.status() == StepStatus.DONE && !step.closedByRating() && step.doneOn().isPresent()
                        && step.draft().skillKey().isPresent()) {
                    lastDoneBySkill.merge(step.draft().skillKey().get(), step,
                            (a, b) -> a.doneOn().get().isAfter(b.doneOn().get()) ? a : b);
                }
            }
        }
        List<RatingDue> afterSteps = new ArrayList<>();
        List<RatingDue> old = new ArrayList<>();
        in.lastChecked().forEach((skill, checked) -> {
            String name = in.skillNames().get(skill);
            if (name == null) {
                return; // a retired skill: there is nothing to open on the assessment
            }
            LocalDate checkedOn = LocalDate.ofInstant(checked, in.zone());
            PlanStep done = lastDoneBySkill.get(skill);
            if (done != null && done.doneOn().get().isAfter(checkedOn)) {
                afterSteps.add(new RatingDue(skill, name, Reason.STEP_DONE, checked, checkedOn, Optional.of(done.draft().title()), done.doneOn()));
            } else if (checked.isBefore(tooOld)) {
                old.add(new RatingDue(skill, name, Reason.OLD, checked, checkedOn, Optional.empty(), Optional.empty()));
            }
        });
        afterSteps.sort(Comparator.comparing((RatingDue due) -> due.doneOn().orElseThrow()).reversed()
                .thenComparing(RatingDue::skillName));
        old.sort(Comparator.comparing(RatingDue::lastChecked).thenComparing(RatingDue::skillName));
        List<RatingDue> all = new ArrayList<>(afterSteps);
        all.addAll(old);
        return all;
    }

    /** The fit now and as the ratings stood {@link #FIT_COMPARED_DAYS} days ago, for each planned role or target. */
    static List<FitChange> fits(WeekInputs in) {
        Instant then = in.now().minus(Duration.ofDays(FIT_COMPARED_DAYS));
        boolean historyReachesBack = !in.history().isEmpty() && in.history().getFirst().changedAt().isBefore(then);
        Answers asThen = new Answers(ratingsAsOf(in.history(), then), in.answers().education(), in.answers().fieldKey());
        return in.plans().stream().map(planned -> new FitChange(planned.key(), planned.title(),
                planned.requirements().map(role -> FitCalculator.score(role, in.answers()).fit()),
                planned.requirements().filter(role -> historyReachesBack).map(role -> FitCalculator.score(role, asThen).fit())))
                .toList();
    }

    /** The ratings as they stood just before {@code instant}, replayed from the history (oldest first). */
    static Map<String, Integer> ratingsAsOf(List<RatingChange> history, Instant instant) {
        Map<String, Integer> ratings = new HashMap<>();
        for (RatingChange change : history) {
            if (!change.changedAt().isBefore(instant)) {
                break;
            }
            change.level().ifPresentOrElse(level -> ratings.put(change.skillKey(), level), () -> ratings.remove(change.skillKey()));
        }
        return ratings;
    }

    /**
     * The last {@link ProgressCalendar#WEEKS} weeks up to today, and the streak: the weeks with progress in a row up to
     * this week, or up to last week while this week has none yet (a streak is not lost on a Monday morning).
     */
    static ProgressCalendar calendar(WeekInputs in, LocalDate today) {
        Map<LocalDate, Integer> steps = new TreeMap<>();
        for (PlannedFor planned : in.plans()) {
            for (PlanStep step : planned.plan().steps()) {
                if (step.status() == StepStatus.DONE && !step.closedByRating() && step.doneOn().isPresent()) {
                    steps.merge(step.doneOn().get(), 1, Integer::sum);
                }
            }
        }
        Map<LocalDate, Integer> raises = new TreeMap<>();
        Map<String, Integer> levels = new HashMap<>();
        for (RatingChange change : in.history()) {
            Integer before = change.level().isPresent() ? levels.put(change.skillKey(), change.level().get())
                    : levels.remove(change.skillKey());
            if (before != null && change.level().isPresent() && change.level().get() > before) {
                raises.merge(LocalDate.ofInstant(change.changedAt(), in.zone()), 1, Integer::sum);
            }
        }
        LocalDate firstDay = monday(today).minusWeeks(ProgressCalendar.WEEKS - 1);
        List<ProgressCalendar.Day> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new ProgressCalendar.Day(day, steps.getOrDefault(day, 0), raises.getOrDefault(day, 0)));
        }
        Set<LocalDate> activeWeeks = new HashSet<>();
        steps.keySet().forEach(day -> activeWeeks.add(monday(day)));
        raises.keySet().forEach(day -> activeWeeks.add(monday(day)));
        LocalDate week = monday(today);
        if (!activeWeeks.contains(week)) {
            week = week.minusWeeks(1);
        }
        int streak = 0;
        while (streak < MAX_STREAK_WEEKS && activeWeeks.contains(week)) {
            streak++;
            week = week.minusWeeks(1);
        }
        return new ProgressCalendar(firstDay, today, days, streak);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

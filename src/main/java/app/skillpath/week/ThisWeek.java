package app.skillpath.week;

import app.skillpath.plan.PlanStep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the home page of a returning user shows, worked out by {@link WeeklyLoop}. */
public record ThisWeek(LocalDate today, boolean hasAnswers, List<NextStep> nextSteps, int openDatedSteps, List<BehindSchedule> behind,
                       List<RatingDue> ratingsDue, List<FitChange> fits, ProgressCalendar calendar) {

    public ThisWeek {
        nextSteps = List.copyOf(nextSteps);
        behind = List.copyOf(behind);
        ratingsDue = List.copyOf(ratingsDue);
        fits = List.copyOf(fits);
    }

    /** An open step to work on, with the plan it belongs to. */
    public record NextStep(String planKey, String planTitle, PlanStep step, Timing timing) {
    }

    public enum Timing {
        /** Its due date has passed. */
        OVERDUE,
        /** Due within the next seven days (today included). */
        DUE_THIS_WEEK,
        /** Due later. */
        LATER
    }

    /** A plan whose open steps are past their dates: how many, and by how many days the oldest is late. */
    public record BehindSchedule(String planKey, String planTitle, int overdueSteps, long daysLate, int hoursPerWeek) {
    }

    /** A rated skill worth a fresh look, and why. */
    public record RatingDue(String skillKey, String skillName, Reason reason, Instant lastChecked, LocalDate lastCheckedOn,
                            Optional<String> doneStepTitle, Optional<LocalDate> doneOn) {
    }

    public enum Reason {
        /** Last rated or checked more than {@link WeeklyLoop#RATING_CHECK_DAYS} days ago. */
        OLD,
        /** A plan step for it was done after it was last rated. */
        STEP_DONE
    }

    /**
     * The fit for a planned role or target now and four weeks ago (from the rating history; empty when the history
     * does not reach back that far), or no fit at all when it asks for nothing the catalog still has.
     */
    public record FitChange(String key, String title, Optional<Double> fitNow, Optional<Double> fitFourWeeksAgo) {
        public Optional<Double> change() {
            return fitNow.flatMap(now -> fitFourWeeksAgo.map(then -> now - then));
        }
    }

    public boolean hasPlans() {
        return !fits.isEmpty();
    }
}

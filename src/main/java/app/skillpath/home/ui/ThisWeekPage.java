package app.skillpath.home.ui;

import app.skillpath.assessment.AssessmentException;
import app.skillpath.assessment.ui.AssessmentView;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.Notifications;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.ui.CompareView;
import app.skillpath.catalog.ui.RoleListView;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanException;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StaleStepException;
import app.skillpath.plan.StepStatus;
import app.skillpath.plan.ui.PlanFormat;
import app.skillpath.plan.ui.PlanView;
import app.skillpath.scoring.ui.FitView;
import app.skillpath.target.TargetException;
import app.skillpath.week.ThisWeek;
import app.skillpath.week.WeekService;
import app.skillpath.week.WeeklyLoop;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * The home page of a logged-in user: this week's steps with a one-click status, plans behind schedule with their
 * re-pace, ratings due for a check, the fit per planned role or target against four weeks ago, and the progress
 * calendar. What is only read is markup; what is changed (a status, a re-pace, a rating kept) is a Vaadin component.
 * A new user sees where to start instead.
 */
class ThisWeekPage extends Main {

    /** At most this many ratings to check are listed; the rest wait for the next visit. */
    static final int MAX_RATINGS_SHOWN = 5;
    private static final List<StepStatus> ONE_CLICK = List.of(StepStatus.TODO, StepStatus.IN_PROGRESS, StepStatus.DONE);

    private final WeekService weekService;
    private final PlanService planService;
    private final String name;

    ThisWeekPage(WeekService weekService, PlanService planService, String name) {
        this.weekService = weekService;
        this.planService = planService;
        this.name = name;
        addClassNames("page", "home", "this-week");
        setId("this-week");
    }

    /**
     * Reads the week again and builds the page from it: on every arrival, and after every change (the calendar and
     * the lists move with it).
     */
    void render() {
        removeAll();
        ThisWeek week = weekService.thisWeek();
        H2 title = new H2("This week");
        add(title, HtmlBlock.of(root -> root.appendElement("p").addClass("lead").id("week-date")
                .text("Hello " + name + ". Today is " + WeekFormat.day(week.today()) + ".")));
        if (!week.hasAnswers() && !week.hasPlans()) {
            add(startHere());
            return;
        }
        add(nextSteps(week));
        if (!week.behind().isEmpty()) {
            add(behind(week));
        }
        if (!week.ratingsDue().isEmpty()) {
            add(ratingsDue(week));
        }
        add(fits(week), progress(week));
    }

    private static Section section(String id, String heading) {
        Section section = new Section(new H3(heading));
        section.setId(id);
        section.addClassName("week-section");
        return section;
    }

    private static Section startHere() {
        Section section = section("start-here", "Where to start");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("p").text("Four steps take you from reading about the roles to a plan you work through week by week. "
                    + "Everything you answer is saved at once, so you can stop at any point and come back.");
            Element steps = root.appendElement("ol").addClass("start-steps");
            Element read = steps.appendElement("li");
            Markup.link(read, RoleListView.class, "Read about the roles").id("start-roles");
            read.appendText(" and ");
            Markup.link(read, CompareView.class, "compare them side by side").id("start-compare");
            read.appendText(".");
            Element rate = steps.appendElement("li");
            Markup.link(rate, AssessmentView.class, "Rate yourself").id("start-assessment").addClass("button-link").addClass("primary");
            rate.appendText(" on each skill, your education and your tools (about ten minutes).");
            Element fit = steps.appendElement("li");
            Markup.link(fit, FitView.class, "See your fit").id("start-fit");
            fit.appendText(" for each role, with what counts and your biggest gaps.");
            Element plan = steps.appendElement("li");
            Markup.link(plan, PlanView.class, "Make a learning plan").id("start-plan");
            plan.appendText(" from your gaps, dated at your own pace. Its steps then appear here each week.");
        }));
        return section;
    }

    private Section nextSteps(ThisWeek week) {
        Section section = section("next-steps", "Next steps");
        if (!week.hasPlans()) {
            section.add(HtmlBlock.of(root -> {
                Element p = root.appendElement("p").id("no-plan").text("You have rated yourself; now turn your gaps into steps. ");
                Markup.link(p, PlanView.class, "Make a learning plan").addClass("button-link").addClass("primary");
            }));
            return section;
        }
        if (week.nextSteps().isEmpty()) {
            section.add(HtmlBlock.of(root -> {
                Element p = root.appendElement("p").id("no-open-steps")
                        .text("Every step of your plans is done or skipped. Well done. Rate yourself again and rebuild a plan on ");
                Markup.link(p, PlanView.class, "your learning plan");
                p.appendText(" for what comes next.");
            }));
            return section;
        }
        for (ThisWeek.NextStep next : week.nextSteps()) {
            section.add(stepRow(next));
        }
        int more = week.openDatedSteps() - week.nextSteps().size();
        if (more > 0) {
            section.add(HtmlBlock.of(root -> {
                Element p = root.appendElement("p").addClass("fine-print").id("more-steps")
                        .text(WeekFormat.count(more, "more open step waits", "more open steps wait") + " on ");
                Markup.link(p, PlanView.class, "your plans");
                p.appendText(".");
            }));
        }
        return section;
    }

    private Div stepRow(ThisWeek.NextStep next) {
        PlanStep step = next.step();
        String id = "week-step-" + step.id();
        Div row = new Div();
        row.addClassName("week-step");
        row.setId(id);
        row.add(HtmlBlock.of(root -> {
            root.appendElement("h4").text(step.draft().title());
            Element about = root.appendElement("p").addClass("week-step-about");
            about.appendText("In your plan for ");
            Markup.link(about, PlanView.class, QueryParameters.of("role", next.planKey()), next.planTitle());
            Element badges = root.appendElement("div").addClass("badges");
            switch (next.timing()) {
                case OVERDUE -> Markup.badge(badges, "Overdue").addClass("overdue-badge");
                case DUE_THIS_WEEK -> Markup.badge(badges, "Due this week").addClass("due-badge");
                case LATER -> { }
            }
            if (step.startsOn().isPresent() && step.dueOn().isPresent()) {
                Markup.badge(badges, PlanFormat.date(step.startsOn().get()) + " to " + PlanFormat.date(step.dueOn().get()));
            } else {
                Markup.badge(badges, "No date: every week or long-term");
            }
        }));
        RadioButtonGroup<StepStatus> status = new RadioButtonGroup<>();
        status.setItems(ONE_CLICK);
        status.setItemLabelGenerator(StepStatus::label);
        status.setValue(step.status());
        status.setId(id + "-status");
        status.setAriaLabel("Status of “" + step.draft().title() + "”");
        // added after the first setValue, so only the user's choices arrive here; only the offered three are taken
        status.addValueChangeListener(event -> {
            if (event.getValue() != null && ONE_CLICK.contains(event.getValue()) && event.getValue() != step.status()) {
                changeStatus(step, event.getValue());
            }
        });
        row.add(status);
        return row;
    }

    /** Saves the new status at once, naming the version this page read; the note stays as it is. */
    private void changeStatus(PlanStep step, StepStatus status) {
        try {
            planService.updateStep(step.id(), step.version(), status, step.note().orElse(null));
            Notifications.saved("Saved: “" + step.draft().title() + "” is now " + status.label().toLowerCase(Locale.ROOT) + ".");
        } catch (StaleStepException e) {
            Notifications.error(e.getMessage());
        } catch (PlanException e) {
            Notifications.error(e.getMessage());
        }
        render();
    }

    private Section behind(ThisWeek week) {
        Section section = section("behind-schedule", "Behind schedule");
        for (ThisWeek.BehindSchedule late : week.behind()) {
            Div row = new Div();
            row.addClassName("week-row");
            row.add(HtmlBlock.of(root -> {
                Element p = root.appendElement("p");
                Markup.link(p, PlanView.class, QueryParameters.of("role", late.planKey()), late.planTitle());
                p.appendText(": " + WeekFormat.count(late.overdueSteps(), "step is", "steps are") + " past due, the oldest by "
                        + WeekFormat.count(late.daysLate(), "day", "days") + ". Re-pacing dates the open steps again from today at "
                        + late.hoursPerWeek() + " hours a week; what you did stays.");
            }));
            Button repace = new Button("Re-pace from today", event -> repace(late));
            repace.setId("repace-" + late.planKey().replace(':', '-'));
            row.add(repace);
            section.add(row);
        }
        return section;
    }

    private void repace(ThisWeek.BehindSchedule late) {
        try {
            // the pace as it is now, not as this page read it: the plan page in another tab may have changed it
            int hoursPerWeek = planService.myPlan(late.planKey()).map(Plan::hoursPerWeek).orElse(late.hoursPerWeek());
            Plan plan = planService.changePace(late.planKey(), hoursPerWeek);
            Notifications.saved("Your plan for " + late.planTitle() + " is dated again from today"
                    + plan.expectedCompletion().map(done -> "; it now ends on " + PlanFormat.date(done)).orElse("") + ".");
        } catch (PlanException e) {
            Notifications.error(e.getMessage());
        }
        render();
    }

    private Section ratingsDue(ThisWeek week) {
        Section section = section("ratings-due", "Ratings to check");
        section.add(HtmlBlock.of(root -> root.appendElement("p").addClass("fine-print").text(
                "A rating older than " + WeeklyLoop.RATING_CHECK_DAYS + " days, or one you worked on since you gave it, may no "
                        + "longer be right. Open it on the assessment to change it, or keep it as it is.")));
        for (ThisWeek.RatingDue due : week.ratingsDue().stream().limit(MAX_RATINGS_SHOWN).toList()) {
            String id = "due-" + due.skillKey().replace(':', '-');
            Div row = new Div();
            row.addClassName("week-row");
            row.setId(id);
            row.add(HtmlBlock.of(root -> {
                Element p = root.appendElement("p");
                p.appendElement("strong").text(due.skillName());
                p.appendText(switch (due.reason()) {
                    case STEP_DONE -> ": you finished “" + due.doneStepTitle().orElse("") + "” on "
                            + PlanFormat.date(due.doneOn().orElseThrow()) + ", after you last rated it. ";
                    case OLD -> ": last rated or checked on " + PlanFormat.date(due.lastCheckedOn()) + ". ";
                });
                Markup.link(p, AssessmentView.class, QueryParameters.of(AssessmentView.SKILL_PARAMETER, due.skillKey()), "Check it")
                        .id(id + "-open");
            }));
            Button keep = new Button("Still right", event -> keep(due));
            keep.setId(id + "-keep");
            keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            keep.setAriaLabel("Keep my rating of " + due.skillName() + " as it is");
            row.add(keep);
            section.add(row);
        }
        int more = week.ratingsDue().size() - MAX_RATINGS_SHOWN;
        if (more > 0) {
            section.add(HtmlBlock.of(root -> root.appendElement("p").addClass("fine-print").id("more-ratings-due")
                    .text(WeekFormat.count(more, "more rating is", "more ratings are") + " due; they show here as you check these.")));
        }
        return section;
    }

    private void keep(ThisWeek.RatingDue due) {
        try {
            weekService.stillRight(due.skillKey());
            Notifications.saved("Kept: your rating of " + due.skillName() + " counts as checked today.");
        } catch (AssessmentException | TargetException e) {
            Notifications.error(e.getMessage());
        }
        render();
    }

    private static Section fits(ThisWeek week) {
        Section section = section("week-fits", "Your fit");
        section.add(HtmlBlock.of(root -> {
            if (week.fits().isEmpty()) {
                Element p = root.appendElement("p").id("fit-without-plan").text("Your fit for every role is on ");
                Markup.link(p, FitView.class, "your fit page");
                p.appendText(". Make a plan for one, and its fit shows here week by week.");
                return;
            }
            Markup.Table table = Markup.table(root, "week-fit-table", "Fit for what you plan for, now and four weeks ago",
                    List.of("Role or target", "Fit now", "Since four weeks ago"));
            for (ThisWeek.FitChange fit : week.fits()) {
                table.row(fit.title(), fit.fitNow().map(ThisWeekPage::percent).orElse("No fit: it asks for nothing the catalog still has"),
                        change(fit));
            }
            Element p = root.appendElement("p").addClass("fine-print").text("Four weeks ago is your ratings as they stood "
                    + WeeklyLoop.FIT_COMPARED_DAYS + " days ago, from your rating history; education counts as you answer it today. ");
            Markup.link(p, FitView.class, "Why this fit?");
        }));
        return section;
    }

    private static String change(ThisWeek.FitChange fit) {
        if (fit.fitNow().isEmpty()) {
            return "";
        }
        return fit.change().map(change -> {
            long points = Math.round(change);
            return points == 0 ? "No change" : (points > 0 ? "Up " : "Down ") + WeekFormat.count(Math.abs(points), "point", "points");
        }).orElse("Your ratings do not go back four weeks yet");
    }

    private static String percent(double fit) {
        return Math.round(fit) + "%";
    }

    private static Section progress(ThisWeek week) {
        Section section = section("progress", "Your progress");
        section.add(HtmlBlock.of(root -> ProgressGrid.append(root, week.calendar())));
        return section;
    }
}

package app.skillpath.plan.ui;

import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.ui.AssessmentView;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.catalog.CatalogItem;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.plan.FitTrend;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanException;
import app.skillpath.plan.PlanExport;
import app.skillpath.plan.PlanProgress;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StaleStepException;
import app.skillpath.plan.StepKind;
import app.skillpath.plan.StepStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The learning plan for one role (/plan?role=...): create it at a pace, work its dated steps, see
 * progress, the fit trend and what was done, and download it as Markdown, CSV or a calendar.
 */
@Menu(order = 5, title = "Learning plan", icon = "vaadin:calendar-clock")
@Route(value = "plan", layout = MainLayout.class)
@PageTitle("Learning plan" + MainLayout.TITLE_SUFFIX)
@PermitAll
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
@JavaScript("context://scripts/fit-chart.js")
public class PlanView extends Main implements BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final PlanService planService;
    private final AssessmentService assessmentService;
    private final CatalogService catalogService;
    private final Select<Role> rolePicker = new Select<>();
    private final Div content = new Div();
    private Role role;

    public PlanView(PlanService planService, AssessmentService assessmentService, CatalogService catalogService) {
        this.planService = planService;
        this.assessmentService = assessmentService;
        this.catalogService = catalogService;
        addClassNames("page", "plan");

        rolePicker.setLabel("Plan for");
        rolePicker.setId("plan-role");
        rolePicker.setItems(catalogService.roles());
        rolePicker.setItemLabelGenerator(r -> r == null ? "" : r.title() + (retired(r) ? " (retired)" : ""));
        rolePicker.addValueChangeListener(event -> {
            if (event.getValue() != null && (role == null || !event.getValue().key().equals(role.key()))) {
                getUI().ifPresent(ui -> ui.navigate(PlanView.class, QueryParameters.of("role", event.getValue().key())));
            }
        });
        content.setId("plan-content");
        add(rolePicker, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("role", List.of());
        List<String> withPlans = planService.myPlanRoleKeys();
        String key = !asked.isEmpty() ? asked.getFirst() : withPlans.isEmpty() ? catalogService.roles().getFirst().key() : withPlans.getFirst();
        // a retired role takes no new plans, but a plan the user already has for it is still theirs to see
        Optional<Role> chosen = catalogService.catalog().roleIncludingRetired(key)
                .filter(r -> !retired(r) || withPlans.contains(r.key()));
        role = chosen.orElse(catalogService.roles().getFirst());
        List<Role> choices = new ArrayList<>(catalogService.roles());
        catalogService.catalog().retired().roles().stream().filter(r -> withPlans.contains(r.key())).forEach(choices::add);
        rolePicker.setItems(choices);
        rolePicker.setValue(role);
        render();
        if (chosen.isEmpty()) {
            error("There is no role called “" + key + "”; showing " + role.title() + " instead.");
        }
    }

    private void render() {
        content.removeAll();
        planService.myPlan(role.key()).ifPresentOrElse(this::showPlan, this::showCreate);
    }

    private void showCreate() {
        H2 heading = new H2("Make a plan to become a " + role.title());
        Paragraph text = new Paragraph("Skillpath turns your gaps for this role into steps built from the article's "
                + "getting-started tips, dated at your pace. You can change the pace, and update the plan when your ratings change.");
        content.add(heading, text);
        if (!assessmentService.mine().hasAnyAnswer()) {
            Paragraph hint = new Paragraph("You haven't rated yourself yet, so every skill counts as a gap. ");
            RouterLink rate = new RouterLink("Rate yourself first", AssessmentView.class);
            hint.add(rate);
            hint.addClassName("callout");
            hint.setId("plan-rate-first");
            content.add(hint);
        }
        IntegerField pace = paceField(5);
        Button create = new Button("Create plan", e -> {
            if (!validPace(pace)) {
                return;
            }
            try {
                planService.createPlan(role.key(), pace.getValue());
                render();
                Notification.show("Your plan is ready.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (PlanException ex) {
                error(ex.getMessage());
            }
        });
        create.setId("create-plan");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(pace, create);
        form.addClassName("pickers");
        content.add(form);
    }

    private IntegerField paceField(int value) {
        IntegerField pace = new IntegerField("Hours per week");
        pace.setId("plan-pace");
        pace.setMin(PlanService.MIN_PACE);
        pace.setMax(PlanService.MAX_PACE);
        pace.setStepButtonsVisible(true);
        pace.setHelperText(PlanService.MIN_PACE + " to " + PlanService.MAX_PACE + " hours");
        pace.setValue(value);
        return pace;
    }

    private static boolean validPace(IntegerField pace) {
        Integer value = pace.getValue();
        boolean ok = value != null && value >= PlanService.MIN_PACE && value <= PlanService.MAX_PACE;
        pace.setErrorMessage("Enter a whole number of hours from " + PlanService.MIN_PACE + " to " + PlanService.MAX_PACE + ".");
        pace.setInvalid(!ok);
        return ok;
    }

    private boolean retired(Role candidate) {
        return catalogService.catalog().isRetired(CatalogItem.role(candidate.key()));
    }

    private boolean retiredSkill(String skillKey) {
        return catalogService.catalog().isRetired(CatalogItem.skill(skillKey));
    }

    private void showPlan(Plan plan) {
        if (retired(role)) {
            showRetiredPlan(plan);
            return;
        }
        Span completion = new Span(plan.expectedCompletion().map(date -> "Expected completion: " + DATE.format(date))
                .orElse("Nothing left to date: every dated step is done or skipped."));
        completion.setId("plan-completion");
        completion.addClassName("plan-completion");
        ProgressBar bar = new ProgressBar(0, 100, plan.percentDone());
        bar.setId("plan-progress-bar");
        bar.getElement().setAttribute("aria-label", "Share of the plan's effort done");
        Span percent = new Span(String.format(Locale.US, "%.0f%% of the effort done", plan.percentDone()));
        percent.setId("plan-progress");
        Div summary = new Div(completion, bar, percent);
        summary.addClassName("plan-summary");

        IntegerField pace = paceField(plan.hoursPerWeek());
        Button repace = new Button("Change pace", e -> {
            if (validPace(pace)) {
                planService.changePace(role.key(), pace.getValue());
                render();
            }
        });
        repace.setId("change-pace");
        Button regenerate = new Button("Update from my ratings", e -> {
            planService.regenerate(role.key());
            render();
            Notification.show("Plan updated from your current ratings.", 3000, Notification.Position.BOTTOM_START);
        });
        regenerate.setId("regenerate-plan");
        Div controls = new Div(pace, repace, regenerate);
        controls.addClassName("pickers");


        content.add(summary, controls, downloads(), steps(plan), bySkill(plan), trend(), timeline(plan), deleteButton());
    }

    private Div downloads() {
        Div downloads = new Div(
                download("Markdown", "md", PlanExport.MARKDOWN_TYPE, p -> PlanExport.markdown(p, role.title())),
                download("CSV", "csv", PlanExport.CSV_TYPE, PlanExport::csv),
                download("Calendar (.ics)", "ics", PlanExport.CALENDAR_TYPE, p -> PlanExport.calendar(p, role.title())));
        downloads.addClassName("actions");
        return downloads;
    }

    private Section steps(Plan plan) {
        Section steps = new Section(new H2("Steps"));
        steps.addClassName("article-section");
        steps.setId("plan-steps");
        for (PlanStep step : plan.steps()) {
            steps.add(new StepCard(step));
        }
        return steps;
    }

    /**
     * A plan for a role the catalog has retired: kept and shown as it was, its steps still editable, but with no fit
     * trend and no rebuilding, since the role is no longer scored.
     */
    private void showRetiredPlan(Plan plan) {
        Paragraph notice = new Paragraph("The role " + role.title() + " is retired from the catalog. Your plan for it is "
                + "kept as it was; it is no longer scored or rebuilt from your ratings.");
        notice.addClassName("callout");
        notice.setId("plan-retired");
        Span percent = new Span(String.format(Locale.US, "%.0f%% of the effort done", plan.percentDone()));
        percent.setId("plan-progress");
        content.add(notice, percent, downloads(), steps(plan), bySkill(plan), deleteButton());
    }

    private Anchor download(String label, String extension, String type, Function<Plan, String> render) {
        String roleKey = role.key();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            // read at download time, for the logged-in user only
            Plan plan = planService.myPlan(roleKey).orElseThrow();
            byte[] bytes = render.apply(plan).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), PlanExport.fileName(roleKey, extension), type, bytes.length);
        }), "Download " + label);
        anchor.setId("download-" + extension);
        anchor.addClassName("button-link");
        return anchor;
    }

    private Section bySkill(Plan plan) {
        UnorderedList list = new UnorderedList();
        Map<String, Double> progress = PlanProgress.percentDoneBySkill(plan.steps());
        var skills = catalogService.catalog().skillsIncludingRetiredByKey();
        progress.forEach((skill, percent) -> list.add(new ListItem(skillName(skills.get(skill), skill)
                + (retiredSkill(skill) ? " (retired)" : "") + ": " + String.format(Locale.US, "%.0f%%", percent) + " done")));
        if (progress.isEmpty()) {
            list.add(new ListItem("No skill steps in this plan."));
        }
        list.setId("plan-progress-by-skill");
        Section section = new Section(new H2("Progress by skill"), list);
        section.addClassName("article-section");
        return section;
    }

    private Section trend() {
        List<FitTrend.Week> weeks = planService.trend(role.key());
        Section section = new Section(new H2("Your fit over time"));
        section.addClassName("article-section");
        section.setId("plan-trend");
        if (weeks.isEmpty()) {
            section.add(new Paragraph("Your fit by week appears here once you have rated skills."));
            return section;
        }
        TrendChart chart = new TrendChart(role.key(), weeks);
        chart.addClassName("trend-chart");
        NativeTable table = new NativeTable();
        table.setId("trend-table");
        table.addClassName("fit-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        headRow.add(new NativeTableHeaderCell("Week of"), new NativeTableHeaderCell("Fit"));
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (FitTrend.Week week : weeks) {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(DATE.format(week.weekStart())),
                    new NativeTableCell(String.valueOf(Math.round(week.fit()))));
            body.add(row);
        }
        table.add(head, body);
        Paragraph how = new Paragraph("Recomputed from your rating history; education counts as you answer it today.");
        how.addClassName("fine-print");
        Div tableWrapper = new Div(table);
        tableWrapper.addClassName("table-scroll");
        section.add(chart, tableWrapper, how);
        return section;
    }

    private Section timeline(Plan plan) {
        List<PlanStep> done = plan.steps().stream().filter(step -> step.status() == StepStatus.DONE && step.doneOn().isPresent())
                .sorted(Comparator.comparing(step -> step.doneOn().get())).toList();
        Section section = new Section(new H2("Done so far"));
        section.addClassName("article-section");
        OrderedList list = new OrderedList();
        list.setId("plan-timeline");
        list.addClassName("timeline");
        for (PlanStep step : done) {
            list.add(new ListItem(DATE.format(step.doneOn().get()) + ": " + step.draft().title()
                    + (step.closedByRating() ? " (closed by your ratings)" : "")));
        }
        section.add(done.isEmpty() ? new Paragraph("Steps you complete appear here with their date.") : list);
        return section;
    }

    private Button deleteButton() {
        Button delete = new Button("Delete this plan", e -> {
            ConfirmDialog dialog = new ConfirmDialog("Delete your plan for " + role.title() + "?",
                    "Its steps, statuses and notes will be deleted. Your ratings stay.", "Delete plan", confirmed -> {
                planService.deletePlan(role.key());
                render();
            });
            dialog.setCancelable(true);
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        delete.setId("delete-plan");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return delete;
    }

    /** One step with its status and note; saves name the version they read (optimistic locking). */
    private class StepCard extends Div {

        private PlanStep step;

        StepCard(PlanStep step) {
            addClassName("step-card");
            show(step);
        }

        private void show(PlanStep current) {
            this.step = current;
            removeAll();
            setId("step-" + current.key().replace(':', '-'));
            H3 title = new H3(current.draft().title());
            Div badges = new Div();
            badges.addClassName("badges");
            switch (current.draft().kind()) {
                case EDUCATION -> badges.add(badge("Long-term"));
                case ONGOING -> badges.add(badge("Every week"));
                case EVIDENCE -> badges.add(badge("Evidence"));
                case SKILL -> { }
            }
            current.draft().effortHours().ifPresent(hours -> badges.add(badge("About " + hours + " h")));
            if (current.startsOn().isPresent() && current.dueOn().isPresent()) {
                badges.add(badge(DATE.format(current.startsOn().get()) + " to " + DATE.format(current.dueOn().get())));
            }
            if (current.closedByRating()) {
                badges.add(badge("Closed by your ratings"));
            }
            // the step stays with its progress; the skill itself is no longer in the catalog's offer
            if (current.draft().skillKey().filter(PlanView.this::retiredSkill).isPresent()) {
                Span retiredBadge = badge("Retired skill");
                retiredBadge.setId("retired-" + current.key().replace(':', '-'));
                badges.add(retiredBadge);
            }
            add(title, badges);
            for (String tip : current.draft().articleTips()) {
                Paragraph quote = new Paragraph("From the article: “" + tip + "”");
                quote.addClassName("quote");
                add(quote);
            }
            add(new Paragraph(current.draft().action()));

            Select<StepStatus> status = new Select<>();
            status.setLabel("Status");
            status.setItems(StepStatus.values());
            status.setItemLabelGenerator(value -> value == null ? "" : value.label());
            status.setValue(current.status());
            status.setId("status-" + current.key().replace(':', '-'));
            TextArea note = new TextArea("Note");
            note.setMaxLength(PlanService.NOTE_MAX_LENGTH);
            note.setValue(current.note().orElse(""));
            note.setId("note-" + current.key().replace(':', '-'));
            note.setManualValidation(true);
            Button save = new Button("Save", e -> save(status.getValue(), note));
            save.setId("save-" + current.key().replace(':', '-'));
            current.doneOn().ifPresent(date -> {
                Span doneOn = new Span("Done on " + DATE.format(date));
                doneOn.addClassName("fine-print");
                add(doneOn);
            });
            Div edit = new Div(status, note, save);
            edit.addClassName("step-edit");
            add(edit);
        }

        private void save(StepStatus status, TextArea note) {
            boolean becameDone = status == StepStatus.DONE && step.status() != StepStatus.DONE;
            try {
                PlanStep saved = planService.updateStep(step.id(), step.version(), status, note.getValue());
                // progress, completion date and timeline all change with a status
                render();
                Notification.show("Saved.", 2000, Notification.Position.BOTTOM_START);
                if (becameDone && saved.draft().kind() == StepKind.SKILL && saved.draft().toLevel().isPresent()
                        && saved.draft().skillKey().map(catalogService.catalog().skillsByKey()::containsKey).orElse(false)) {
                    // only a step whose skill is in the catalog, and not retired, can update a rating
                    offerRatingUpdate(saved);
                }
            } catch (StaleStepException e) {
                show(e.current());
                error(e.getMessage());
            } catch (PlanException e) {
                note.setErrorMessage(e.getMessage());
                note.setInvalid(true);
            }
        }

        private void offerRatingUpdate(PlanStep done) {
            String skillKey = done.draft().skillKey().orElseThrow();
            int level = done.draft().toLevel().orElseThrow();
            String skillName = catalogService.catalog().skillsByKey().get(skillKey).name();
            ConfirmDialog dialog = new ConfirmDialog("Update your rating?",
                    "You finished the step for " + skillName + ". Rate yourself " + ProficiencyLevel.of(level).display()
                            + " now? Your fit updates at once.",
                    "Rate me " + ProficiencyLevel.of(level).display(), confirmed -> {
                assessmentService.rate(skillKey, level);
                Notification.show("Rating updated: " + skillName + " is now " + ProficiencyLevel.of(level).display() + ".",
                        3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
            dialog.setCancelable(true);
            dialog.setCancelText("Not now");
            dialog.setId("offer-rating");
            dialog.open();
        }
    }

    private static String skillName(Skill skill, String key) {
        return skill != null ? skill.name() : key;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        return badge;
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}

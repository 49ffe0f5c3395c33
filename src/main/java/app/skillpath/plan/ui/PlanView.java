package app.skillpath.plan.ui;

import app.skillpath.base.text.UserText;
import app.skillpath.assessment.AssessmentException;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.ui.AssessmentView;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.Notifications;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogItem;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.plan.FitTrend;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanException;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StaleStepException;
import app.skillpath.plan.StepKind;
import app.skillpath.plan.StepStatus;
import app.skillpath.target.CustomSkill;
import app.skillpath.target.MyTargets;
import app.skillpath.target.Target;
import app.skillpath.target.TargetException;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetService;
import app.skillpath.team.Suggestion;
import app.skillpath.team.TeamException;
import app.skillpath.team.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learning plan for one role (/plan?role=...): create it at a pace, work its dated steps, see
 * progress, the fit trend and what was done, and download it as Markdown, CSV or a calendar.
 * What the page only shows is markup ({@link PlanSummary}, {@link PlanTrend}, {@link PlanTimeline},
 * each step's text in its {@link StepCard}); only what the user changes is a component. Above the plan, the steps a
 * team's owner suggested and that wait for the user's answer ({@link TeamSuggestions}).
 */
@Menu(order = 5, title = "Learning plan", icon = "vaadin:calendar-clock")
@Route(value = "plan", layout = MainLayout.class)
@PageTitle("Learning plan" + MainLayout.TITLE_SUFFIX)
@PermitAll
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
@JavaScript("context://scripts/fit-chart.js")
public class PlanView extends Main implements BeforeEnterObserver {

    private final PlanService planService;
    private final AssessmentService assessmentService;
    private final CatalogService catalogService;
    private final TargetService targetService;
    private final TeamService teamService;
    private final Select<Choice> rolePicker = new Select<>();
    private final Div content = new Div();
    /** The role or target the page shows a plan for. */
    private Choice role;
    /** The user's targets and custom skills as read when the page was entered (names of custom skills in the plan). */
    private MyTargets targets = MyTargets.none();
    /** Every role and target the picker offers, as read when the page was entered (names of plans elsewhere). */
    private List<Choice> choices = List.of();
    /** The card whose editor is open, if any. */
    private StepCard editing;

    public PlanView(PlanService planService, AssessmentService assessmentService, CatalogService catalogService,
                    TargetService targetService, TeamService teamService) {
        this.planService = planService;
        this.teamService = teamService;
        this.assessmentService = assessmentService;
        this.catalogService = catalogService;
        this.targetService = targetService;
        addClassNames("page", "plan");

        rolePicker.setLabel("Plan for");
        rolePicker.setId("plan-role");
        rolePicker.setItemLabelGenerator(choice -> choice == null ? "" : choice.label());
        rolePicker.addValueChangeListener(event -> {
            if (event.getValue() != null && (role == null || !event.getValue().key().equals(role.key()))) {
                getUI().ifPresent(ui -> ui.navigate(PlanView.class, QueryParameters.of("role", event.getValue().key())));
            }
        });
        content.setId("plan-content");
        add(rolePicker, content);
    }

    /**
     * One entry of the picker: a catalog role (perhaps retired, when the user has a plan for it) or one of the user's
     * own targets, which the services take by its key ("target:12") wherever a role key goes.
     */
    record Choice(String key, String title, boolean target, boolean retired) {
        String label() {
            return title + (target ? " (your target)" : "") + (retired ? " (retired)" : "");
        }

        /** "Data Science Manager", "your target Analyst at Acme": how sentences name it. */
        String named() {
            return target ? "your target " + title : title;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("role", List.of());
        List<String> withPlans = planService.myPlanRoleKeys();
        targets = targetService.mine();
        String key = !asked.isEmpty() ? asked.getFirst() : withPlans.isEmpty() ? catalogService.roles().getFirst().key() : withPlans.getFirst();
        List<Choice> choices = new ArrayList<>(catalogService.roles().stream().map(r -> ofRole(r, false)).toList());
        catalogService.catalog().retired().roles().stream().filter(r -> withPlans.contains(r.key())).map(r -> ofRole(r, true))
                .forEach(choices::add);
        targets.targets().stream().map(PlanView::ofTarget).forEach(choices::add);
        this.choices = List.copyOf(choices);
        // a retired role takes no new plans, but a plan the user already has for it is still theirs to see;
        // a target key that is not among the user's own finds no choice, whoever else's it may be
        Optional<Choice> chosen = choices.stream().filter(choice -> choice.key().equals(key)).findFirst();
        role = chosen.orElse(choices.getFirst());
        rolePicker.setItems(choices);
        rolePicker.setValue(role);
        render();
        if (chosen.isEmpty()) {
            Notifications.error(TargetKey.isTarget(key)
                    ? "That target is not among yours (it may have been deleted); showing " + role.title() + " instead."
                    : "There is no role called " + UserText.quote(key) + "; showing " + role.title() + " instead.");
        }
    }

    private static Choice ofRole(Role role, boolean retired) {
        return new Choice(role.key(), role.title(), false, retired);
    }

    private static Choice ofTarget(Target target) {
        return new Choice(target.key(), target.title(), true, false);
    }

    /** Shows the plan as it is stored now, or the form to make one. */
    private void render() {
        content.removeAll();
        // one statement when nothing waits; the user's plans are read only when something does
        List<Suggestion> suggestions = teamService.suggestionsForMe();
        if (!suggestions.isEmpty()) {
            content.add(new TeamSuggestions(suggestions, planChoices(), role, this::acceptSuggestion, this::declineSuggestion));
        }
        planService.myPlan(role.key()).ifPresentOrElse(this::showPlan, this::showCreate);
    }

    /** The roles and targets the user has a plan for now, named as the picker names them. */
    private List<Choice> planChoices() {
        return planService.myPlanRoleKeys().stream()
                .flatMap(key -> choices.stream().filter(choice -> choice.key().equals(key)).findFirst().stream())
                .toList();
    }

    /** Adds the suggestion to the chosen plan and shows that plan with the new step. */
    private void acceptSuggestion(Suggestion suggestion, Choice plan) {
        if (plan == null) {
            Notifications.error("Choose the plan to add the suggestion to.");
            return;
        }
        try {
            teamService.accept(suggestion.id(), plan.key());
        } catch (TeamException | PlanException e) {
            // answered in another tab, the team left, the plan deleted meanwhile: show what there is now, and why
            render();
            Notifications.error(e.getMessage());
            return;
        }
        if (plan.key().equals(role.key())) {
            render();
        } else {
            getUI().ifPresent(ui -> ui.navigate(PlanView.class, QueryParameters.of("role", plan.key())));
        }
        Notifications.saved("Added “" + suggestion.title() + "” to your plan for " + plan.named() + ".");
    }

    private void declineSuggestion(Suggestion suggestion) {
        try {
            teamService.decline(suggestion.id());
        } catch (TeamException e) {
            render();
            Notifications.error(e.getMessage());
            return;
        }
        render();
        Notifications.info("You declined “" + suggestion.title() + "”; " + suggestion.fromName() + " sees your answer.");
    }

    private void showCreate() {
        boolean unrated = !assessmentService.mine().hasAnyAnswer() && targets.customRatings().isEmpty();
        content.add(HtmlBlock.of(root -> {
            if (role.target()) {
                root.appendElement("h2").text("Make a plan for your target " + role.title());
                root.appendElement("p").text("Skillpath turns your gaps for this target into steps built from the article's "
                        + "getting-started tips, dated at your pace. A skill of your own has no tip in the article: its step counts "
                        + "the hours per level you gave it in the self-assessment. You can change the pace, and update the plan "
                        + "when your ratings change.");
            } else {
                root.appendElement("h2").text("Make a plan to become a " + role.title());
                root.appendElement("p").text("Skillpath turns your gaps for this role into steps built from the article's "
                        + "getting-started tips, dated at your pace. You can change the pace, and update the plan when your ratings change.");
            }
            if (unrated) {
                Markup.link(root.appendElement("p").id("plan-rate-first").addClass("callout")
                        .appendText("You haven't rated yourself yet, so every skill counts as a gap. "), AssessmentView.class, "Rate yourself first");
            }
        }));
        IntegerField pace = paceField(5);
        Button create = new Button("Create plan", e -> {
            if (validPace(pace)) {
                attempt(() -> planService.createPlan(role.key(), pace.getValue()), "Your plan is ready.");
            }
        });
        create.setId("create-plan");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(pace, create);
        form.addClassName("pickers");
        content.add(form);
    }

    /**
     * Runs a change to the plan and shows the plan as it is afterwards. A refusal (the plan was deleted
     * or created in another tab meanwhile, a pace out of range) is shown with the service's reason, and
     * the page then shows what is stored, so the user sees why.
     */
    private void attempt(Runnable change, String confirmation) {
        try {
            change.run();
            render();
            Notifications.saved(confirmation);
        } catch (PlanException | TargetException e) {
            render();
            Notifications.error(e.getMessage());
        }
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

    private boolean retiredSkill(String skillKey) {
        return catalogService.catalog().isRetired(CatalogItem.skill(skillKey));
    }

    private void showPlan(Plan plan) {
        if (role.retired()) {
            showRetiredPlan(plan);
            return;
        }
        content.add(HtmlBlock.of(root -> PlanSummary.appendTo(root, plan)));

        IntegerField pace = paceField(plan.hoursPerWeek());
        Button repace = new Button("Change pace", e -> {
            if (validPace(pace)) {
                attempt(() -> planService.changePace(role.key(), pace.getValue()), "Your plan is dated at the new pace.");
            }
        });
        repace.setId("change-pace");
        Button regenerate = new Button("Update from my ratings",
                e -> attempt(() -> planService.regenerate(role.key()), "Plan updated from your current ratings."));
        regenerate.setId("regenerate-plan");
        Div controls = new Div(pace, repace, regenerate);
        controls.addClassName("pickers");

        Catalog catalog = catalogService.catalog();
        List<FitTrend.Week> trend;
        try {
            trend = planService.trend(role.key());
        } catch (PlanException noLongerScored) {
            // a target whose skills the catalog has all retired since has no fit to trace; its plan stays
            trend = List.of();
        }
        List<FitTrend.Week> weeks = trend;
        content.add(controls, new PlanDownloads(planService, role.key(), role.title()), steps(plan), HtmlBlock.of(root -> {
            bySkill(root, plan, catalog);
            PlanTrend.appendTo(root, role.key(), weeks);
            PlanTimeline.appendTo(root, plan);
        }), deleteButton());
    }

    /**
     * A plan for a role the catalog has retired: kept and shown as it was, its steps still editable, but with no fit
     * trend and no rebuilding, since the role is no longer scored.
     */
    private void showRetiredPlan(Plan plan) {
        content.add(HtmlBlock.of(root -> {
            root.appendElement("p").id("plan-retired").addClass("callout").text("The role " + role.title()
                    + " is retired from the catalog. Your plan for it is kept as it was; it is no longer scored or rebuilt from your ratings.");
            PlanSummary.percent(root, plan);
        }));
        Catalog catalog = catalogService.catalog();
        content.add(new PlanDownloads(planService, role.key(), role.title()), steps(plan), HtmlBlock.of(root -> bySkill(root, plan, catalog)), deleteButton());
    }

    private void bySkill(Element root, Plan plan, Catalog catalog) {
        Map<String, Skill> skills = catalog.skillsIncludingRetiredByKey();
        Map<String, CustomSkill> custom = targets.customSkillsByKey();
        PlanSummary.appendBySkill(root, plan, key -> skills.containsKey(key) ? skills.get(key).name()
                : custom.containsKey(key) ? custom.get(key).name() : key, this::retiredSkill);
    }

    private Section steps(Plan plan) {
        Section steps = new Section(new H2("Steps"));
        steps.addClassName("article-section");
        steps.setId("plan-steps");
        for (PlanStep step : plan.steps()) {
            // the step stays with its progress; its skill is no longer in the catalog's offer
            boolean retiredSkill = step.draft().skillKey().filter(this::retiredSkill).isPresent();
            steps.add(new StepCard(step, retiredSkill, this::save, this::editing));
        }
        return steps;
    }

    /** One step is edited at a time: opening a card's editor closes the one open before. */
    private void editing(StepCard card) {
        if (editing != null && editing != card) {
            editing.closeEditor();
        }
        editing = card;
    }

    /** Saves a step's edit, naming the version the card read (optimistic locking). */
    private void save(StepCard card, StepStatus status, String note) {
        PlanStep before = card.step();
        PlanStep saved;
        try {
            saved = planService.updateStep(before.id(), before.version(), status, note);
        } catch (StaleStepException e) {
            card.show(e.current());
            Notifications.error(e.getMessage());
            return;
        } catch (PlanException e) {
            if (stepIsGone(before)) {
                // the plan was deleted or rebuilt without this step in another tab: show what there is now
                render();
                Notifications.error(e.getMessage());
            } else {
                card.refuseNote(e.getMessage());
            }
            return;
        }
        // progress, completion date and timeline all change with a status
        render();
        Notifications.info("Saved.");
        boolean becameDone = status == StepStatus.DONE && before.status() != StepStatus.DONE;
        if (becameDone && saved.draft().kind() == StepKind.SKILL && saved.draft().toLevel().isPresent()
                && saved.draft().skillKey().map(this::rateable).orElse(false)) {
            offerRatingUpdate(saved);
        }
    }

    private boolean stepIsGone(PlanStep step) {
        return planService.myPlan(role.key()).map(plan -> plan.steps().stream().noneMatch(s -> s.id() == step.id())).orElse(true);
    }

    /** Only a skill in the catalog (not retired) or one of the user's custom skills can take a new rating. */
    private boolean rateable(String skillKey) {
        return catalogService.catalog().skillsByKey().containsKey(skillKey) || targets.customSkillsByKey().containsKey(skillKey);
    }

    private void offerRatingUpdate(PlanStep done) {
        String skillKey = done.draft().skillKey().orElseThrow();
        int level = done.draft().toLevel().orElseThrow();
        boolean custom = TargetKey.isCustomSkill(skillKey);
        String skillName = custom ? targets.customSkillsByKey().get(skillKey).name()
                : catalogService.catalog().skillsByKey().get(skillKey).name();
        String levelName = ProficiencyLevel.of(level).display();
        ConfirmDialog dialog = new ConfirmDialog("Update your rating?",
                "You finished the step for " + skillName + ". Rate yourself " + levelName + " now? Your fit updates at once.",
                "Rate me " + levelName, confirmed -> {
            try {
                if (custom) {
                    targets = targetService.rateCustomSkill(skillKey, level);
                } else {
                    assessmentService.rate(skillKey, level);
                }
            } catch (AssessmentException | TargetException refused) {
                // the catalog may have retired the skill while the offer was open: say so, not "something went wrong"
                Notifications.error(refused.getMessage());
                return;
            }
            Notifications.saved("Rating updated: " + skillName + " is now " + levelName + ".");
        });
        dialog.setCancelable(true);
        dialog.setCancelText("Not now");
        dialog.setId("offer-rating");
        dialog.open();
    }

    private Button deleteButton() {
        Button delete = new Button("Delete this plan", e -> {
            ConfirmDialog dialog = new ConfirmDialog("Delete your plan for " + role.named() + "?",
                    "Its steps, statuses and notes will be deleted. Your ratings stay.", "Delete plan",
                    confirmed -> attempt(() -> planService.deletePlan(role.key()), "Your plan was deleted."));
            dialog.setCancelable(true);
            dialog.setConfirmButtonTheme("error primary");
            dialog.setId("confirm-delete-plan");
            dialog.open();
        });
        delete.setId("delete-plan");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return delete;
    }
}

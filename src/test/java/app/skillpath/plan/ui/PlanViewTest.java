package app.skillpath.plan.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.CatalogFiles;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.account.CurrentUser;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanMerge;
import app.skillpath.plan.PlanRepository;
import app.skillpath.catalog.Role;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.StepDraft;
import app.skillpath.plan.StepKind;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import app.skillpath.plan.PlanExport;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetDraft.SkillDraft;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.plan.PlanException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import org.jsoup.Jsoup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlanViewTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    PlanService planService;

    @Autowired
    PlanRepository planRepository;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    CatalogService catalogService;

    @Autowired
    TargetService targetService;

    private Account account;

    @BeforeEach
    void logInWithOneGap() {
        account = testAccounts.create("planviewer");
        login(account, testAccounts.passwordHash(account));
        for (String skill : new String[]{"programming", "ml-frameworks", "data-structures-algorithms", "mathematics"}) {
            assessmentService.rate(skill, 3);
        }
        assessmentService.rate("cloud-computing", 2);
        assessmentService.rate("statistics", 1);
        assessmentService.saveEducation(EducationLevel.BACHELOR, "mathematics");
    }

    @Test
    void a_plan_is_created_at_a_pace_with_dated_steps_from_the_articles_tips() {
        navigate("plan?role=machine-learning-engineer");
        _get(IntegerField.class, spec -> spec.withId("plan-pace")).setValue(10);
        _click(_get(Button.class, spec -> spec.withId("create-plan")));

        expectNotifications("Your plan is ready.");
        assertThat(stepText("skill-statistics"))
                .contains("Statistical concepts and methods: from 1 aware to 3 proficient")
                .contains("From the article: “Gain a strong foundation in Computer Science, mathematics, and statistics”")
                .contains("About 80 h");
        assertThat(markup("plan-completion").text()).startsWith("Expected completion: ");
        assertThat(markup("plan-progress").text()).isEqualTo("0% of the effort done");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-md")).getHref()).isNotBlank();
        _get(Anchor.class, spec -> spec.withId("download-csv"));
        _get(Anchor.class, spec -> spec.withId("download-ics"));
    }

    @Test
    void an_invalid_pace_is_explained_and_nothing_is_created() {
        navigate("plan?role=machine-learning-engineer");
        IntegerField pace = _get(IntegerField.class, spec -> spec.withId("plan-pace"));
        pace.setValue(60);
        _click(_get(Button.class, spec -> spec.withId("create-plan")));

        assertThat(pace.isInvalid()).isTrue();
        assertThat(pace.getErrorMessage()).contains("from 1 to 40");
        assertThat(planService.myPlan("machine-learning-engineer")).isEmpty();
    }

    @Test
    void marking_a_skill_step_done_offers_to_update_the_rating_and_the_fit_follows() {
        planService.createPlan("machine-learning-engineer", 10);
        navigate("plan?role=machine-learning-engineer");

        statusOf("skill-statistics").setValue(StepStatus.DONE);
        noteOf("skill-statistics").setValue("Finished the course");
        _click(_get(Button.class, spec -> spec.withId("save-skill-statistics")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("offer-rating")));

        assertThat(assessmentService.mine().level("statistics")).contains(3);
        assertThat(markup("plan-progress").text()).isEqualTo("100% of the effort done");
        assertThat(markup("plan-timeline").text())
                .contains("Statistical concepts and methods: from 1 aware to 3 proficient");
        navigate("fit");
        assertThat(markup("fit-score-machine-learning-engineer").text()).isEqualTo("100");
    }

    @Test
    void a_save_from_a_stale_tab_gets_a_clear_message_and_the_current_state() {
        planService.createPlan("machine-learning-engineer", 10);
        navigate("plan?role=machine-learning-engineer");
        PlanStep step = planService.myPlan("machine-learning-engineer").orElseThrow().steps().getFirst();
        planService.updateStep(step.id(), step.version(), StepStatus.SKIPPED, "Skipped in the other tab");

        statusOf("skill-statistics").setValue(StepStatus.DONE);
        _click(_get(Button.class, spec -> spec.withId("save-skill-statistics")));

        assertThat(getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text", "")
                + n.getElement().getTextRecursively()).contains("changed in another tab"));
        assertThat(statusOf("skill-statistics").getValue()).isEqualTo(StepStatus.SKIPPED);
        assertThat(noteOf("skill-statistics").getValue()).isEqualTo("Skipped in the other tab");
        assertThat(planService.myPlan("machine-learning-engineer").orElseThrow().steps().getFirst().status()).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void a_forged_role_key_in_the_address_is_echoed_shortened_and_without_control_characters() {
        UI.getCurrent().navigate(PlanView.class, QueryParameters.of("role", "x".repeat(500) + "\n"));

        assertThat(getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text", "")
                + n.getElement().getTextRecursively()).contains("There is no role called “" + "x".repeat(60) + "…”; showing ")
                .doesNotContain("x".repeat(61)));
    }

    @Test
    void a_user_without_ratings_is_told_to_rate_first() {
        Account fresh = testAccounts.create("fresh");
        login(fresh, testAccounts.passwordHash(fresh));
        navigate("plan?role=data-science-manager");

        assertThat(markup("plan-rate-first").text())
                .contains("every skill counts as a gap");
    }

    @Test
    void a_step_whose_skill_the_catalog_no_longer_has_neither_breaks_the_page_nor_offers_a_rating() {
        Plan plan = planService.createPlan("machine-learning-engineer", 10);
        // as after a catalog edit that removed a skill (the import refuses such a step outright)
        StepDraft retired = new StepDraft("skill:retired-skill", StepKind.SKILL, "Retired skill: from 1 aware to 3 proficient",
                Optional.of("retired-skill"), Optional.of(1), Optional.of(3), List.of("A tip"), "Practise it.", Optional.of(20));
        planRepository.saveMerged(currentUser.id(), plan.id(), plan.steps().size(), new PlanMerge.Merged(Optional.empty(), retired,
                StepStatus.TODO, Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), 0));

        navigate("plan?role=machine-learning-engineer");
        assertThat(markup("plan-progress-by-skill").text())
                .contains("retired-skill: 0% done");
        statusOf("skill-retired-skill").setValue(StepStatus.DONE);
        _click(_get(Button.class, spec -> spec.withId("save-skill-retired-skill")));

        expectNotifications("Saved.");
        _assertNone(ConfirmDialog.class);
    }

    @Test
    void a_plan_for_a_retired_role_still_shows_with_its_retired_skill_labelled() {
        catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));
        try {
            assessmentService.rate("data-pipelines", 1);
            planService.createPlan("data-engineer", 10);
            catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRoleRetired()));

            navigate("plan?role=data-engineer");

            assertThat(markup("plan-retired").text())
                    .contains("The role Data Engineer is retired").contains("kept as it was");
            assertThat(markup("retired-skill-data-pipelines").text()).isEqualTo("Retired skill");
            assertThat(stepText("skill-data-pipelines"))
                    .contains("Data pipelines");
            assertThat(markup("plan-progress-by-skill").text())
                    .contains("Data pipelines (retired): 0% done");
            @SuppressWarnings("unchecked")
            Select<PlanView.Choice> picker = _get(Select.class, spec -> spec.withId("plan-role"));
            assertThat(picker.getItemLabelGenerator().apply(picker.getValue())).isEqualTo("Data Engineer (retired)");
            assertThat(_find(Button.class, spec -> spec.withId("regenerate-plan"))).isEmpty();
        } finally {
            // the user's data goes first, so that the real catalog may drop the Data Engineer again
            testAccounts.delete(account);
            catalogService.install(CatalogParser.parse(CatalogFiles.real()));
        }
    }

    @Test
    void accepting_the_offered_rating_for_a_skill_retired_meanwhile_shows_the_refusal_not_an_error_page() {
        catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));
        try {
            assessmentService.rate("data-pipelines", 1);
            planService.createPlan("data-engineer", 10);
            navigate("plan?role=data-engineer");
            statusOf("skill-data-pipelines").setValue(StepStatus.DONE);
            _click(_get(Button.class, spec -> spec.withId("save-skill-data-pipelines")));
            ConfirmDialog offer = _get(ConfirmDialog.class, spec -> spec.withId("offer-rating"));
            // the catalog is reloaded with the skill (and so its role) retired while the offer is open
            catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRoleRetired()));

            _fireConfirm(offer);

            assertThat(getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text", "")
                    + n.getElement().getTextRecursively()).contains("is retired and takes no new ratings"));
            assertThat(assessmentService.mine().level("data-pipelines")).contains(1);
        } finally {
            testAccounts.delete(account);
            catalogService.install(CatalogParser.parse(CatalogFiles.real()));
        }
    }

    @Test
    void changing_the_pace_of_a_plan_deleted_in_another_tab_shows_why_and_the_page_as_it_is_now() {
        planService.createPlan("machine-learning-engineer", 10);
        navigate("plan?role=machine-learning-engineer");
        planService.deletePlan("machine-learning-engineer");

        _click(_get(Button.class, spec -> spec.withId("change-pace")));

        assertRefusedWith(refusal(() -> planService.changePace("machine-learning-engineer", 10)));
        _get(Button.class, spec -> spec.withId("create-plan"));
    }

    @Test
    void updating_a_plan_deleted_in_another_tab_from_the_ratings_shows_why() {
        planService.createPlan("machine-learning-engineer", 10);
        navigate("plan?role=machine-learning-engineer");
        planService.deletePlan("machine-learning-engineer");

        _click(_get(Button.class, spec -> spec.withId("regenerate-plan")));

        assertRefusedWith(refusal(() -> planService.regenerate("machine-learning-engineer")));
        _get(Button.class, spec -> spec.withId("create-plan"));
    }

    @Test
    void deleting_a_plan_already_deleted_in_another_tab_shows_why() {
        planService.createPlan("machine-learning-engineer", 10);
        navigate("plan?role=machine-learning-engineer");
        planService.deletePlan("machine-learning-engineer");

        _click(_get(Button.class, spec -> spec.withId("delete-plan")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-plan")));

        assertRefusedWith(refusal(() -> planService.deletePlan("machine-learning-engineer")));
        _get(Button.class, spec -> spec.withId("create-plan"));
    }

    @Test
    void saving_a_step_of_a_plan_deleted_in_another_tab_shows_why_and_the_page_as_it_is_now() {
        planService.createPlan("machine-learning-engineer", 10);
        navigate("plan?role=machine-learning-engineer");
        PlanStep step = planService.myPlan("machine-learning-engineer").orElseThrow().steps().getFirst();
        planService.deletePlan("machine-learning-engineer");

        statusOf("skill-statistics").setValue(StepStatus.DONE);
        _click(_get(Button.class, spec -> spec.withId("save-skill-statistics")));

        assertRefusedWith(refusal(() -> planService.updateStep(step.id(), step.version(), StepStatus.DONE, "")));
        _get(Button.class, spec -> spec.withId("create-plan"));
        _assertNone(ConfirmDialog.class);
    }

    @Test
    void creating_a_plan_already_created_in_another_tab_shows_why_and_that_plan() {
        navigate("plan?role=machine-learning-engineer");
        planService.createPlan("machine-learning-engineer", 10);

        _click(_get(Button.class, spec -> spec.withId("create-plan")));

        assertRefusedWith(refusal(() -> planService.createPlan("machine-learning-engineer", 5)));
        assertThat(markup("plan-completion").text()).startsWith("Expected completion: ");
    }

    @Test
    void a_note_the_service_refuses_is_explained_at_the_note_and_nothing_is_saved() {
        planService.createPlan("machine-learning-engineer", 10);
        navigate("plan?role=machine-learning-engineer");
        TextArea note = noteOf("skill-statistics");
        // a browser keeps to the field's limit; a changed page need not
        note.setValue("x".repeat(PlanService.NOTE_MAX_LENGTH + 1));

        _click(_get(Button.class, spec -> spec.withId("save-skill-statistics")));

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("at most " + PlanService.NOTE_MAX_LENGTH + " characters");
        assertThat(planService.myPlan("machine-learning-engineer").orElseThrow().steps().getFirst().note()).isEmpty();
    }

    @Test
    void what_a_step_only_shows_is_markup_and_only_what_the_user_changes_is_a_component() {
        Plan plan = planService.createPlan("machine-learning-engineer", 10);
        navigate("plan?role=machine-learning-engineer");

        StepCard card = _get(StepCard.class, spec -> spec.withId("step-skill-statistics"));
        Set<Class<?>> kinds = _find(card, Component.class).stream().filter(c -> c != card)
                .map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(HtmlBlock.class, Button.class, com.vaadin.flow.component.Text.class);
        // about a kilobyte of server memory per component and open page: a closed step costs its card,
        // its markup and its button with the button's text; the editor's fields exist only while open
        int components = _find(_get(PlanView.class), Component.class).size();
        assertThat(components).isLessThanOrEqualTo(4 * plan.steps().size() + 25);
    }

    @Test
    void only_one_step_is_edited_at_a_time_and_its_status_and_note_are_shown_as_text() {
        planService.createPlan("machine-learning-engineer", 10);
        navigate("plan?role=machine-learning-engineer");

        statusOf("skill-statistics").setValue(StepStatus.IN_PROGRESS);
        noteOf("skill-statistics").setValue("Halfway through the course");
        _click(_get(Button.class, spec -> spec.withId("save-skill-statistics")));
        assertThat(markup("state-skill-statistics").text()).isEqualTo("Status: In progress");
        assertThat(markup("shown-note-skill-statistics").text()).isEqualTo("Note: Halfway through the course");
        assertThat(_find(Select.class, spec -> spec.withId("status-skill-statistics"))).isEmpty();

        openEditor("skill-statistics");
        String other = planService.myPlan("machine-learning-engineer").orElseThrow().steps().get(1).key().replace(':', '-');
        openEditor(other);
        assertThat(_find(Select.class).stream().map(select -> select.getId().orElse(""))
                .filter(id -> id.startsWith("status-")).toList()).containsExactly("status-" + other);
        _click(_get(Button.class, spec -> spec.withId("cancel-" + other)));
        assertThat(_find(TextArea.class)).isEmpty();
    }

    /** A target asking for statistics at 3 (the user has 1) and a skill of the user's own at 2 (not rated yet). */
    private Target analystTarget() {
        Target target = targetService.create(new TargetDraft("Analyst @ Acme / Berlin", "Acme", "", "", List.of(
                SkillDraft.catalog("statistics", 3, 3, true), SkillDraft.newCustom("Looker dashboards", 2, 1, false)),
                Optional.empty(), List.of()));
        targetService.saveCustomSkillDetails(customKey(target), "", 15);
        return target;
    }

    private static String customKey(Target target) {
        return target.skills().stream().filter(skill -> skill.custom()).findFirst().orElseThrow().skillKey();
    }

    @Test
    void a_plan_for_a_target_is_created_repaced_rebuilt_and_deleted_like_a_roles() {
        Target target = analystTarget();
        navigate("plan?role=" + target.key());

        @SuppressWarnings("unchecked")
        Select<PlanView.Choice> picker = _get(Select.class, spec -> spec.withId("plan-role"));
        assertThat(picker.getItemLabelGenerator().apply(picker.getValue())).isEqualTo("Analyst @ Acme / Berlin (your target)");
        assertThat(pageText()).contains("Make a plan for your target Analyst @ Acme / Berlin");
        _get(IntegerField.class, spec -> spec.withId("plan-pace")).setValue(10);
        _click(_get(Button.class, spec -> spec.withId("create-plan")));
        expectNotifications("Your plan is ready.");
        assertThat(stepText("skill-statistics")).contains("Statistical concepts and methods: from 1 aware to 3 proficient");
        assertThat(markup("plan-progress-by-skill").text()).contains("Looker dashboards: 0% done").doesNotContain("custom:");
        assertThat(markup("plan-trend")).isNotNull();

        _get(IntegerField.class, spec -> spec.withId("plan-pace")).setValue(4);
        _click(_get(Button.class, spec -> spec.withId("change-pace")));
        expectNotifications("Your plan is dated at the new pace.");
        assertThat(planService.myPlan(target.key()).orElseThrow().hoursPerWeek()).isEqualTo(4);

        assessmentService.rate("statistics", 3);
        _click(_get(Button.class, spec -> spec.withId("regenerate-plan")));
        expectNotifications("Plan updated from your current ratings.");
        assertThat(planService.myPlan(target.key()).orElseThrow().steps()).noneMatch(step -> step.key().equals("skill:statistics")
                && step.status().isOpen());

        _click(_get(Button.class, spec -> spec.withId("delete-plan")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-plan"));
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Delete your plan for your target Analyst @ Acme / Berlin?");
        _fireConfirm(confirm);
        assertThat(planService.myPlan(target.key())).isEmpty();
    }

    @Test
    void a_custom_skill_step_says_the_article_has_no_tip_and_counts_the_users_hours() {
        Target target = analystTarget();
        planService.createPlan(target.key(), 10);
        navigate("plan?role=" + target.key());

        String step = "skill-" + customKey(target).replace(':', '-');
        assertThat(stepText(step)).contains("Looker dashboards: from not rated yet to 2 working")
                .contains("the article gives no tip for it").contains("About 30 h").doesNotContain("From the article");
    }

    @Test
    void finishing_a_custom_skill_step_offers_to_update_that_custom_rating() {
        Target target = analystTarget();
        planService.createPlan(target.key(), 10);
        navigate("plan?role=" + target.key());
        String step = "skill-" + customKey(target).replace(':', '-');

        statusOf(step).setValue(StepStatus.DONE);
        _click(_get(Button.class, spec -> spec.withId("save-" + step)));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("offer-rating")));

        assertThat(targetService.mine().customRatings()).containsEntry(customKey(target), 2);
    }

    @Test
    void another_users_target_key_shows_a_clear_message_and_none_of_their_data() {
        Target theirs = analystTarget();
        planService.createPlan(theirs.key(), 10);
        Account other = testAccounts.create("planintruder");
        login(other, testAccounts.passwordHash(other));

        navigate("plan?role=" + theirs.key());

        assertThat(getNotifications()).extracting(PlanViewTest::text)
                .containsExactly("That target is not among yours (it may have been deleted); showing Machine Learning Engineer instead.");
        assertThat(pageText()).doesNotContain("Analyst").doesNotContain("Looker");
        @SuppressWarnings("unchecked")
        Select<PlanView.Choice> picker = _get(Select.class, spec -> spec.withId("plan-role"));
        assertThat(picker.getValue().key()).isEqualTo("machine-learning-engineer");
        assertThat(picker.getListDataView().getItems()).noneMatch(PlanView.Choice::target);
    }

    @Test
    void a_targets_plan_file_is_named_after_its_title_made_safe_for_a_file_name() {
        assertThat(PlanExport.fileName("target:12", "Analyst @ Acme / Berlin", "md")).isEqualTo("skillpath-plan-analyst-acme-berlin.md");
        assertThat(PlanExport.fileName("target:12", "Ingénieur·e données", "csv")).isEqualTo("skillpath-plan-ingenieur-e-donnees.csv");
        assertThat(PlanExport.fileName("target:12", "***", "ics")).isEqualTo("skillpath-plan-target-12.ics");
        assertThat(PlanExport.fileName("data-science-manager", "Data Science Manager", "md"))
                .isEqualTo("skillpath-plan-data-science-manager.md");
    }

    private static String refusal(Runnable action) {
        return catchThrowableOfType(PlanException.class, action::run).getMessage();
    }

    /** The user sees the service's reason in an error message, not the message for unexpected errors. */
    private static void assertRefusedWith(String message) {
        assertThat(getNotifications()).extracting(PlanViewTest::text).containsExactly(message);
        assertThat(getNotifications()).allSatisfy(n -> assertThat(n.getThemeNames()).contains("error"));
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }

    /** The text a step's card shows (its markup). */
    private static String stepText(String step) {
        StepCard card = _get(StepCard.class, spec -> spec.withId("step-" + step));
        return Jsoup.parse(_get(card, HtmlBlock.class).innerHtml()).text();
    }

    /** The step's status field, in its editor (opened as the user would, if it is not open yet). */
    @SuppressWarnings("unchecked")
    private static Select<StepStatus> statusOf(String step) {
        openEditor(step);
        return _get(Select.class, spec -> spec.withId("status-" + step));
    }

    private static TextArea noteOf(String step) {
        openEditor(step);
        return _get(TextArea.class, spec -> spec.withId("note-" + step));
    }

    private static void openEditor(String step) {
        _find(Button.class, spec -> spec.withId("edit-" + step)).forEach(button -> _click(button));
    }
}

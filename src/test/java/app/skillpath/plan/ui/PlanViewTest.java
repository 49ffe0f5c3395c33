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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

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
        Div statistics = _get(Div.class, spec -> spec.withId("step-skill-statistics"));
        assertThat(statistics.getElement().getTextRecursively())
                .contains("Statistical concepts and methods: from 1 aware to 3 proficient")
                .contains("From the article: “Gain a strong foundation in Computer Science, mathematics, and statistics”")
                .contains("About 80 h");
        assertThat(_get(Span.class, spec -> spec.withId("plan-completion")).getText()).startsWith("Expected completion: ");
        assertThat(_get(Span.class, spec -> spec.withId("plan-progress")).getText()).isEqualTo("0% of the effort done");
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
        _get(TextArea.class, spec -> spec.withId("note-skill-statistics")).setValue("Finished the course");
        _click(_get(Button.class, spec -> spec.withId("save-skill-statistics")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("offer-rating")));

        assertThat(assessmentService.mine().level("statistics")).contains(3);
        assertThat(_get(Span.class, spec -> spec.withId("plan-progress")).getText()).isEqualTo("100% of the effort done");
        assertThat(_get(OrderedList.class, spec -> spec.withId("plan-timeline")).getElement().getTextRecursively())
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
        assertThat(_get(TextArea.class, spec -> spec.withId("note-skill-statistics")).getValue()).isEqualTo("Skipped in the other tab");
        assertThat(planService.myPlan("machine-learning-engineer").orElseThrow().steps().getFirst().status()).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void a_user_without_ratings_is_told_to_rate_first() {
        Account fresh = testAccounts.create("fresh");
        login(fresh, testAccounts.passwordHash(fresh));
        navigate("plan?role=data-science-manager");

        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-rate-first")).getElement().getTextRecursively())
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
        assertThat(_get(UnorderedList.class, spec -> spec.withId("plan-progress-by-skill")).getElement().getTextRecursively())
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
            String skill = "  - key: data-pipelines\n    name: Data pipelines\n";
            String role = "  key: data-engineer\n";
            catalogService.install(CatalogParser.parse(CatalogFiles.edited(CatalogFiles.realPlusExtraRole(),
                    new CatalogFiles.Edit("data-engineer.yaml", skill, skill + "    retired: true\n"),
                    new CatalogFiles.Edit("data-engineer.yaml", role, role + "  retired: true\n"))));

            navigate("plan?role=data-engineer");

            assertThat(_get(Paragraph.class, spec -> spec.withId("plan-retired")).getText())
                    .contains("The role Data Engineer is retired").contains("kept as it was");
            assertThat(_get(Span.class, spec -> spec.withId("retired-skill-data-pipelines")).getText()).isEqualTo("Retired skill");
            assertThat(_get(Div.class, spec -> spec.withId("step-skill-data-pipelines")).getElement().getTextRecursively())
                    .contains("Data pipelines");
            assertThat(_get(UnorderedList.class, spec -> spec.withId("plan-progress-by-skill")).getElement().getTextRecursively())
                    .contains("Data pipelines (retired): 0% done");
            @SuppressWarnings("unchecked")
            Select<Role> picker = _get(Select.class, spec -> spec.withId("plan-role"));
            assertThat(picker.getItemLabelGenerator().apply(picker.getValue())).isEqualTo("Data Engineer (retired)");
            assertThat(_find(Button.class, spec -> spec.withId("regenerate-plan"))).isEmpty();
        } finally {
            // the user's data goes first, so that the real catalog may drop the Data Engineer again
            testAccounts.delete(account);
            catalogService.install(CatalogParser.parse(CatalogFiles.real()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Select<StepStatus> statusOf(String step) {
        return _get(Select.class, spec -> spec.withId("status-" + step));
    }
}

package app.skillpath.target.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.account.ui.LoginView;
import app.skillpath.base.ui.NotFoundView;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.Skill;
import app.skillpath.plan.PlanService;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetDraft.SkillDraft;
import app.skillpath.target.TargetService;
import app.skillpath.target.TargetSkill;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class TargetEditorViewTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TargetService targetService;

    @Autowired
    PlanService planService;

    @Autowired
    CatalogService catalogService;

    private final List<Account> accounts = new ArrayList<>();
    private Account account;

    @BeforeEach
    void logIn() {
        account = testAccounts.create("targeteditor");
        accounts.add(account);
        login(account, testAccounts.passwordHash(account));
    }

    @AfterEach
    void deleteAccounts() {
        logout();
        accounts.forEach(testAccounts::delete);
    }

    @Test
    void a_target_made_from_scratch_is_saved_with_its_skills_education_and_tools() {
        navigate("targets/new");
        field("target-title").setValue("Data engineer at Acme");
        field("target-company").setValue("Acme");
        field("target-posting-url").setValue("https://jobs.example.com/42");
        addCatalogSkill("statistics");
        select("skill-statistics-level").setValue(3);
        select("skill-statistics-weight").setValue(5);
        _get(Checkbox.class, spec -> spec.withId("skill-statistics-must")).setValue(true);
        @SuppressWarnings("unchecked")
        Select<EducationLevel> education = _get(Select.class, spec -> spec.withId("target-education"));
        education.setValue(EducationLevel.BACHELOR);
        save();

        expectNotifications("“Data engineer at Acme” is saved.");
        Target saved = targetService.mine().targets().getFirst();
        assertThat(saved.title()).isEqualTo("Data engineer at Acme");
        assertThat(saved.company()).contains("Acme");
        assertThat(saved.postingUrl()).contains("https://jobs.example.com/42");
        assertThat(saved.skills()).containsExactly(new TargetSkill("statistics", skillName("statistics"), false, 3, 5, true));
        assertThat(saved.education()).hasValueSatisfying(asked -> assertThat(asked.minimum()).isEqualTo(EducationLevel.BACHELOR));
        // the new target's own address, so that a reload edits it instead of making another
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(TargetEditorView.editUrl(saved.key()));
        // after saving, the way on: the fit and a plan for this target
        assertThat(markup("target-see-fit").attr("href")).isEqualTo("fit");
        assertThat(markup("target-make-plan").attr("href")).isEqualTo("plan?role=" + saved.key().replace(":", "%3A"));
    }

    @Test
    void saving_again_after_a_create_updates_the_same_target() {
        navigate("targets/new");
        field("target-title").setValue("First title");
        addCatalogSkill("programming");
        save();
        field("target-title").setValue("Second title");
        save();

        assertThat(targetService.mine().targets()).extracting(Target::title).containsExactly("Second title");
    }

    @Test
    void a_copied_role_keeps_its_skills_and_a_changed_level_is_saved() {
        navigate("targets/new?role=machine-learning-engineer");
        TargetDraft copied = targetService.draftFromRole("machine-learning-engineer");
        assertThat(field("target-title").getValue()).isEqualTo(copied.title());
        assertThat(markup("target-note").text()).contains("A copy of the catalog role");
        select("skill-statistics-level").setValue(4);
        save();

        Target saved = targetService.mine().targets().getFirst();
        assertThat(saved.skills()).hasSize(copied.skills().size());
        assertThat(saved.skill("statistics")).hasValueSatisfying(skill -> assertThat(skill.requiredLevel()).isEqualTo(4));
        assertThat(saved.skill("programming")).hasValueSatisfying(skill -> assertThat(skill.requiredLevel())
                .isEqualTo(copied.skills().stream().filter(s -> "programming".equals(s.skillKey())).findFirst().orElseThrow().requiredLevel()));
    }

    @Test
    void an_unknown_role_to_copy_is_explained_and_the_form_starts_blank() {
        navigate("targets/new?role=astronaut");

        expectNotifications("There is no role called “astronaut”. Starting from scratch instead.");
        assertThat(field("target-title").getValue()).isEmpty();
    }

    @Test
    void a_skill_of_ones_own_is_added_and_an_existing_one_of_that_name_is_reused() {
        navigate("targets/new");
        field("target-title").setValue("Platform role");
        field("custom-skill-name").setValue("Kubernetes operations");
        _click(_get(Button.class, spec -> spec.withId("add-custom-skill")));
        save();
        String firstKey = targetService.mine().customSkills().getFirst().key();

        navigate("targets/new");
        field("target-title").setValue("Another platform role");
        field("custom-skill-name").setValue("kubernetes OPERATIONS");
        _click(_get(Button.class, spec -> spec.withId("add-custom-skill")));
        save();

        assertThat(targetService.mine().customSkills()).hasSize(1);
        assertThat(targetService.mine().targets()).allSatisfy(target ->
                assertThat(target.skills()).extracting(TargetSkill::skillKey).containsExactly(firstKey));
    }

    @Test
    void own_skills_whose_names_read_alike_in_an_id_get_ids_of_their_own() {
        navigate("targets/new");
        for (String name : List.of("C++", "C#", "数据", "数学")) {
            field("custom-skill-name").setValue(name);
            _click(_get(Button.class, spec -> spec.withId("add-custom-skill")));
        }

        List<String> ids = _find(Checkbox.class).stream().map(box -> box.getId().orElse(""))
                .filter(id -> id.startsWith("skill-new-")).toList();
        assertThat(ids).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void a_removed_skill_is_gone_after_saving_and_can_be_added_again() {
        Target target = targetService.create(draft("Two skills", "statistics", "programming"));
        navigate(TargetEditorView.editUrl(target.key()));
        assertThat(comboItems()).doesNotContain("statistics");

        _click(_get(Button.class, spec -> spec.withId("skill-statistics-remove")));
        assertThat(comboItems()).contains("statistics");
        save();

        assertThat(targetService.myTarget(target.key()).orElseThrow().skills()).extracting(TargetSkill::skillKey)
                .containsExactly("programming");
    }

    @Test
    void a_blank_title_is_refused_and_what_was_typed_stays() {
        navigate("targets/new");
        field("target-company").setValue("Acme");
        addCatalogSkill("statistics");
        save();

        expectNotifications("Give the target a title, for example the job title of the posting.");
        assertThat(field("target-title").isInvalid()).isTrue();
        assertThat(field("target-company").getValue()).isEqualTo("Acme");
        assertThat(_find(Select.class, spec -> spec.withId("skill-statistics-level"))).hasSize(1);
        assertThat(targetService.mine().targets()).isEmpty();
    }

    @Test
    void a_posting_over_the_limit_is_refused_by_the_server_even_past_the_fields_limit() {
        navigate("targets/new");
        field("target-title").setValue("Long posting");
        addCatalogSkill("statistics");
        // a client can send more than maxLength allows: the server's check is what counts
        _get(TextArea.class, spec -> spec.withId("target-posting-text")).setValue("x".repeat(TargetService.POSTING_MAX_LENGTH + 1));
        save();

        assertThat(getNotifications()).hasSize(1);
        assertThat(notificationText()).contains("The posting");
        assertThat(targetService.mine().targets()).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("target-posting-text")).getValue())
                .hasSize(TargetService.POSTING_MAX_LENGTH + 1);
    }

    @Test
    void the_posting_counter_counts_what_was_typed() {
        navigate("targets/new");
        TextArea posting = _get(TextArea.class, spec -> spec.withId("target-posting-text"));
        posting.setValue("We need SQL.");

        assertThat(posting.getHelperText()).isEqualTo("12 of 20,000 characters");
    }

    @Test
    void a_change_made_in_another_tab_meanwhile_is_not_overwritten() {
        Target target = targetService.create(draft("Original", "statistics"));
        navigate(TargetEditorView.editUrl(target.key()));
        // the other tab saves first
        targetService.update(target.key(), target.version(), draft("Changed elsewhere", "statistics"));

        field("target-title").setValue("Changed here");
        save();

        assertThat(notificationText()).contains("was changed in another tab or browser");
        assertThat(targetService.myTarget(target.key()).orElseThrow().title()).isEqualTo("Changed elsewhere");
        assertThat(field("target-title").getValue()).isEqualTo("Changed here");
    }

    @Test
    void deleting_asks_first_then_removes_the_target_and_its_plan() {
        Target target = targetService.create(draft("To go", "statistics"));
        planService.createPlan(target.key(), 5);
        navigate(TargetEditorView.editUrl(target.key()));

        _click(_get(Button.class, spec -> spec.withId("delete-target")));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-target"));
        assertThat(dialog.getElement().getProperty("message")).contains("learning plan");
        assertThat(targetService.mine().targets()).hasSize(1);
        _fireConfirm(dialog);

        assertThat(targetService.mine().targets()).isEmpty();
        assertThat(planService.myPlan(target.key())).isEmpty();
        _get(TargetsView.class);
    }

    @Test
    void another_users_target_or_a_forged_key_is_not_found() {
        Account other = testAccounts.create("othertargets");
        accounts.add(other);
        login(other, testAccounts.passwordHash(other));
        Target theirs = targetService.create(draft("Their secret target", "statistics"));
        login(account, testAccounts.passwordHash(account));

        for (String key : List.of(theirs.key(), "target:abc", "statistics")) {
            navigate("targets/" + key + "/edit");
            _get(NotFoundView.class);
            _assertNone(TargetEditorView.class);
            assertThat(pageText()).doesNotContain("Their secret target").contains("among yours");
        }
    }

    @Test
    void a_visitor_is_sent_to_log_in() {
        logout();
        for (String location : List.of("targets/new", "targets/target:1/edit")) {
            navigate(location);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void the_old_posting_address_opens_the_posting_reader() {
        navigate("targets/new?from=posting");

        _get(PostingView.class);
        _assertNone(TargetEditorView.class);
    }

    @Test
    void a_draft_can_come_with_a_note_per_skill() {
        TargetForm form = new TargetForm(catalogService.catalog(), Map.of());
        form.setDraft(draft("From a posting", "statistics"), Map.of("statistics", "“strong statistics” in Requirements"));
        UI.getCurrent().add(form);

        assertThat(markup().select(".target-skill-note").text()).isEqualTo("“strong statistics” in Requirements");
        assertThat(form.draft()).isEqualTo(draft("From a posting", "statistics"));
    }

    private static TargetDraft draft(String title, String... skills) {
        return new TargetDraft(title, "", "", "", java.util.Arrays.stream(skills)
                .map(skill -> SkillDraft.catalog(skill, 2, 3, false)).toList(), Optional.empty(), List.of());
    }

    private String skillName(String key) {
        return catalogService.catalog().skillsByKey().get(key).name();
    }

    @SuppressWarnings("unchecked")
    private void addCatalogSkill(String key) {
        ComboBox<Skill> combo = _get(ComboBox.class, spec -> spec.withId("add-catalog-skill"));
        combo.setValue(catalogService.catalog().skillsByKey().get(key));
    }

    @SuppressWarnings("unchecked")
    private static List<String> comboItems() {
        ComboBox<Skill> combo = _get(ComboBox.class, spec -> spec.withId("add-catalog-skill"));
        return combo.getListDataView().getItems().map(Skill::key).toList();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("save-target")));
    }

    private static String notificationText() {
        return getNotifications().getLast().getElement().getProperty("text", "");
    }
}

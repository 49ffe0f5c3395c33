package app.skillpath.assessment.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.target.CustomSkill;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetDraft.SkillDraft;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
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
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** "Your own skills" below the catalog's form: the custom skills of the user's targets, each saved on change. */
class CustomSkillsSectionTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TargetService targetService;

    private Target target;
    private String key;
    private String id;

    @BeforeEach
    void logInWithATargetThatAsksForACustomSkill() {
        Account account = testAccounts.create("customrater");
        login(account, testAccounts.passwordHash(account));
        target = targetService.create(new TargetDraft("Analyst at Acme", "", "", "", List.of(
                SkillDraft.catalog("statistics", 3, 3, true), SkillDraft.newCustom("Looker dashboards", 2, 1, false)),
                Optional.empty(), List.of()));
        key = target.skills().get(1).skillKey();
        id = key.replace(':', '-');
    }

    @Test
    void a_user_without_custom_skills_has_no_such_section_and_the_form_stays_the_page() {
        Account fresh = testAccounts.create("nocustom");
        login(fresh, testAccounts.passwordHash(fresh));
        navigate("assessment");

        _assertNone(CustomSkillsSection.class);
        assertThat(_get(AssessmentForm.class).getElement().getAttribute("role")).isEqualTo("main");
    }

    @Test
    void each_custom_skill_shows_its_name_the_targets_using_it_and_the_catalogs_scale() {
        navigate("assessment");

        _assertOne(CustomSkillsSection.class);
        assertThat(pageText()).contains("Your own skills").contains("Looker dashboards");
        assertThat(markup("custom-used-" + id).text()).isEqualTo("Used by: Analyst at Acme.");
        Select<Integer> level = level();
        assertThat(level.getListDataView().getItems().map(level.getItemLabelGenerator()::apply).toList())
                .containsExactly("0 none", "1 aware", "2 working", "3 proficient", "4 expert");
        assertThat(level.getValue()).isNull();
        assertThat(_get(TextArea.class, spec -> spec.withId("custom-note-" + id)).getMaxLength()).isEqualTo(2000);
        _assertNone(Button.class, spec -> spec.withId("custom-remove-" + id));
    }

    @Test
    void a_rating_is_saved_at_once_and_kept_in_the_history() {
        navigate("assessment");

        level().setValue(3);
        assertThat(_get(Span.class, spec -> spec.withId("custom-saved-" + id)).getText()).isEqualTo("Rating saved.");
        level().setValue(1);

        assertThat(stored().level()).contains(1);
        assertThat(targetService.myCustomHistory()).filteredOn(change -> change.skillKey().equals(key)).hasSize(2);
        navigate("assessment");
        assertThat(level().getValue()).isEqualTo(1);
        assertThat(level().getHelperText()).isEqualTo("I know what it is and when it is used, and can follow a conversation about it.");
    }

    @Test
    void note_and_hours_per_level_are_saved_on_change_and_out_of_range_hours_are_explained_not_saved() {
        navigate("assessment");
        IntegerField hours = _get(IntegerField.class, spec -> spec.withId("custom-hours-" + id));

        _get(TextArea.class, spec -> spec.withId("custom-note-" + id)).setValue("Built the sales dashboards at work");
        hours.setValue(12);
        assertThat(stored().note()).contains("Built the sales dashboards at work");
        assertThat(stored().hoursPerLevel()).isEqualTo(12);

        hours.setValue(900);
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Enter a whole number of hours from 1 to 500.");
        assertThat(stored().hoursPerLevel()).isEqualTo(12);
    }

    @Test
    void a_note_the_service_refuses_stays_in_the_field_with_the_reason() {
        navigate("assessment");
        TextArea note = _get(TextArea.class, spec -> spec.withId("custom-note-" + id));

        note.setValue("a\u0000b");

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).startsWith("This note cannot be saved");
        assertThat(note.getValue()).isEqualTo("a\u0000b");
        assertThat(stored().note()).isEmpty();
    }

    @Test
    void a_custom_skill_no_target_uses_can_be_removed() {
        targetService.update(target.key(), target.version(), new TargetDraft("Analyst at Acme", "", "", "", List.of(
                SkillDraft.catalog("statistics", 3, 3, true)), Optional.empty(), List.of()));
        navigate("assessment");
        assertThat(markup("custom-used-" + id).text()).isEqualTo("No target of yours uses this skill any more.");

        _click(_get(Button.class, spec -> spec.withId("custom-remove-" + id)));

        assertThat(targetService.mine().customSkills()).isEmpty();
        _assertNone(CustomSkillsSection.class);
        assertThat(getNotifications()).extracting(CustomSkillsSectionTest::text).containsExactly("Looker dashboards was removed.");
    }

    @Test
    void removing_a_skill_a_target_took_up_in_another_tab_is_refused_with_the_reason() {
        targetService.update(target.key(), target.version(), new TargetDraft("Analyst at Acme", "", "", "", List.of(
                SkillDraft.catalog("statistics", 3, 3, true)), Optional.empty(), List.of()));
        navigate("assessment");
        Target again = targetService.mine().targets().getFirst();
        targetService.update(again.key(), again.version(), new TargetDraft("Analyst at Acme", "", "", "", List.of(
                SkillDraft.catalog("statistics", 3, 3, true), new SkillDraft(key, null, 2, 1, false)), Optional.empty(), List.of()));

        _click(_get(Button.class, spec -> spec.withId("custom-remove-" + id)));

        assertThat(getNotifications()).extracting(CustomSkillsSectionTest::text)
                .containsExactly("This skill is still part of “Analyst at Acme”: remove it from there first.");
        assertThat(targetService.mine().customSkills()).hasSize(1);
        assertThat(_find(Select.class, spec -> spec.withId("custom-level-" + id))).hasSize(1);
    }

    private CustomSkill stored() {
        return targetService.mine().customSkillsByKey().get(key);
    }

    @SuppressWarnings("unchecked")
    private Select<Integer> level() {
        return _get(Select.class, spec -> spec.withId("custom-level-" + id));
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }
}

package app.skillpath.assessment.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.Tool;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AssessmentViewTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AssessmentService assessmentService;

    @BeforeEach
    void logIn() {
        Account account = testAccounts.create("rater");
        login(account, testAccounts.passwordHash(account));
        navigate("assessment");
    }

    @Test
    void every_skill_appears_once_grouped_by_area_without_required_levels() {
        assertThat(_find(Div.class, spec -> spec.withClasses("skill-card"))).hasSize(11);
        _get(Div.class, spec -> spec.withId("skill-statistics"));
        assertThat(pageText()).doesNotContain("Required level").doesNotContain("required level:");
        assertThat(progress()).isEqualTo("0 of 11 skills rated");
        assertThat(_get(Span.class, spec -> spec.withId("status-statistics")).getText()).isEqualTo("Not rated yet");
    }

    @Test
    void each_level_shows_its_behavioural_description() {
        assertThat(_get(Div.class, spec -> spec.withId("skill-statistics")).getElement().getTextRecursively()).isNotNull();
        RadioButtonGroup<Integer> rating = rating("statistics");
        assertThat(rating.getListDataView().getItems().toList()).containsExactly(0, 1, 2, 3, 4);
        assertThat(app.skillpath.catalog.ProficiencyLevel.WORKING.description())
                .isEqualTo("I can do routine tasks with it on my own, looking things up as I go.");
    }

    @Test
    void a_rating_is_saved_as_it_is_given_and_shown_again_on_the_next_visit() {
        rating("statistics").setValue(3);
        rating("programming").setValue(0);

        assertThat(progress()).isEqualTo("2 of 11 skills rated");
        assertThat(_get(Span.class, spec -> spec.withId("status-programming")).getText()).isEqualTo("Rated 0 none");
        assertThat(assessmentService.mine().level("statistics")).contains(3);

        navigate("");
        navigate("assessment");
        assertThat(rating("statistics").getValue()).isEqualTo(3);
        assertThat(rating("programming").getValue()).isZero();
        assertThat(rating("mathematics").getValue()).isNull();
        assertThat(progress()).isEqualTo("2 of 11 skills rated");
    }

    @Test
    void clearing_a_rating_makes_it_not_rated_again() {
        rating("statistics").setValue(2);
        rating("statistics").clear();

        assertThat(assessmentService.mine().level("statistics")).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("status-statistics")).getText()).isEqualTo("Not rated yet");
    }

    @Test
    void the_role_filter_shows_only_that_roles_skills() {
        @SuppressWarnings("unchecked")
        Select<String> filter = _get(Select.class, spec -> spec.withId("role-filter"));
        Div programming = _get(Div.class, spec -> spec.withId("skill-programming"));
        filter.setValue("data-science-manager");

        assertThat(_get(Div.class, spec -> spec.withId("skill-team-leadership")).isVisible()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("skill-statistics")).isVisible()).isTrue();
        assertThat(programming.isVisible()).isFalse();
        assertThat(_find(Div.class, spec -> spec.withClasses("skill-card"))).hasSize(6);

        filter.setValue(AssessmentView.ALL_ROLES);
        assertThat(programming.isVisible()).isTrue();
    }

    @Test
    void notes_education_and_tools_are_saved_as_given() {
        _get(TextArea.class, spec -> spec.withId("note-statistics")).setValue("A/B testing course, 2025");
        @SuppressWarnings("unchecked")
        Select<EducationLevel> level = _get(Select.class, spec -> spec.withId("education-level"));
        level.setValue(EducationLevel.MASTER);
        @SuppressWarnings("unchecked")
        Select<String> field = _get(Select.class, spec -> spec.withId("education-field"));
        field.setValue("other");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Tool> tools = _get(CheckboxGroup.class, spec -> spec.withId("tools"));
        tools.setValue(Set.of(tools.getListDataView().getItems().filter(tool -> tool.key().equals("sql")).findFirst().orElseThrow()));

        var mine = assessmentService.mine();
        assertThat(mine.note("statistics")).contains("A/B testing course, 2025");
        assertThat(mine.education().level()).contains(EducationLevel.MASTER);
        assertThat(mine.education().fieldKey()).contains("other");
        assertThat(mine.toolKeys()).containsExactly("sql");
    }

    @Test
    void an_over_long_note_is_refused_at_the_field() {
        TextArea note = _get(TextArea.class, spec -> spec.withId("note-statistics"));
        note.setValue("x".repeat(2001));

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("at most 2000 characters");
        assertThat(assessmentService.mine().note("statistics")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> rating(String skill) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("rating-" + skill));
    }

    private static String progress() {
        return _get(Span.class, spec -> spec.withId("assessment-progress")).getText();
    }
}

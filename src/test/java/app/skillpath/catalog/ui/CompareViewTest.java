package app.skillpath.catalog.ui;

import app.skillpath.KaribuTest;
import app.skillpath.catalog.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CompareViewTest extends KaribuTest {

    @Test
    void compares_the_two_article_roles_section_by_section_by_default() {
        navigate("compare");

        assertThat(leftSelect().getValue().key()).isEqualTo("machine-learning-engineer");
        assertThat(rightSelect().getValue().key()).isEqualTo("data-science-manager");
        String skills = _get(Section.class, spec -> spec.withId("compare-skills")).getElement().getTextRecursively();
        assertThat(skills)
                .contains("Experience with machine learning libraries and frameworks like TensorFlow, Keras, or PyTorch")
                .contains("Experience leading a team of data scientists and analysts");
        String tools = _get(Section.class, spec -> spec.withId("compare-tools")).getElement().getTextRecursively();
        assertThat(tools).contains("TensorFlow, Keras, or PyTorch for machine learning").contains("The article's list of tools for this role is empty");
        assertThat(_get(Paragraph.class, spec -> spec.withId("article-conclusion")).getText())
                .startsWith("Machine Learning Engineers and Data Science Managers are both important roles");
    }

    @Test
    void highlights_the_skill_both_roles_need() {
        navigate("compare");

        assertThat(requirement("machine-learning-engineer", "statistics").getClassNames()).contains("shared");
        assertThat(requirement("data-science-manager", "statistics").getClassNames()).contains("shared");
        assertThat(requirement("data-science-manager", "statistics").getElement().getTextRecursively()).contains("Both roles");
        assertThat(requirement("machine-learning-engineer", "programming").getClassNames()).doesNotContain("shared");
        assertThat(requirement("data-science-manager", "team-leadership").getClassNames()).doesNotContain("shared");
    }

    @Test
    void the_chosen_roles_are_in_a_bookmarkable_address() {
        navigate("compare?left=data-science-manager&right=machine-learning-engineer");

        assertThat(leftSelect().getValue().key()).isEqualTo("data-science-manager");
        assertThat(rightSelect().getValue().key()).isEqualTo("machine-learning-engineer");
    }

    @Test
    void choosing_a_role_updates_the_address_and_the_comparison() {
        navigate("compare");
        Role engineer = leftSelect().getValue();

        rightSelect().setValue(engineer);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("left=machine-learning-engineer").contains("right=machine-learning-engineer");
        assertThat(_get(Paragraph.class, spec -> spec.withId("compare-problem")).getText())
                .contains("Both sides show Machine Learning Engineer");
    }

    @Test
    void an_unknown_role_in_the_address_is_explained_not_fatal() {
        navigate("compare?left=astronaut");

        Paragraph problem = _get(Paragraph.class, spec -> spec.withId("compare-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("There is no role called “astronaut”");
        assertThat(leftSelect().getValue().key()).isEqualTo("machine-learning-engineer");
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> leftSelect() {
        return _get(Select.class, spec -> spec.withId("left-role"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> rightSelect() {
        return _get(Select.class, spec -> spec.withId("right-role"));
    }

    private static Div requirement(String role, String skill) {
        return _get(Div.class, spec -> spec.withId("requirement-" + role + "-" + skill));
    }
}

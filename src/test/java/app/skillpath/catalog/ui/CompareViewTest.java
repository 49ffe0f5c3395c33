package app.skillpath.catalog.ui;

import app.skillpath.KaribuTest;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.catalog.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CompareViewTest extends KaribuTest {

    @Test
    void compares_the_two_article_roles_section_by_section_by_default() {
        navigate("compare");

        assertThat(leftSelect().getValue().key()).isEqualTo("machine-learning-engineer");
        assertThat(rightSelect().getValue().key()).isEqualTo("data-science-manager");
        assertThat(markup("compare-skills").text())
                .contains("Experience with machine learning libraries and frameworks like TensorFlow, Keras, or PyTorch")
                .contains("Experience leading a team of data scientists and analysts");
        assertThat(markup("compare-tools").text())
                .contains("TensorFlow, Keras, or PyTorch for machine learning").contains("The article's list of tools for this role is empty");
        assertThat(markup("compare-skills").select(".compare-column > .column-title").eachText())
                .containsExactly("Machine Learning Engineer", "Data Science Manager");
        assertThat(markup("article-conclusion").text())
                .startsWith("Machine Learning Engineers and Data Science Managers are both important roles");
        _assertNone(HtmlBlock.class, spec -> spec.withId("compare-problem"));
    }

    @Test
    void highlights_the_skill_both_roles_need() {
        navigate("compare");

        assertThat(requirement("machine-learning-engineer", "statistics").hasClass("shared")).isTrue();
        assertThat(requirement("data-science-manager", "statistics").hasClass("shared")).isTrue();
        assertThat(requirement("data-science-manager", "statistics").text()).contains("Both roles");
        assertThat(requirement("machine-learning-engineer", "programming").hasClass("shared")).isFalse();
        assertThat(requirement("data-science-manager", "team-leadership").hasClass("shared")).isFalse();
    }

    @Test
    void the_chosen_roles_are_in_a_bookmarkable_address() {
        navigate("compare?left=data-science-manager&right=machine-learning-engineer");

        assertThat(leftSelect().getValue().key()).isEqualTo("data-science-manager");
        assertThat(rightSelect().getValue().key()).isEqualTo("machine-learning-engineer");
        assertThat(markup("compare-skills").select(".column-title").eachText())
                .containsExactly("Data Science Manager", "Machine Learning Engineer");
    }

    @Test
    void choosing_a_role_updates_the_address_and_the_comparison() {
        navigate("compare");
        Role engineer = leftSelect().getValue();

        rightSelect().setValue(engineer);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("left=machine-learning-engineer").contains("right=machine-learning-engineer");
        assertThat(problem().isVisible()).isTrue();
        assertThat(problemText()).contains("Both sides show Machine Learning Engineer");
        assertThat(markup("compare-skills").select(".column-title").eachText())
                .containsExactly("Machine Learning Engineer", "Machine Learning Engineer");
        assertThat(markup("compare-skills").text()).doesNotContain("Experience leading a team of data scientists and analysts");
    }

    @Test
    void an_unknown_role_in_the_address_is_explained_not_fatal() {
        navigate("compare?left=astronaut");

        assertThat(problem().isVisible()).isTrue();
        assertThat(problemText()).contains("There is no role called “astronaut”");
        assertThat(leftSelect().getValue().key()).isEqualTo("machine-learning-engineer");
    }

    @Test
    void a_role_name_in_the_address_is_shown_as_text_never_as_markup() {
        UI.getCurrent().navigate("compare", QueryParameters.of("left", "<b>bold</b>"));

        assertThat(problemText()).contains("There is no role called “<b>bold</b>”");
        assertThat(problem().innerHtml()).doesNotContain("<b>");
    }

    @Test
    void a_forged_role_key_in_the_address_is_echoed_shortened_and_without_control_characters() {
        UI.getCurrent().navigate("compare", QueryParameters.of("left", "x".repeat(500) + "\n"));

        // as every message repeats a user's value (UserText.quote)
        assertThat(problemText()).contains("There is no role called “" + "x".repeat(60) + "…”").doesNotContain("x".repeat(61));
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> leftSelect() {
        return _get(Select.class, spec -> spec.withId("left-role"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> rightSelect() {
        return _get(Select.class, spec -> spec.withId("right-role"));
    }

    /** The note about the address: the visitor's own, so a block apart from the shared comparison. */
    private static HtmlBlock problem() {
        return _get(HtmlBlock.class, spec -> spec.withId("compare-problem"));
    }

    private static String problemText() {
        return Jsoup.parse(problem().innerHtml()).text();
    }

    private static org.jsoup.nodes.Element requirement(String role, String skill) {
        return markup("requirement-" + role + "-" + skill);
    }
}

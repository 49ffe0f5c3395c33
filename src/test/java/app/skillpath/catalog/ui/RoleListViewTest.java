package app.skillpath.catalog.ui;

import app.skillpath.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RoleListViewTest extends KaribuTest {

    @Test
    void lists_each_role_with_its_one_line_definition_and_salary_with_source() {
        navigate("roles");

        _get(RoleListView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Roles · Skillpath");
        assertThat(markup("view-title").text()).isEqualTo("Roles");
        assertThat(_find(Div.class, spec -> spec.withClasses("card"))).hasSize(2);

        String engineer = _get(Div.class, spec -> spec.withId("role-card-machine-learning-engineer")).getElement().getTextRecursively();
        assertThat(engineer)
                .contains("Machine Learning Engineer")
                .contains("A Machine Learning Engineer is a professional who is responsible for designing, building, and maintaining machine learning systems.")
                .contains("$114,121 per year")
                .contains("Glassdoor national average, as quoted by the article, Dec 2023");
        String manager = _get(Div.class, spec -> spec.withId("role-card-data-science-manager")).getElement().getTextRecursively();
        assertThat(manager)
                .contains("A Data Science Manager is a professional who is responsible for leading a team of data scientists and analysts.")
                .contains("$118,262 per year")
                .contains("as quoted by the article");
    }

    @Test
    void each_role_links_to_its_bookmarkable_page() {
        navigate("roles");

        RouterLink title = _get(RouterLink.class, spec -> spec.withText("Data Science Manager"));
        assertThat(title.getHref()).isEqualTo("roles/data-science-manager");
    }

    @Test
    void shows_the_articles_source_and_introduction() {
        navigate("roles");

        assertThat(pageText())
                .contains("Machine Learning Engineer vs. Data Science Manager: A Comprehensive Comparison")
                .contains("5 min read · Dec. 6, 2023")
                .contains("In this article, we will explore these differences in detail.");
    }
}

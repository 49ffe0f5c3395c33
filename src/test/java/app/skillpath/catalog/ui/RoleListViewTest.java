package app.skillpath.catalog.ui;

import app.skillpath.KaribuTest;
import com.vaadin.flow.component.UI;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RoleListViewTest extends KaribuTest {

    @Test
    void lists_each_role_with_its_one_line_definition_and_salary_with_source() {
        navigate("roles");

        _get(RoleListView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Roles · Skillpath");
        assertThat(markup("view-title").text()).isEqualTo("Roles");
        assertThat(markup().select(".card")).hasSize(2);

        assertThat(markup("role-card-machine-learning-engineer").text())
                .contains("Machine Learning Engineer")
                .contains("A Machine Learning Engineer is a professional who is responsible for designing, building, and maintaining machine learning systems.")
                .contains("$114,121 per year")
                .contains("Glassdoor national average, as quoted by the article, Dec 2023");
        assertThat(markup("role-card-data-science-manager").text())
                .contains("A Data Science Manager is a professional who is responsible for leading a team of data scientists and analysts.")
                .contains("$118,262 per year")
                .contains("as quoted by the article");
    }

    @Test
    void each_role_links_to_its_bookmarkable_page() {
        navigate("roles");

        Element card = markup("role-card-data-science-manager");
        Element title = card.selectFirst("h2 > a");
        assertThat(title.text()).isEqualTo("Data Science Manager");
        assertThat(title.attr("href")).isEqualTo("roles/data-science-manager");
        // followed by Vaadin's router within the page, as a RouterLink is
        assertThat(title.hasAttr("router-link")).isTrue();
        Element read = card.selectFirst(".actions > a.button-link");
        assertThat(read.text()).isEqualTo("Read every section");
        assertThat(read.attr("href")).isEqualTo("roles/data-science-manager");
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

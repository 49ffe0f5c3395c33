package app.skillpath.catalog.ui;

import app.skillpath.KaribuTest;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RoleDetailViewTest extends KaribuTest {

    @Test
    void shows_every_section_of_the_article_for_the_machine_learning_engineer() {
        navigate("roles/machine-learning-engineer");

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Machine Learning Engineer · Skillpath");
        assertThat(markup("view-title").text()).isEqualTo("Machine Learning Engineer");
        _get(HtmlBlock.class, spec -> spec.withId("role-machine-learning-engineer"));
        assertThat(markup().select("section.article-section").eachAttr("id")).containsExactly("section-definition",
                "section-responsibilities", "section-skills", "section-education", "section-tools", "section-industries",
                "section-outlook", "section-getting-started");
        assertThat(sectionText("definition")).contains("from data collection and preprocessing to Model training and deployment.");
        assertThat(sectionText("responsibilities")).contains("Developing and optimizing Data pipelines");
        assertThat(sectionText("skills"))
                .contains("Familiarity with cloud computing platforms like AWS or Google Cloud Platform")
                .contains("Required level: 2 working")
                .contains("Required level: 3 proficient");
        assertThat(sectionText("education"))
                .contains("A bachelor's degree in computer science, mathematics, or a related field is typically required")
                .contains("Bachelor's degree")
                .contains("Master's degree or higher")
                .contains("Computer science, Mathematics, or a related field");
        assertThat(sectionText("tools")).contains("SQL or NoSQL databases for data storage and retrieval");
        assertThat(sectionText("industries")).contains("Manufacturing");
        assertThat(sectionText("outlook")).contains("$114,121 per year").contains("Glassdoor national average, as quoted by the article, Dec 2023");
        assertThat(sectionText("getting-started")).contains("Build projects that demonstrate one's machine learning skills");
    }

    @Test
    void says_that_the_articles_tools_list_for_the_manager_is_empty() {
        navigate("roles/data-science-manager");

        assertThat(markup("tools-note-data-science-manager").text())
                .contains("The article's list of tools for this role is empty")
                .contains("Python, R")
                .contains("SQL");
        assertThat(sectionText("tools")).contains("Some common tools and software used in this role include:");
        assertThat(sectionText("getting-started"))
                .contains("Familiarize oneself with data science tools and software like Python, R, or SQL")
                .contains("Names: Python, R, SQL (and SQL databases)");
    }

    @Test
    void links_to_the_comparison_with_each_other_role_and_back_to_all_roles() {
        navigate("roles/machine-learning-engineer");

        Element compare = link("Compare with Data Science Manager");
        assertThat(compare.attr("href")).startsWith("compare?")
                .contains("left=machine-learning-engineer").contains("right=data-science-manager");
        assertThat(compare.hasAttr("router-link")).isTrue();
        assertThat(link("All roles").attr("href")).isEqualTo("roles");
    }

    @Test
    void an_unknown_role_key_shows_a_friendly_not_found_page() {
        navigate("roles/astronaut");

        _get(NotFoundView.class);
        _assertNone(RoleDetailView.class);
        assertThat(pageText())
                .contains("We could not find that page")
                .contains("There is no role called “astronaut”")
                .contains("Machine Learning Engineer, Data Science Manager");
    }

    @Test
    void required_skills_carry_the_articles_words_and_the_rationale() {
        navigate("roles/data-science-manager");

        assertThat(markup("requirement-data-science-manager-team-leadership").text())
                .contains("Leading a data team")
                .contains("“Experience leading a team of data scientists and analysts”")
                .contains("Importance: 3 of 5")
                .contains("Why: ");
    }

    @Test
    void every_visitor_of_a_role_page_shares_one_copy_of_its_markup() {
        navigate("roles/data-science-manager");
        String first = page().innerHtml();
        openNewTab();
        navigate("roles/data-science-manager");

        // the same string, not an equal one: an open role page then costs a reference, not its text
        assertThat(page().innerHtml()).isSameAs(first);
    }

    private static HtmlBlock page() {
        return _get(HtmlBlock.class, spec -> spec.withClasses("role-detail"));
    }

    private static String sectionText(String section) {
        return markup("section-" + section).text();
    }

    private static Element link(String text) {
        return markup().select("a").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link “" + text + "”"));
    }
}

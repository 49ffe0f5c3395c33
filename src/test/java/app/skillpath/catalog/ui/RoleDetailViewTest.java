package app.skillpath.catalog.ui;

import app.skillpath.KaribuTest;
import app.skillpath.base.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
        for (String section : new String[]{"definition", "responsibilities", "skills", "education", "tools",
                "industries", "outlook", "getting-started"}) {
            _get(Section.class, spec -> spec.withId("section-" + section));
        }
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

        assertThat(_get(Paragraph.class, spec -> spec.withId("tools-note-data-science-manager")).getText())
                .contains("The article's list of tools for this role is empty")
                .contains("Python, R")
                .contains("SQL");
        assertThat(sectionText("tools")).contains("Some common tools and software used in this role include:");
        assertThat(sectionText("getting-started"))
                .contains("Familiarize oneself with data science tools and software like Python, R, or SQL")
                .contains("Names: Python, R, SQL (and SQL databases)");
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

    private static String sectionText(String section) {
        return _get(Section.class, spec -> spec.withId("section-" + section)).getElement().getTextRecursively();
    }

    @Test
    void required_skills_carry_the_articles_words_and_the_rationale() {
        navigate("roles/data-science-manager");

        String leadership = _get(Div.class, spec -> spec.withId("requirement-data-science-manager-team-leadership"))
                .getElement().getTextRecursively();
        assertThat(leadership)
                .contains("Leading a data team")
                .contains("“Experience leading a team of data scientists and analysts”")
                .contains("Importance: 3 of 5")
                .contains("Why: ");
    }
}

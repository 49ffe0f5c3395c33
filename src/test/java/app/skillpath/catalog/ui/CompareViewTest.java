package app.skillpath.catalog.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetDraft.SkillDraft;
import app.skillpath.target.TargetEducation;
import app.skillpath.target.TargetService;
import app.skillpath.base.ui.HtmlBlock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CompareViewTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TargetService targetService;

    /** Logs a new user in with a target asking for statistics (as the ML Engineer does), a skill of their own and Docker. */
    private Target loggedInWithATarget(String name) {
        Account account = testAccounts.create(name);
        login(account, testAccounts.passwordHash(account));
        return targetService.create(new TargetDraft("Analyst at Acme", "Acme", "", "", List.of(
                SkillDraft.catalog("statistics", 4, 5, true), SkillDraft.newCustom("Looker dashboards", 2, 1, false)),
                Optional.of(new TargetEducation(EducationLevel.MASTER, List.of("statistics"), false, 2)), List.of()));
    }

    @Test
    void a_user_sets_their_target_beside_a_role_with_skills_education_and_tools_side_by_side() {
        Target target = loggedInWithATarget("comparer");

        navigate("compare?left=" + target.key() + "&right=machine-learning-engineer");

        assertThat(leftSelect().getItemLabelGenerator().apply(leftSelect().getValue())).isEqualTo("Analyst at Acme (your target)");
        assertThat(markup("compare-skills").select(".compare-column > .column-title").eachText())
                .containsExactly("Analyst at Acme Your target", "Machine Learning Engineer");
        assertThat(requirement(target.key(), "statistics").text())
                .contains("Required level: 4 expert").contains("Importance: 5 of 5").contains("Must-have").contains("Both sides");
        assertThat(requirement("machine-learning-engineer", "statistics").hasClass("shared")).isTrue();
        // a target is not a role: the role's side says so too
        assertThat(requirement("machine-learning-engineer", "statistics").text()).contains("Both sides").doesNotContain("Both roles");
        assertThat(requirement("machine-learning-engineer", "programming").hasClass("shared")).isFalse();
        assertThat(markup("compare-skills").text()).contains("Looker dashboards").contains("Your own skill")
                .contains("Experience with machine learning libraries and frameworks like TensorFlow, Keras, or PyTorch");
        assertThat(markup("compare-education").text()).contains("Master").contains("2 of 5");
        assertThat(markup("compare-tools").text()).contains("This target names no tools.");
        assertThat(markup("compare-definition").select(".compare-column").getFirst().text())
                .isEqualTo("Analyst at Acme Your target Not part of a target.");
        assertThat(markup("compare-outlook").select(".compare-column").get(1).text()).contains("per year");
        _assertNone(HtmlBlock.class, spec -> spec.withId("compare-problem"));
    }

    @Test
    void a_visitor_is_offered_roles_only_and_a_target_key_in_the_address_is_refused() {
        navigate("compare?left=target:1");

        assertThat(leftSelect().getListDataView().getItems()).allMatch(side -> side.role().isPresent());
        assertThat(problemText()).contains("That target is not among yours");
        assertThat(leftSelect().getValue().key()).isEqualTo("machine-learning-engineer");
    }

    @Test
    void another_users_target_key_in_the_address_shows_nothing_of_theirs() {
        Target theirs = loggedInWithATarget("targetowner");
        Account other = testAccounts.create("targetsnoop");
        login(other, testAccounts.passwordHash(other));

        navigate("compare?left=" + theirs.key() + "&right=data-science-manager");

        assertThat(problemText()).isEqualTo("That target is not among yours (it may have been deleted); showing a role instead.");
        assertThat(leftSelect().getValue().key()).isEqualTo("machine-learning-engineer");
        assertThat(leftSelect().getListDataView().getItems()).noneMatch(side -> side.target().isPresent());
        assertThat(markup().text()).doesNotContain("Analyst at Acme").doesNotContain("Looker");
    }

    @Test
    void two_targets_side_by_side_leave_out_the_articles_sections() {
        Target first = loggedInWithATarget("twotargets");
        Target second = targetService.create(new TargetDraft("Statistician", "", "", "", List.of(
                SkillDraft.catalog("statistics", 3, 3, true)), Optional.empty(), List.of()));

        navigate("compare?left=" + first.key() + "&right=" + second.key());

        assertThat(markup().getElementById("compare-definition")).isNull();
        assertThat(markup().getElementById("article-conclusion")).isNull();
        assertThat(markup("compare-education").text()).contains("This target asks for no education.");
        assertThat(requirement(second.key(), "statistics").hasClass("shared")).isTrue();
    }

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
        CompareView.Side engineer = leftSelect().getValue();

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
    private static Select<CompareView.Side> leftSelect() {
        return _get(Select.class, spec -> spec.withId("left-role"));
    }

    @SuppressWarnings("unchecked")
    private static Select<CompareView.Side> rightSelect() {
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

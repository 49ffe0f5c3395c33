package app.skillpath.scoring.ui;

import app.skillpath.KaribuTest;
import app.skillpath.StatementCounter;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetDraft.SkillDraft;
import app.skillpath.target.TargetEducation;
import app.skillpath.target.TargetService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FitViewTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    TargetService targetService;

    @BeforeEach
    void logIn() {
        Account account = testAccounts.create("fitter");
        login(account, testAccounts.passwordHash(account));
    }

    @Test
    void a_user_without_answers_gets_a_start_message_not_zeros() {
        navigate("fit");

        assertThat(markup("fit-empty").text()).contains("Rate yourself first");
        assertThat(markup("start-assessment").attr("href")).isEqualTo("assessment");
        assertThat(markup().select("section.fit-role")).isEmpty();
    }

    /**
     * By hand, with the catalog's weights: the ML Engineer's six skills met (weights 3+3+2+2+2+1) and a
     * bachelor's in computer science (weight 2) cover all 15 points: fit 100. The Data Science Manager
     * (weights 3+3+2+2+2+1, education 2: total 15) gets statistics (2) and half the education weight
     * for a field outside data science, statistics and business (1): 100 * 3 / 15 = 20.
     */
    @Test
    void scores_match_the_formula_by_hand_and_roles_are_sorted_by_fit() {
        for (var skill : List.of("programming", "ml-frameworks", "data-structures-algorithms", "statistics", "mathematics")) {
            assessmentService.rate(skill, 3);
        }
        assessmentService.rate("cloud-computing", 2);
        assessmentService.saveEducation(EducationLevel.BACHELOR, "computer-science");

        navigate("fit");

        assertThat(score("machine-learning-engineer")).isEqualTo("100");
        assertThat(markup("fit-band-machine-learning-engineer").text()).isEqualTo("Ready");
        assertThat(score("data-science-manager")).isEqualTo("20");
        assertThat(markup("fit-band-data-science-manager").text()).isEqualTo("Developing");
        assertThat(markup().select("section.fit-role").eachAttr("id"))
                .containsExactly("fit-machine-learning-engineer", "fit-data-science-manager");
    }

    @Test
    void why_this_score_lists_the_gaps_biggest_first_with_required_and_current_levels() {
        assessmentService.rate("statistics", 1);
        assessmentService.rate("team-leadership", 3);

        navigate("fit");

        List<String> gaps = markup("fit-gaps-data-science-manager").select("li").eachText();
        String text = String.join("\n", gaps);
        assertThat(text).startsWith("Communication and collaboration: required 3 proficient, you not rated yet (20.0 points)");
        assertThat(text).contains("Statistical concepts and methods: required 3 proficient, you 1 aware (8.9 points)");
        List<String> row = markup("fit-row-data-science-manager-team-leadership").select("td").eachText();
        assertThat(row).containsExactly("Leading a data team", "3 proficient", "3 proficient", "3", "20.0", "0.0");
    }

    @Test
    void a_new_rating_shows_on_the_fit_page_at_once() {
        assessmentService.rate("statistics", 3);
        navigate("fit");
        String before = score("data-science-manager");

        assessmentService.rate("team-leadership", 3);
        navigate("assessment");
        navigate("fit");

        assertThat(before).isEqualTo("13");
        assertThat(score("data-science-manager")).isEqualTo("33");
    }

    @Test
    void the_chart_gets_the_same_numbers_as_the_table() {
        assessmentService.rate("statistics", 2);
        navigate("fit");

        String data = markup("fit-chart-data-science-manager").attr("data");
        assertThat(data).contains("\"labels\":[\"Leading a data team\"")
                .contains("\"you\":[0,0,2,0,0,0]")
                .contains("\"required\":[3,3,3,3,3,2]");
    }

    @Test
    void rendering_the_fit_page_takes_at_most_two_statements() {
        assessmentService.rate("statistics", 2);
        assessmentService.saveEducation(EducationLevel.MASTER, "statistics");

        // the layout reads the user's colour scheme once, when it is built: counted for the page it is built with,
        // so it is built first with a page that reads nothing (the catalog is in memory), as SqlPerPageTest does
        navigate("roles");
        StatementCounter.reset();
        navigate("fit");

        assertThat(StatementCounter.count()).as(String.join("\n", StatementCounter.statements())).isBetween(1, 2);
    }

    /**
     * By hand: the target asks for statistics at 3 (weight 3) and a custom skill at 2 (weight 1), no education.
     * Statistics met (3) and the custom skill at 1 of 2 (0.5 x 1): 100 x 3.5 / 4 = 87.5, shown as 88. The roles,
     * with statistics alone, score far lower, so the target comes first.
     */
    @Test
    void a_target_is_scored_with_the_same_formula_beside_the_roles_and_marked_as_the_users_own() {
        Target target = targetService.create(new TargetDraft("Analyst", "Acme Analytics", "", "", List.of(
                SkillDraft.catalog("statistics", 3, 3, true), SkillDraft.newCustom("Looker dashboards", 2, 1, false)),
                Optional.empty(), List.of()));
        String custom = target.skills().get(1).skillKey();
        assessmentService.rate("statistics", 3);
        targetService.rateCustomSkill(custom, 1);

        navigate("fit");

        String key = target.key();
        assertThat(score(key)).isEqualTo("88");
        assertThat(markup("fit-own-" + key).text()).isEqualTo("Your target");
        assertThat(markup("fit-company-" + key).text()).isEqualTo("Acme Analytics");
        assertThat(markup().select("section.fit-role").eachAttr("id").getFirst()).isEqualTo("fit-" + key);
        assertThat(markup("fit-row-" + key + "-" + custom).select("td").eachText())
                .containsExactly("Looker dashboards", "2 working", "1 aware", "1", "12.5", "12.5");
        assertThat(markup().getElementById("fit-row-" + key + "-education")).as("a target without education has no education row").isNull();
        assertThat(markup("fit-no-education-" + key)).isNotNull();
        assertThat(markup("fit-chart-" + key).attr("data")).contains("\"you\":[3,1]").contains("\"required\":[3,2]");
        assertThat(markup("plan-link-" + key).attr("href")).isEqualTo("plan?role=target%3A" + target.id());
    }

    @Test
    void a_target_with_education_gets_the_education_row_and_roles_keep_their_own_sections() {
        Target target = targetService.create(new TargetDraft("Statistician", "", "", "", List.of(
                SkillDraft.catalog("statistics", 3, 3, true)),
                Optional.of(new TargetEducation(EducationLevel.MASTER, List.of("statistics"), true, 1)), List.of()));
        assessmentService.rate("statistics", 3);

        navigate("fit");

        assertThat(markup("fit-row-" + target.key() + "-education")).isNotNull();
        assertThat(markup().getElementById("fit-company-" + target.key())).as("no company given, no company badge").isNull();
        assertThat(markup().getElementById("fit-own-machine-learning-engineer")).as("a catalog role is not marked as the user's").isNull();
        assertThat(markup().select("section.fit-role")).hasSize(3);
    }

    @Test
    void rendering_the_fit_page_with_twenty_targets_takes_at_most_two_statements() {
        assessmentService.rate("statistics", 2);
        for (int i = 1; i <= 20; i++) {
            targetService.create(new TargetDraft("Posting " + i, "", "", "", List.of(
                    SkillDraft.catalog("statistics", 3, 2, true), SkillDraft.newCustom("Own skill " + i, 2, 1, false)),
                    Optional.empty(), List.of()));
        }

        // the layout reads the user's colour scheme once, when it is built: counted for the page it is built with,
        // so it is built first with a page that reads nothing (the catalog is in memory), as SqlPerPageTest does
        navigate("roles");
        StatementCounter.reset();
        navigate("fit");

        assertThat(markup().select("section.fit-target")).hasSize(20);
        assertThat(StatementCounter.count()).as(String.join("\n", StatementCounter.statements())).isBetween(1, 2);
    }

    private static String score(String role) {
        return markup("fit-score-" + role).text();
    }
}

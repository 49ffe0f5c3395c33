package app.skillpath.target.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.account.ui.LoginView;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import app.skillpath.scoring.FitService;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetDraft.SkillDraft;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import app.skillpath.catalog.CatalogFiles;
import app.skillpath.catalog.CatalogParser;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TargetsViewTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TargetService targetService;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    FitService fitService;

    @Autowired
    CatalogService catalogService;

    private Account account;

    @BeforeEach
    void logIn() {
        account = testAccounts.create("targetlist");
        login(account, testAccounts.passwordHash(account));
    }

    @AfterEach
    void deleteAccount() {
        logout();
        testAccounts.delete(account);
    }

    @Test
    void without_targets_the_page_explains_what_a_target_is_and_offers_the_three_ways_in() {
        navigate("targets");

        assertThat(markup("targets-empty").text()).contains("a real job posting, or a role of your own")
                .contains("scores your fit for it the same way");
        _get(Select.class, spec -> spec.withId("copy-role"));
        assertThat(markup("from-posting").attr("href")).isEqualTo(TargetsView.FROM_POSTING_PATH);
        assertThat(markup("from-scratch").attr("href")).isEqualTo("targets/new");
    }

    @Test
    void a_target_whose_every_skill_the_catalog_retired_says_why_it_has_no_fit() {
        catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));
        Target target = targetService.create(new TargetDraft("Pipelines only", "", "", "", List.of(
                SkillDraft.catalog("data-pipelines", 3, 3, true)), Optional.empty(), List.of()));
        try {
            catalogService.install(CatalogParser.parse(CatalogFiles.edited(CatalogFiles.realPlusExtraRole(),
                    new CatalogFiles.Edit("extra-catalog/data-engineer.yaml", "description: Building and operating batch and streaming data pipelines.\n",
                            "description: Building and operating batch and streaming data pipelines.\n    retired: true\n"),
                    new CatalogFiles.Edit("extra-catalog/data-engineer.yaml", """
                                  - skill: data-pipelines
                                    article-text: Building reliable data pipelines
                                    level: 3
                                    weight: 3
                                    rationale: The core of the role.
                            """, ""),
                    new CatalogFiles.Edit("extra-catalog/data-engineer.yaml", "builds: [data-pipelines]", "builds: [programming]"))));

            navigate("targets");

            assertThat(markup("target-" + target.key().replace(':', '-')).text())
                    .contains("Not scored: the catalog has retired every skill this target asks for");
        } finally {
            targetService.delete(target.key());
            catalogService.install(CatalogParser.parse(CatalogFiles.real()));
        }
    }

    @Test
    void a_target_is_listed_with_its_facts_fit_and_links() {
        assessmentService.rate("statistics", 2);
        Target target = targetService.create(new TargetDraft("Analyst at Acme", "Acme", "", "https://jobs.example.com/7",
                List.of(SkillDraft.catalog("statistics", 3, 5, true), SkillDraft.catalog("programming", 2, 2, false)),
                Optional.empty(), List.of()));
        navigate("targets");

        String id = "target-" + target.key().replace(':', '-');
        Element card = markup(id);
        assertThat(card.selectFirst("h2").text()).isEqualTo("Analyst at Acme");
        assertThat(card.text()).contains("Acme").contains("2 skills, 1 must-have");
        long expected = fitService.myFit().targetScores().getFirst().roundedFit();
        assertThat(markup("fit-score-" + target.key()).text()).isEqualTo(String.valueOf(expected));
        Element posting = card.selectFirst("a.target-posting-link");
        assertThat(posting.attr("href")).isEqualTo("https://jobs.example.com/7");
        assertThat(posting.attr("rel")).contains("noopener");
        assertThat(markup("edit-" + target.key()).attr("href")).isEqualTo(TargetEditorView.editUrl(target.key()));
        assertThat(markup("fit-link-" + target.key()).attr("href")).isEqualTo("fit");
        assertThat(markup("plan-link-" + target.key()).attr("href")).isEqualTo("plan?role=target%3A" + target.id());
        _assertNone(app.skillpath.base.ui.HtmlBlock.class, spec -> spec.withId("targets-empty"));
    }

    @Test
    void the_edit_link_opens_that_target_in_the_editor() {
        Target target = targetService.create(new TargetDraft("Editable", "", "", "",
                List.of(SkillDraft.catalog("statistics", 2, 3, false)), Optional.empty(), List.of()));
        navigate("targets");
        navigate(markup("edit-" + target.key()).attr("href"));

        _get(TargetEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("target-title")).getValue()).isEqualTo("Editable");
    }

    @Test
    @SuppressWarnings("unchecked")
    void copying_a_role_opens_the_editor_filled_with_that_role() {
        navigate("targets");
        Role manager = catalogService.role("data-science-manager").orElseThrow();
        Select<Role> roles = _get(Select.class, spec -> spec.withId("copy-role"));
        roles.setValue(manager);
        _click(_get(Button.class, spec -> spec.withId("copy-role-button")));

        _get(TargetEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("target-title")).getValue())
                .isEqualTo(targetService.draftFromRole("data-science-manager").title());
        _get(Select.class, spec -> spec.withId("skill-team-leadership-level"));
    }

    @Test
    void at_the_limit_the_create_controls_give_way_to_the_limit() {
        for (int i = 0; i < TargetService.MAX_TARGETS; i++) {
            targetService.create(new TargetDraft("Target " + i, "", "", "", List.of(SkillDraft.catalog("statistics", 2, 3, false)),
                    Optional.empty(), List.of()));
        }
        navigate("targets");

        assertThat(markup("targets-limit").text()).contains(TargetService.MAX_TARGETS + " targets");
        _assertNone(Select.class, spec -> spec.withId("copy-role"));
        assertThat(markup().getElementById("from-scratch")).isNull();
    }

    @Test
    void a_visitor_is_sent_to_log_in() {
        logout();
        navigate("targets");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(LoginView.class);
    }
}

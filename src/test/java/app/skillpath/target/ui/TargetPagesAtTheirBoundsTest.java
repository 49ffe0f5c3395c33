package app.skillpath.target.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.base.ui.NotFoundView;
import app.skillpath.catalog.CatalogService;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetDraft.SkillDraft;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The targets pages at the limits: a target of sixty skills, a hundred targets, and forged addresses. */
class TargetPagesAtTheirBoundsTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TargetService targetService;

    @Autowired
    CatalogService catalogService;

    private Account account;

    @BeforeEach
    void logIn() {
        account = testAccounts.create("targetbounds");
        login(account, testAccounts.passwordHash(account));
    }

    @AfterEach
    void deleteAccount() {
        logout();
        testAccounts.delete(account);
    }

    /** Every server-side component the page holds, the UI included: what each open tab keeps in the session. */
    private static int components() {
        return count(UI.getCurrent());
    }

    private static int count(Component component) {
        return 1 + component.getChildren().mapToInt(TargetPagesAtTheirBoundsTest::count).sum();
    }

    private Target sixtySkills(String title) {
        List<SkillDraft> skills = new ArrayList<>();
        catalogService.catalog().skills().stream().limit(TargetService.MAX_SKILLS)
                .forEach(skill -> skills.add(SkillDraft.catalog(skill.key(), 2, 3, false)));
        for (int i = skills.size(); i < TargetService.MAX_SKILLS; i++) {
            skills.add(SkillDraft.newCustom("Own skill " + i, 2, 1, false));
        }
        return targetService.create(new TargetDraft(title, "", "", "", skills, Optional.empty(), List.of()));
    }

    @Test
    void the_editor_of_a_sixty_skill_target_holds_seven_components_a_skill() {
        navigate("targets/new");
        int empty = components();
        Target target = sixtySkills("Sixty skills");

        navigate("targets/" + target.key() + "/edit");
        int full = components();

        // a row is its div, the name block, level, weight, must-have (with its label's text) and Remove: 420 for sixty
        assertThat(full - empty).isLessThanOrEqualTo(7 * TargetService.MAX_SKILLS);
    }

    @Test
    void the_targets_list_holds_no_component_per_target() {
        navigate("targets");
        int none = components();
        for (int i = 0; i < 20; i++) {
            sixtySkills("Target " + i);
        }
        navigate("targets");
        int twenty = components();

        // the list is markup; what a user changes on it (the three ways in) does not grow with the targets
        assertThat(twenty - none).isLessThanOrEqualTo(5);
    }

    @Test
    void a_forged_editor_address_is_not_found_and_not_echoed_at_length() {
        String forged = "target:" + "9".repeat(400);

        navigate("targets/" + forged + "/edit");

        _get(NotFoundView.class);
        assertThat(pageText()).contains("among yours").doesNotContain("9".repeat(100));
    }
}

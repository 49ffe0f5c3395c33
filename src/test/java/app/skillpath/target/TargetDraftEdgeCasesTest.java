package app.skillpath.target;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.db.generated.Tables.CUSTOM_SKILL;
import static app.skillpath.db.generated.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafts a user (or a forged request) can send that the first checks let through to the database. */
@SpringTest
class TargetDraftEdgeCasesTest {

    @Autowired
    TargetService targetService;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    private Account alice;

    @BeforeEach
    void logInAlice() {
        alice = testAccounts.create("edges");
        logIn(alice);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static TargetDraft draft(String title, TargetDraft.SkillDraft... skills) {
        return new TargetDraft(title, "", "", "", List.of(skills), Optional.empty(), List.of());
    }

    private static final TargetDraft.SkillDraft STATISTICS = TargetDraft.SkillDraft.catalog("statistics", 3, 3, true);

    @Test
    void a_new_skill_named_like_an_own_skill_the_target_already_has_is_refused_as_twice_not_as_a_database_error() {
        Target target = targetService.create(draft("Platform", TargetDraft.SkillDraft.newCustom("Docker", 2, 1, false)));
        String docker = target.skills().getFirst().skillKey();

        // the editor keeps the stored row ("custom:7") and the user adds "docker " again as a new skill of their own
        assertThatThrownBy(() -> targetService.update(target.key(), target.version(), draft("Platform",
                new TargetDraft.SkillDraft(docker, null, 2, 1, false), TargetDraft.SkillDraft.newCustom(" docker ", 3, 2, true))))
                .isInstanceOf(TargetException.class).hasMessage("“docker” is in the target twice; keep it once.");
        assertThatThrownBy(() -> targetService.create(draft("Second",
                TargetDraft.SkillDraft.newCustom("DOCKER", 3, 2, true), new TargetDraft.SkillDraft(docker, null, 2, 1, false))))
                .isInstanceOf(TargetException.class).hasMessage("“Docker” is in the target twice; keep it once.");

        assertThat(targetService.myTarget(target.key())).contains(target);
        assertThat(dsl.fetchCount(TARGET, TARGET.OWNER_ID.eq(alice.id()))).isEqualTo(1);
    }

    @Test
    void an_own_skill_given_by_key_twice_is_named_by_its_name_in_the_message_not_by_its_key() {
        Target target = targetService.create(draft("Platform", TargetDraft.SkillDraft.newCustom("Kubernetes", 2, 1, false)));
        String kubernetes = target.skills().getFirst().skillKey();

        assertThatThrownBy(() -> targetService.create(draft("Twice",
                new TargetDraft.SkillDraft(kubernetes, null, 2, 1, false), new TargetDraft.SkillDraft(kubernetes, null, 3, 1, false))))
                .isInstanceOf(TargetException.class).hasMessage("“Kubernetes” is in the target twice; keep it once.");
    }

    @Test
    void a_title_or_skill_name_of_no_break_or_zero_width_spaces_is_blank_and_such_spaces_around_a_name_are_dropped() {
        for (String blank : List.of("\u00A0\u00A0", "\u200B", "\uFEFF \u2007", "\u3000")) {
            assertThatThrownBy(() -> targetService.create(draft(blank, STATISTICS))).isInstanceOf(TargetException.class)
                    .hasMessageStartingWith("Give the target a title");
            assertThatThrownBy(() -> targetService.create(draft("Named", TargetDraft.SkillDraft.newCustom(blank, 2, 1, false))))
                    .isInstanceOf(TargetException.class).hasMessage("Give your own skill a name.");
        }
        Target first = targetService.create(draft("\u00A0Data Engineer\u200B", TargetDraft.SkillDraft.newCustom("Spark", 2, 1, false)));
        Target second = targetService.create(draft("Other", TargetDraft.SkillDraft.newCustom("\u00A0spark\u00A0", 2, 1, false)));

        assertThat(first.title()).isEqualTo("Data Engineer");
        // one skill of one name: the pasted no-break spaces do not make a second "Spark" that looks the same
        assertThat(second.skills().getFirst().skillKey()).isEqualTo(first.skills().getFirst().skillKey());
        assertThat(dsl.fetchCount(CUSTOM_SKILL, CUSTOM_SKILL.OWNER_ID.eq(alice.id()))).isEqualTo(1);
    }

    @Test
    void a_save_naming_an_own_skill_removed_in_another_tab_is_refused_with_a_message_and_stores_nothing() {
        Target target = targetService.create(draft("Uses Airflow", TargetDraft.SkillDraft.newCustom("Airflow", 2, 1, false)));
        String airflow = target.skills().getFirst().skillKey();
        // tab two takes Airflow out of the target and removes the skill; tab one still shows it in a new target's form
        Target without = targetService.update(target.key(), target.version(), draft("Uses Airflow", STATISTICS));
        targetService.deleteCustomSkill(airflow);

        assertThatThrownBy(() -> targetService.create(draft("From tab one", new TargetDraft.SkillDraft(airflow, "Airflow", 2, 1, false))))
                .isInstanceOf(TargetException.class)
                .hasMessage("That skill is not among your own skills: it may have been deleted in another tab.");
        assertThatThrownBy(() -> targetService.update(without.key(), without.version(), draft("Uses Airflow",
                new TargetDraft.SkillDraft(airflow, "Airflow", 2, 1, false))))
                .isInstanceOf(TargetException.class)
                .hasMessage("That skill is not among your own skills: it may have been deleted in another tab.");
        assertThat(targetService.myTarget(without.key())).contains(without);
        assertThat(dsl.fetchCount(TARGET, TARGET.OWNER_ID.eq(alice.id()))).isEqualTo(1);
    }
}

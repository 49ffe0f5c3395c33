package app.skillpath.team.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.CatalogService;
import app.skillpath.invitation.Invitations;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetService;
import app.skillpath.team.TeamMatrix;
import app.skillpath.team.TeamService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.details.Details;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team matrix page as its owner and members see it (levels, coverage, single points of knowledge, figures, the
 * hiring and training gap, the downloads, sorting and filtering), and as a stranger, a removed member and a member who
 * left see it: the plain refusal, no controls and no download.
 *
 * <p>The team: the owner (programming 4, statistics 2), Ada (programming 2, statistics 3, ML frameworks 1, with a note
 * on statistics) and Bo (statistics 3); its target composition is 2 Machine Learning Engineers, who need programming,
 * ML frameworks, data structures, statistics and mathematics at 3 and cloud computing at 2.
 */
class TeamMatrixViewTest extends KaribuTest {

    private static final String MLE = "role:machine-learning-engineer";
    private static final String NOTE = "Ran the <b>A/B</b> tests & wrote them up";

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    @Autowired
    AssessmentService assessment;

    @Autowired
    CatalogService catalog;

    @Autowired
    TargetService targets;

    private Account owner;
    private Account ada;
    private Account bo;
    private Account stranger;
    private long teamId;

    @BeforeEach
    void aTeamOfThree() {
        owner = testAccounts.create("tmv.owner");
        ada = testAccounts.create("tmv.ada");
        bo = testAccounts.create("tmv.bo");
        stranger = testAccounts.create("tmv.stranger");
        as(owner);
        assessment.rate("programming", 4);
        assessment.rate("statistics", 2);
        teamId = teams.create("Data <science> & co");
        teams.setComposition(teamId, List.of(new TeamMatrix.Need(MLE, 2)));
        join(ada);
        assessment.rate("programming", 2);
        assessment.rate("statistics", 3);
        assessment.rate("ml-frameworks", 1);
        assessment.saveNote("statistics", NOTE);
        join(bo);
        assessment.rate("statistics", 3);
    }

    /** The person joins through a new link of the owner's; they stay logged in. */
    private void join(Account person) {
        as(owner);
        String token = teams.invite(teamId).token();
        as(person);
        invitations.accept(token);
    }

    private void as(Account account) {
        login(account, testAccounts.passwordHash(account));
    }

    /** Logs in and opens the page; elsewhere first, as a fresh visit would. */
    private void open(Account account, String location) {
        as(account);
        navigate("roles");
        navigate(location);
    }

    private String skillName(String key) {
        return catalog.catalog().skills().stream().filter(skill -> skill.key().equals(key)).findFirst().orElseThrow().name();
    }

    private static List<String> cells(Element row) {
        return row.children().stream().map(Element::text).toList();
    }

    /** The skill keys of the heatmap's columns, in order. */
    private static List<String> columns() {
        return markup("team-heatmap").select("thead th[id]").stream().map(th -> th.id().substring("team-col-".length())).toList();
    }

    /** The member ids of the heatmap's rows, in order. */
    private static List<Long> rows() {
        return markup("team-heatmap").select("tbody tr").stream().map(tr -> Long.parseLong(tr.id().substring("team-row-".length())))
                .toList();
    }

    private static String level(Account member, String skillKey) {
        Element row = markup("team-row-" + member.id());
        List<String> keys = columns();
        return row.child(keys.indexOf(skillKey) + 1).ownText();
    }

    @Test
    void the_owner_sees_every_members_row_with_their_levels_measured_against_the_compositions_first_role() {
        open(owner, TeamMatrixView.path(teamId));

        assertThat(markup("team-name").text()).isEqualTo("Data <science> & co");
        assertThat(markup("team-facts").text()).isEqualTo("3 members · Owner: " + owner.name() + " (you)");
        assertThat(markup("team-settings-link").text()).isEqualTo("Manage the team");
        assertThat(markup("team-settings-link").attr("href")).isEqualTo("teams/" + teamId + "/settings");
        assertThat(_get(Select.class, spec -> spec.withId("team-profile")).getValue())
                .extracting(profile -> ((TeamMatrix.Profile) profile).key()).isEqualTo(MLE);
        assertThat(rows()).containsExactly(ada.id(), bo.id(), owner.id());
        // the filter is on: only the six skills the role asks for, in catalog order
        assertThat(columns()).containsExactly("programming", "data-structures-algorithms", "ml-frameworks", "mathematics",
                "statistics", "cloud-computing");
        assertThat(level(owner, "programming")).isEqualTo("4");
        assertThat(level(ada, "programming")).isEqualTo("2");
        assertThat(level(ada, "ml-frameworks")).isEqualTo("1");
        assertThat(level(bo, "programming")).isEqualTo("0");
        assertThat(markup("team-row-" + owner.id()).child(0).text()).isEqualTo(owner.name() + " owner you");
        assertThat(markup("team-col-programming").text()).isEqualTo(skillName("programming") + " needs 3");
        assertThat(markup("team-col-cloud-computing").text()).endsWith("needs 2");
    }

    @Test
    void a_cell_below_the_required_level_is_outlined_and_says_so_in_words_and_the_shade_follows_the_level() {
        open(owner, TeamMatrixView.path(teamId));

        Element adaProgramming = markup("team-row-" + ada.id()).child(columns().indexOf("programming") + 1);
        assertThat(adaProgramming.classNames()).contains("lvl-2", "below");
        assertThat(adaProgramming.text()).isEqualTo("2, below the 3 needed");
        assertThat(adaProgramming.selectFirst(".sr-only")).isNotNull();
        Element ownerProgramming = markup("team-row-" + owner.id()).child(columns().indexOf("programming") + 1);
        assertThat(ownerProgramming.classNames()).contains("lvl-4").doesNotContain("below");
        assertThat(ownerProgramming.text()).isEqualTo("4");
        Element table = markup("team-heatmap");
        assertThat(table.selectFirst("caption").text()).contains("3 members by 6 skills");
        assertThat(table.select("thead th[scope=col]")).hasSize(8);
        assertThat(table.select("tbody th[scope=row]")).hasSize(3);
    }

    @Test
    void coverage_counts_who_reaches_the_level_and_flags_no_one_and_the_single_point_of_knowledge_by_name() {
        open(ada, TeamMatrixView.path(teamId));

        assertThat(cells(markup("team-coverage-programming")))
                .containsExactly(skillName("programming"), "3 proficient", "covering: 1 of 3", "single point of knowledge: " + owner.name());
        assertThat(cells(markup("team-coverage-statistics")))
                .containsExactly(skillName("statistics"), "3 proficient", "covering: 2 of 3", "");
        assertThat(cells(markup("team-coverage-ml-frameworks")))
                .containsExactly(skillName("ml-frameworks"), "3 proficient", "covering: 0 of 3", "no one");
    }

    @Test
    void the_hiring_gap_lists_each_shortfall_and_the_owner_sees_training_for_every_member_a_member_only_their_own() {
        open(owner, TeamMatrixView.path(teamId));

        assertThat(markup("team-composition").text()).isEqualTo("2 × Machine Learning Engineer");
        assertThat(cells(markup("team-gap-programming-3")))
                .containsExactly(skillName("programming"), "3 proficient", "2", "1", "1");
        assertThat(cells(markup("team-gap-ml-frameworks-3")))
                .containsExactly(skillName("ml-frameworks"), "3 proficient", "2", "0", "2");
        assertThat(cells(markup("team-gap-cloud-computing-2")))
                .containsExactly(skillName("cloud-computing"), "2 working", "2", "0", "2");
        // statistics: two members at 3 meet the two people needed
        assertThat(markup().getElementById("team-gap-statistics-3")).isNull();
        assertThat(markup("team-training").select("li")).hasSize(3);
        // Ada is one level from programming 3, the nearest gap she could close
        assertThat(markup("team-training-" + ada.id()).text())
                .startsWith("Train " + ada.name() + " in: " + skillName("programming") + " from 2 working to 3 proficient (the team is short by 1)");

        open(bo, TeamMatrixView.path(teamId));
        assertThat(markup("team-training").select("li")).hasSize(1);
        assertThat(markup("team-training-" + bo.id()).text()).startsWith("Train " + bo.name() + " in: ");
        assertThat(markup("team-settings-link").text()).isEqualTo("Sharing and membership");
    }

    @Test
    void without_a_composition_there_is_no_gap_and_the_owner_is_pointed_to_the_settings() {
        as(owner);
        teams.setComposition(teamId, List.of());
        open(owner, TeamMatrixView.path(teamId));

        assertThat(markup("team-composition-none").text()).startsWith("No target composition is set");
        assertThat(markup().getElementById("team-gaps")).isNull();
        assertThat(markup().getElementById("team-training")).isNull();
        // with no composition, the first catalog role is measured against
        assertThat(((TeamMatrix.Profile) _get(Select.class, spec -> spec.withId("team-profile")).getValue()).target()).isFalse();
    }

    @Test
    void group_figures_are_hidden_with_two_members_and_shown_with_three() {
        open(owner, TeamMatrixView.path(teamId));
        // statistics: 2, 3, 3
        assertThat(cells(markup("team-figures-statistics"))).containsExactly(skillName("statistics"), "2.7", "0", "0", "1", "2", "0");
        assertThat(markup().getElementById("team-figures-hidden")).isNull();

        as(owner);
        teams.remove(teamId, bo.id());
        open(owner, TeamMatrixView.path(teamId));
        assertThat(markup("team-figures-hidden").text()).contains("appear once the team has 3 members");
        assertThat(markup().getElementById("team-figures")).isNull();
        assertThat(rows()).containsExactly(ada.id(), owner.id());
    }

    @Test
    void notes_show_only_for_a_member_who_shares_them() {
        open(owner, TeamMatrixView.path(teamId));
        assertThat(_find(Details.class, spec -> spec.withId("team-notes"))).as("Ada shares levels only, the default").isEmpty();
        assertThat(pageText()).doesNotContain("A/B");

        as(ada);
        teams.share(teamId, true);
        open(owner, TeamMatrixView.path(teamId));
        Details notes = _get(Details.class, spec -> spec.withId("team-notes"));
        assertThat(notes.getSummaryText()).isEqualTo("Evidence notes (1 member shares them)");
        assertThat(markup().getElementById("team-notes-list")).as("built only when opened").isNull();
        notes.setOpened(true);
        assertThat(markup("team-note-" + ada.id() + "-statistics").text()).isEqualTo(skillName("statistics") + ": " + NOTE);
        assertThat(markup("team-notes-list").select("dt")).extracting(Element::text).containsExactly(ada.name());
        notes.setOpened(false);
        assertThat(markup().getElementById("team-notes-list")).as("dropped again when closed").isNull();
        Element cell = markup("team-row-" + ada.id()).child(columns().indexOf("statistics") + 1);
        assertThat(cell.classNames()).contains("has-note");
        assertThat(markup("team-row-" + bo.id()).select("td.has-note")).isEmpty();
    }

    @Test
    void the_brief_holds_the_gap_and_the_csv_a_row_per_member() {
        open(bo, TeamMatrixView.path(teamId));

        String brief = new String(_download(_get(Anchor.class, spec -> spec.withId("team-download-brief"))), StandardCharsets.UTF_8);
        assertThat(brief).contains("- 2 × Machine Learning Engineer")
                .contains("| " + skillName("ml-frameworks") + " | 3 proficient | 2 | 0 | 2 |");
        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("team-download-csv"))), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 3);
        assertThat(lines.get(0)).startsWith("Member," + skillName("programming"));
        assertThat(lines.subList(1, 4)).anySatisfy(line -> assertThat(line).startsWith(owner.name() + ",4,"));
    }

    @Test
    void a_member_removed_after_opening_the_page_gets_no_download() {
        open(bo, TeamMatrixView.path(teamId));
        Anchor csv = _get(Anchor.class, spec -> spec.withId("team-download-csv"));
        Anchor brief = _get(Anchor.class, spec -> spec.withId("team-download-brief"));
        assertThat(_download(csv)).isNotEmpty();
        as(owner);
        teams.remove(teamId, bo.id());
        as(bo);

        // the handler answers with an error status and no body (Karibu hands back the body only)
        assertThat(_download(csv)).isEmpty();
        assertThat(_download(brief)).isEmpty();
    }

    @Test
    void a_stranger_a_removed_member_a_member_who_left_and_a_forged_address_see_the_plain_refusal_and_no_controls() {
        as(owner);
        teams.remove(teamId, ada.id());
        as(bo);
        teams.leave(teamId);

        for (Account person : List.of(stranger, ada, bo)) {
            open(person, TeamMatrixView.path(teamId));
            assertRefused();
        }
        for (String forged : new String[]{"teams/0", "teams/-3", "teams/abc", "teams/99999999999999999999", "teams/" + Long.MAX_VALUE}) {
            open(owner, forged);
            assertRefused();
        }
    }

    private static void assertRefused() {
        assertThat(markup("team-refused").text()).isEqualTo(TeamService.NOT_YOUR_TEAM);
        _assertNone(Select.class);
        _assertNone(Checkbox.class);
        _assertNone(Anchor.class);
        assertThat(markup().getElementById("team-heatmap")).isNull();
        assertThat(markup().getElementById("team-name")).isNull();
    }

    @Test
    void sorting_by_total_puts_the_highest_first_and_least_covered_first_reorders_the_skills() {
        open(owner, TeamMatrixView.path(teamId));

        _get(Select.class, spec -> spec.withId("team-member-order")).setValue(TeamMatrixView.MemberOrder.TOTAL);
        // totals over the role's six skills: the owner 6, Ada 6, Bo 3; ties keep the order by name
        assertThat(rows()).containsExactly(ada.id(), owner.id(), bo.id());
        assertThat(markup("team-row-" + owner.id()).select("td.team-total").text()).isEqualTo("6");

        _get(Select.class, spec -> spec.withId("team-skill-order")).setValue(TeamMatrixView.SkillOrder.LEAST_COVERED);
        // covering 0 (catalog order), then programming (1 of 3), then statistics (2 of 3)
        assertThat(columns()).containsExactly("data-structures-algorithms", "ml-frameworks", "mathematics", "cloud-computing",
                "programming", "statistics");
    }

    @Test
    void turning_the_filter_off_shows_every_skill_and_another_profile_moves_the_required_marks() {
        open(owner, TeamMatrixView.path(teamId));
        int all = catalog.catalog().skills().size();

        _get(Checkbox.class, spec -> spec.withId("team-filter")).setValue(false);
        assertThat(columns()).hasSize(all);
        assertThat(markup("team-col-team-leadership").text()).doesNotContain("needs");
        assertThat(cells(markup("team-coverage-team-leadership"))).element(1).isEqualTo("not asked for");

        @SuppressWarnings("unchecked")
        Select<TeamMatrix.Profile> profile = _get(Select.class, spec -> spec.withId("team-profile"));
        profile.setValue(profile.getListDataView().getItems().filter(shown -> shown.key().equals("role:data-science-manager"))
                .findFirst().orElseThrow());
        assertThat(markup("team-col-team-leadership").text()).endsWith("needs 3");
        _get(Checkbox.class, spec -> spec.withId("team-filter")).setValue(true);
        assertThat(columns()).contains("team-leadership").doesNotContain("programming");
        assertThat(_find(Select.class)).hasSize(3);
    }

    @Test
    void a_shared_target_first_in_the_composition_is_the_default_and_asking_for_no_catalog_skill_shows_them_all() {
        as(owner);
        Target ownSkillsOnly = targets.create(new TargetDraft("Platform lead", "Acme", "", "", List.of(
                TargetDraft.SkillDraft.newCustom("Kubernetes operators", 3, 2, true)), Optional.empty(), List.of()));
        teams.setComposition(teamId, List.of(new TeamMatrix.Need(ownSkillsOnly.key(), 1), new TeamMatrix.Need(MLE, 2)));

        open(bo, TeamMatrixView.path(teamId));

        TeamMatrix.Profile chosen = (TeamMatrix.Profile) _get(Select.class, spec -> spec.withId("team-profile")).getValue();
        assertThat(chosen.key()).isEqualTo(ownSkillsOnly.key());
        assertThat(markup("team-filter-note").text()).isEqualTo("Platform lead asks for none of the catalog's skills, so every skill is shown.");
        assertThat(columns()).hasSize(catalog.catalog().skills().size());
        assertThat(markup("team-heatmap").select(".below")).isEmpty();
        assertThat(markup("team-composition").select("li")).extracting(Element::text)
                .containsExactly("1 × Platform lead", "2 × Machine Learning Engineer");
    }
}

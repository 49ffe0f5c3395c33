package app.skillpath.team;

import app.skillpath.team.TeamMatrix.MatrixSkill;
import app.skillpath.team.TeamMatrix.Member;
import app.skillpath.team.TeamMatrix.Need;
import app.skillpath.team.TeamMatrix.Profile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static app.skillpath.team.TeamFixture.ANA;
import static app.skillpath.team.TeamFixture.ANALYST;
import static app.skillpath.team.TeamFixture.BEN;
import static app.skillpath.team.TeamFixture.CLEO;
import static app.skillpath.team.TeamFixture.DATA_SCIENTIST;
import static app.skillpath.team.TeamFixture.ML;
import static app.skillpath.team.TeamFixture.PYTHON;
import static app.skillpath.team.TeamFixture.SQL;
import static app.skillpath.team.TeamFixture.STATS;
import static app.skillpath.team.TeamFixture.member;
import static app.skillpath.team.TeamFixture.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Coverage, group figures, the hiring gap and training, on the team of {@link TeamFixture}, worked by hand. */
class TeamAnalysisTest {

    private static SkillCoverage of(List<SkillCoverage> coverage, MatrixSkill skill) {
        return coverage.stream().filter(entry -> entry.skill().equals(skill)).findFirst().orElseThrow();
    }

    // coverage

    @Test
    void coverage_has_one_entry_per_skill_in_catalog_order_with_the_chosen_roles_level() {
        List<SkillCoverage> coverage = TeamAnalysis.coverage(team(), DATA_SCIENTIST);

        assertThat(coverage).extracting(SkillCoverage::skill).containsExactly(STATS, PYTHON, SQL, ML);
        assertThat(coverage).extracting(entry -> entry.requiredLevel().orElse(null)).containsExactly(3, 3, null, 2);
    }

    @Test
    void a_member_exactly_at_the_required_level_covers_it_and_one_below_does_not() {
        // Python 3 for a Data Scientist: Ana is at 3, Ben at 2, Cleo unrated
        SkillCoverage python = of(TeamAnalysis.coverage(team(), DATA_SCIENTIST), PYTHON);

        assertThat(python.covering()).containsExactly(ANA);
        assertThat(python.noOne()).isFalse();
    }

    @Test
    void a_skill_the_chosen_role_does_not_ask_for_is_covered_by_no_one_and_not_flagged() {
        // SQL: Ana 4 and Ben 3, but a Data Scientist is not asked for SQL
        SkillCoverage sql = of(TeamAnalysis.coverage(team(), DATA_SCIENTIST), SQL);

        assertThat(sql.requiredLevel()).isEmpty();
        assertThat(sql.covering()).isEmpty();
        assertThat(sql.noOne()).isFalse();
    }

    @Test
    void no_one_is_flagged_only_for_skills_the_chosen_role_asks_for() {
        // Machine learning: Cleo is at 1, nobody else rated it; a Data Scientist needs 2, an Analyst nothing
        assertThat(of(TeamAnalysis.coverage(team(), DATA_SCIENTIST), ML).noOne()).isTrue();
        assertThat(of(TeamAnalysis.coverage(team(), ANALYST), ML).noOne()).isFalse();
        assertThat(TeamAnalysis.coverage(team(), DATA_SCIENTIST)).filteredOn(SkillCoverage::noOne)
                .extracting(SkillCoverage::skill).containsExactly(ML);
    }

    @Test
    void an_empty_team_has_no_one_for_every_skill_the_role_asks_for() {
        List<SkillCoverage> coverage = TeamAnalysis.coverage(team(List.of()), ANALYST);

        assertThat(coverage).extracting(SkillCoverage::noOne).containsExactly(false, true, true, false);
    }

    @Test
    void a_skill_only_one_member_is_proficient_in_names_that_member() {
        // Python: Ana 3, Ben 2 (working is not proficient)
        SkillCoverage python = of(TeamAnalysis.coverage(team(), DATA_SCIENTIST), PYTHON);

        assertThat(python.singlePointOfKnowledge()).contains(ANA);
        assertThat(python.proficient()).containsExactly(ANA);
    }

    @Test
    void two_proficient_members_are_no_single_point() {
        // SQL: Ana 4, Ben 3
        SkillCoverage sql = of(TeamAnalysis.coverage(team(), DATA_SCIENTIST), SQL);

        assertThat(sql.proficient()).containsExactly(ANA, BEN);
        assertThat(sql.singlePointOfKnowledge()).isEmpty();
    }

    @Test
    void a_skill_no_one_is_proficient_in_has_no_single_point_either() {
        // Machine learning: only Cleo at 1
        SkillCoverage ml = of(TeamAnalysis.coverage(team(), DATA_SCIENTIST), ML);

        assertThat(ml.proficient()).isEmpty();
        assertThat(ml.singlePointOfKnowledge()).isEmpty();
    }

    @Test
    void a_single_point_of_knowledge_is_flagged_whatever_role_is_chosen() {
        // Statistics rests on Cleo (3); an Analyst is not asked for it, which does not make the risk go away
        SkillCoverage stats = of(TeamAnalysis.coverage(team(), ANALYST), STATS);

        assertThat(stats.requiredLevel()).isEmpty();
        assertThat(stats.singlePointOfKnowledge()).contains(CLEO);
    }

    // group figures

    @Test
    void group_figures_need_three_members() {
        assertThat(TeamAnalysis.groupFigures(team(List.of(ANA, BEN)))).isEmpty();
        assertThat(TeamAnalysis.groupFigures(team(List.of(ANA, BEN, CLEO)))).isPresent();
    }

    @Test
    void group_figures_give_the_average_to_one_decimal_and_the_count_at_each_level() {
        GroupFigures figures = TeamAnalysis.groupFigures(team()).orElseThrow();

        // Statistics 2+0+3 = 5/3 = 1.67; Python 3+2+0 = 5/3; SQL 4+3+0 = 7/3 = 2.33; Machine learning 0+0+1 = 1/3
        assertThat(figures.memberCount()).isEqualTo(3);
        assertThat(figures.skills()).extracting(GroupFigures.SkillFigures::skill).containsExactly(STATS, PYTHON, SQL, ML);
        assertThat(figures.skills()).extracting(GroupFigures.SkillFigures::average)
                .containsExactly(new BigDecimal("1.7"), new BigDecimal("1.7"), new BigDecimal("2.3"), new BigDecimal("0.3"));
        assertThat(figures.skills()).extracting(GroupFigures.SkillFigures::distribution).containsExactly(
                List.of(1, 0, 1, 1, 0), List.of(1, 0, 1, 1, 0), List.of(1, 0, 0, 1, 1), List.of(2, 1, 0, 0, 0));
        assertThat(figures.skills().get(2).atLevel(4)).isEqualTo(1);
        assertThat(figures.skills().get(2).atLevel(0)).isEqualTo(1);
    }

    @Test
    void an_average_exactly_halfway_rounds_up() {
        // Python 3+2+0+4 = 9/4 = 2.25, Statistics 2+0+3+0 = 5/4 = 1.25
        Member dev = member(4, "Dev", Map.of("python", 4));

        GroupFigures figures = TeamAnalysis.groupFigures(team(List.of(ANA, BEN, CLEO, dev))).orElseThrow();

        assertThat(figures.memberCount()).isEqualTo(4);
        assertThat(figures.skills().get(1).average()).isEqualTo(new BigDecimal("2.3"));
        assertThat(figures.skills().get(0).average()).isEqualTo(new BigDecimal("1.3"));
    }

    @Test
    void a_level_outside_the_scale_is_refused_rather_than_averaged() {
        Member broken = member(4, "Broken", Map.of("python", 5));

        assertThatThrownBy(() -> TeamAnalysis.groupFigures(team(List.of(ANA, BEN, broken))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0-4");
    }

    // hiring gap

    @Test
    void two_engineers_needing_level_three_with_one_present_fall_short_by_one() {
        Profile engineer = new Profile("role:ml-engineer", "ML Engineer", false, Map.of("python", 3));
        TeamMatrix matrix = new TeamMatrix(7, "Data team", 1, true, List.of(ANA, BEN), List.of(PYTHON), List.of(engineer),
                List.of(new Need("role:ml-engineer", 2)));

        // need 2 at Python 3 or above; Ana is at 3, Ben at 2: have 1
        assertThat(TeamAnalysis.hiringGap(matrix)).containsExactly(new SkillGap(PYTHON, 3, 2, 1));
        assertThat(TeamAnalysis.hiringGap(matrix).getFirst().shortfall()).isEqualTo(1);
    }

    @Test
    void the_worked_example_counts_each_asked_level_cumulatively_and_orders_by_shortfall_then_level_then_catalog() {
        /*
         * 2 Data Scientists (Statistics 3, Python 3, ML 2), 1 Analyst (Python 2, SQL 3), 1 Data lead (SQL 4);
         * the 5 of an unknown role are left out.
         * Statistics r3: needed 2 (DS), have 1 (Cleo)                    -> short 1
         * Python r2: needed 2 + 1 = 3 (DS asks 3 >= 2, Analyst 2), have 2 (Ana 3, Ben 2) -> short 1
         * Python r3: needed 2 (DS), have 1 (Ana)                         -> short 1
         * SQL r3: needed 1 + 1 = 2 (Analyst, Data lead asks 4 >= 3), have 2 (Ana 4, Ben 3) -> 0, not a gap
         * SQL r4: needed 1 (Data lead), have 1 (Ana)                     -> 0, not a gap
         * ML r2: needed 2 (DS), have 0 (Cleo is at 1)                    -> short 2
         * ML r1 is asked by no profile, so it is not reported although only Cleo is there for 2 needed
         * Order: ML (2); then shortfall 1 at level 3: Statistics before Python (catalog); then Python r2.
         */
        assertThat(TeamAnalysis.hiringGap(team())).containsExactly(
                new SkillGap(ML, 2, 2, 0),
                new SkillGap(STATS, 3, 2, 1),
                new SkillGap(PYTHON, 3, 2, 1),
                new SkillGap(PYTHON, 2, 3, 2));
    }

    @Test
    void a_shortfall_of_exactly_zero_is_no_gap() {
        // one Analyst: Python 2 (Ana, Ben have it), SQL 3 (Ana, Ben have it)
        TeamMatrix matrix = team(List.of(ANA, BEN, CLEO), List.of(new Need("role:analyst", 2)));

        assertThat(TeamAnalysis.hiringGap(matrix)).isEmpty();
    }

    @Test
    void an_expert_counts_toward_a_need_of_a_lower_level() {
        // one Analyst (Python 2, SQL 3): Ana's Python 3 and SQL 4 meet both
        assertThat(TeamAnalysis.hiringGap(team(List.of(ANA), List.of(new Need("role:analyst", 1))))).isEmpty();

        // an Analyst (SQL 3) and a Data lead (SQL 4), with Ana at 4 and Ben at 2: Ana fills the lead's need and counts
        // at level 3 too, so level 3 needs 2 and has 1; level 4 needs 1 and has 1
        TeamMatrix matrix = team(List.of(ANA, member(2, "Ben", Map.of("sql", 2, "python", 2))),
                List.of(new Need("role:analyst", 1), new Need("target:9", 1)));
        assertThat(TeamAnalysis.hiringGap(matrix)).containsExactly(new SkillGap(SQL, 3, 2, 1));
    }

    @Test
    void a_team_without_a_target_composition_has_no_gap() {
        assertThat(TeamAnalysis.hiringGap(team(List.of(ANA), List.of()))).isEmpty();
    }

    @Test
    void a_need_of_a_profile_the_team_cannot_see_is_left_out() {
        TeamMatrix matrix = team(List.of(), List.of(new Need("role:not-visible", 3)));

        assertThat(TeamAnalysis.hiringGap(matrix)).isEmpty();
    }

    @Test
    void with_equal_shortfalls_the_higher_level_comes_first() {
        // nobody yet; an Analyst (Python 2, SQL 3) and a Data lead (SQL 4): SQL r3 needs both, short by 2; SQL r4 and
        // Python r2 are short by 1 each, and SQL r4 goes first although Python comes first in the catalog
        TeamMatrix matrix = team(List.of(), List.of(new Need("role:analyst", 1), new Need("target:9", 1)));

        assertThat(TeamAnalysis.hiringGap(matrix)).containsExactly(
                new SkillGap(SQL, 3, 2, 0), new SkillGap(SQL, 4, 1, 0), new SkillGap(PYTHON, 2, 1, 0));
    }

    // training

    @Test
    void training_suggests_the_nearest_gap_first() {
        // Ben (Statistics 0, Python 2, ML 0): Python 2 -> 3 climbs 1, ML 0 -> 2 climbs 2, Statistics 0 -> 3 climbs 3;
        // Python r2 is no option: he is there already
        assertThat(TeamAnalysis.trainingFor(team(), BEN.id())).containsExactly(
                new TrainingOption(PYTHON, 2, 3, 1),
                new TrainingOption(ML, 0, 2, 2),
                new TrainingOption(STATS, 0, 3, 1));
    }

    @Test
    void a_member_already_at_a_gaps_level_gets_no_option_for_it() {
        // Ana: Statistics 2 -> 3 (short 1), ML 0 -> 2 (short 2); Python 3 meets both Python gaps
        assertThat(TeamAnalysis.trainingFor(team(), ANA.id())).containsExactly(
                new TrainingOption(STATS, 2, 3, 1),
                new TrainingOption(ML, 0, 2, 2));
    }

    @Test
    void with_equal_climbs_the_larger_shortfall_comes_first() {
        // Eve (Statistics 2, ML 1) joins: Statistics r3 still short by 1 (only Cleo), ML r2 short by 2 (nobody);
        // both are one level away for her, and ML's larger shortfall puts it first although Statistics is first in
        // the catalog. Python 0 -> 2 climbs 2, 0 -> 3 climbs 3.
        Member eve = member(5, "Eve", Map.of("statistics", 2, "machine-learning", 1));

        assertThat(TeamAnalysis.trainingFor(team(List.of(ANA, BEN, CLEO, eve)), eve.id())).containsExactly(
                new TrainingOption(ML, 1, 2, 2),
                new TrainingOption(STATS, 2, 3, 1),
                new TrainingOption(PYTHON, 0, 2, 1),
                new TrainingOption(PYTHON, 0, 3, 1));
    }

    @Test
    void training_ties_go_in_catalog_order_not_in_the_order_of_the_gaps() {
        // Dev alone (Python 0, SQL 1) and one Analyst needed: Python r2 and SQL r3 are both short by 1, and the gap
        // list puts SQL first (higher level); for Dev both are a climb of 2, so Python, first in the catalog, leads
        Member dev = member(4, "Dev", Map.of("sql", 1));
        TeamMatrix matrix = team(List.of(dev), List.of(new Need("role:analyst", 1)));

        assertThat(TeamAnalysis.hiringGap(matrix)).extracting(SkillGap::skill).containsExactly(SQL, PYTHON);
        assertThat(TeamAnalysis.trainingFor(matrix, dev.id())).containsExactly(
                new TrainingOption(PYTHON, 0, 2, 1),
                new TrainingOption(SQL, 1, 3, 1));
    }

    @Test
    void a_member_with_no_levels_gets_at_most_five_options() {
        List<MatrixSkill> skills = List.of(STATS, PYTHON, SQL, ML, new MatrixSkill("cloud", "Cloud", "Engineering"),
                new MatrixSkill("viz", "Visualisation", "Communication"));
        Profile everything = new Profile("role:all", "All-rounder", false,
                Map.of("statistics", 1, "python", 1, "sql", 1, "machine-learning", 1, "cloud", 1, "viz", 1));
        Member newcomer = new Member(5, "Newcomer", false, false, Map.of(), Map.of());
        TeamMatrix matrix = new TeamMatrix(7, "Data team", 1, true, List.of(newcomer), skills, List.of(everything),
                List.of(new Need("role:all", 2)));

        // six gaps of level 1, each short by 2 (need 2, have 0); all climb 1: the first five in catalog order
        assertThat(TeamAnalysis.trainingFor(matrix, 5)).extracting(TrainingOption::skill)
                .containsExactlyElementsOf(skills.subList(0, TeamAnalysis.MAX_TRAINING_OPTIONS));
        assertThat(TeamAnalysis.trainingFor(matrix, 5)).allSatisfy(option -> {
            assertThat(option.fromLevel()).isZero();
            assertThat(option.climb()).isEqualTo(1);
        });
    }

    @Test
    void someone_not_in_the_team_gets_no_training_options() {
        assertThat(TeamAnalysis.trainingFor(team(), 99)).isEmpty();
    }
}

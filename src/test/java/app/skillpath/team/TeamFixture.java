package app.skillpath.team;

import app.skillpath.team.TeamMatrix.MatrixSkill;
import app.skillpath.team.TeamMatrix.Member;
import app.skillpath.team.TeamMatrix.Need;
import app.skillpath.team.TeamMatrix.Profile;

import java.util.List;
import java.util.Map;

/**
 * A small team worked through by hand in the tests. Skills in catalog order: Statistics, Python, SQL, Machine
 * learning (deliberately not alphabetical, so catalog order shows). Levels (unrated = 0):
 *
 * <pre>
 *              Statistics  Python  SQL  Machine learning
 *   Ana (1)         2         3     4          0
 *   Ben (2)         0         2     3          0
 *   Cleo (3)        3         0     0          1
 * </pre>
 *
 * Profiles: Data Scientist (Statistics 3, Python 3, Machine learning 2), Analyst (Python 2, SQL 3) and the owner's
 * shared target Data lead (SQL 4). Target composition: 2 Data Scientists, 1 Analyst, 1 Data lead, and 5 of a role the
 * team cannot see.
 */
final class TeamFixture {

    static final MatrixSkill STATS = new MatrixSkill("statistics", "Statistics", "Maths");
    static final MatrixSkill PYTHON = new MatrixSkill("python", "Python", "Programming");
    static final MatrixSkill SQL = new MatrixSkill("sql", "SQL", "Data");
    static final MatrixSkill ML = new MatrixSkill("machine-learning", "Machine learning", "Modelling");

    static final Member ANA = member(1, "Ana", Map.of("statistics", 2, "python", 3, "sql", 4));
    static final Member BEN = member(2, "Ben", Map.of("python", 2, "sql", 3));
    static final Member CLEO = member(3, "Cleo", Map.of("statistics", 3, "machine-learning", 1));

    static final Profile DATA_SCIENTIST = new Profile("role:data-scientist", "Data Scientist", false,
            Map.of("statistics", 3, "python", 3, "machine-learning", 2));
    static final Profile ANALYST = new Profile("role:analyst", "Analyst", false, Map.of("python", 2, "sql", 3));
    static final Profile DATA_LEAD = new Profile("target:9", "Data lead", true, Map.of("sql", 4));

    static final List<Need> COMPOSITION = List.of(new Need("role:data-scientist", 2), new Need("role:analyst", 1),
            new Need("target:9", 1), new Need("role:not-visible", 5));

    private TeamFixture() {
    }

    static Member member(long id, String name, Map<String, Integer> levels) {
        return new Member(id, name, id == 1, false, levels, Map.of());
    }

    static TeamMatrix team(List<Member> members) {
        return team(members, COMPOSITION);
    }

    static TeamMatrix team(List<Member> members, List<Need> composition) {
        return new TeamMatrix(7, "Data team", 1, true, members, List.of(STATS, PYTHON, SQL, ML),
                List.of(DATA_SCIENTIST, ANALYST, DATA_LEAD), composition);
    }

    static TeamMatrix team() {
        return team(List.of(ANA, BEN, CLEO));
    }
}

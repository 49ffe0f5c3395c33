package app.skillpath.team;

import app.skillpath.team.TeamMatrix.MatrixSkill;

import java.math.BigDecimal;
import java.util.List;

/** Figures that mix several members' levels, one per skill in catalog order; only made from 3 members on. */
public record GroupFigures(int memberCount, List<SkillFigures> skills) {

    public GroupFigures {
        skills = List.copyOf(skills);
    }

    /**
     * @param average      the members' mean level (unrated counts as 0), rounded half up to one decimal ("2.3")
     * @param distribution how many members are at each level: index 0 is "none", index 4 "expert" (always 5 entries)
     */
    public record SkillFigures(MatrixSkill skill, BigDecimal average, List<Integer> distribution) {

        public SkillFigures {
            distribution = List.copyOf(distribution);
        }

        /** How many members are exactly at this level (0-4). */
        public int atLevel(int level) {
            return distribution.get(level);
        }
    }
}

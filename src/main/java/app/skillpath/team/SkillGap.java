package app.skillpath.team;

import app.skillpath.team.TeamMatrix.MatrixSkill;

/**
 * The target composition needs {@code needed} people at {@code level} or above in the skill, and the team has
 * {@code have} members there ("Python: need 3 at level 3 or above, have 1, short by 2").
 */
public record SkillGap(MatrixSkill skill, int level, int needed, int have) {

    /** How many people are missing at this level or above (positive for every gap the analysis reports). */
    public int shortfall() {
        return needed - have;
    }
}

package app.skillpath.team;

import app.skillpath.team.TeamMatrix.MatrixSkill;

/**
 * Training one member in a skill from their level now up to the level of a team gap, which the team is
 * {@code shortfall} people short of.
 */
public record TrainingOption(MatrixSkill skill, int fromLevel, int toLevel, int shortfall) {

    /** How many levels the member has to climb. */
    public int climb() {
        return toLevel - fromLevel;
    }
}

package app.skillpath.team;

import app.skillpath.team.TeamMatrix.MatrixSkill;
import app.skillpath.team.TeamMatrix.Member;

import java.util.List;
import java.util.Optional;

/**
 * One skill of the matrix measured against the chosen profile.
 *
 * @param requiredLevel          the level the chosen profile asks for; empty when it does not ask for the skill
 * @param covering               the members at or above that level (empty when the profile does not ask for it)
 * @param noOne                  the profile asks for the skill and no member reaches its level
 * @param singlePointOfKnowledge the one member proficient or above, when there is exactly one, whatever the profile
 * @param proficient             every member proficient (3) or above, in the matrix's member order
 */
public record SkillCoverage(MatrixSkill skill, Optional<Integer> requiredLevel, List<Member> covering, boolean noOne,
                            Optional<Member> singlePointOfKnowledge, List<Member> proficient) {

    public SkillCoverage {
        covering = List.copyOf(covering);
        proficient = List.copyOf(proficient);
    }
}

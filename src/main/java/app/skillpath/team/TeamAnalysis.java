package app.skillpath.team;

import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.team.TeamMatrix.MatrixSkill;
import app.skillpath.team.TeamMatrix.Member;
import app.skillpath.team.TeamMatrix.Need;
import app.skillpath.team.TeamMatrix.Profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a team's matrix says: coverage of a chosen role, group figures, the hiring gap against the target composition
 * and the training that would close it. Plain Java on {@link TeamMatrix}, so every rule is tested on hand-worked
 * numbers. An unrated skill counts as level 0 throughout.
 *
 * <p><b>Coverage</b> of a skill for the chosen role or target: the members at or above the level it asks for.
 * <em>No one</em> is flagged only for skills the role asks for. A <em>single point of knowledge</em> is a skill exactly
 * one member is proficient (3) or above in, whatever the role: the team loses it when that person leaves.
 *
 * <p><b>Group figures</b> (average level, how many members at each level) mix members' levels, so they are made only
 * for teams of {@value TeamMatrix#MIN_MEMBERS_FOR_GROUP_FIGURES} members or more: in a team of two, an average
 * would give away the other member's level.
 *
 * <p><b>Hiring gap.</b> The target composition is a list of needs, "headCount people of profile P". A person at
 * level 4 also counts for a need of level 3, so the gap is counted cumulatively, per skill and level r:
 * <ul>
 * <li>needed(r) = the sum of the head counts of the needs whose profile asks for the skill at level r or above;</li>
 * <li>have(r) = the members at level r or above;</li>
 * <li>shortfall(r) = needed(r) - have(r).</li>
 * </ul>
 * A gap is reported for each level r that some profile of the composition asks for the skill at, when its shortfall
 * is above 0. Example: 2 Data Scientists (Python 3) and 1 Analyst (Python 2), with members at Python 3, 2 and 0:
 * at level 3 the team needs 2 and has 1, short by 1; at level 2 it needs 3 and has 2, short by 1. Needs of a profile
 * the team does not know (a target no longer shared) are left out. Gaps come largest shortfall first, then the higher
 * level first, then in catalog order.
 *
 * <p><b>Training</b> for one member: each gap whose level is above the member's level in the skill, nearest first
 * (fewest levels to climb), then the larger shortfall, then catalog order; at most {@value #MAX_TRAINING_OPTIONS}.
 */
public final class TeamAnalysis {

    /** How many training options a member is shown. */
    public static final int MAX_TRAINING_OPTIONS = 5;

    private static final int PROFICIENT = ProficiencyLevel.PROFICIENT.value();

    private TeamAnalysis() {
    }

    /** One entry per skill of the matrix, in its order, measured against the chosen profile. */
    public static List<SkillCoverage> coverage(TeamMatrix matrix, Profile chosen) {
        List<SkillCoverage> coverage = new ArrayList<>();
        for (MatrixSkill skill : matrix.skills()) {
            Optional<Integer> required = chosen.required(skill.key());
            List<Member> covering = required.map(level -> atOrAbove(matrix, skill, level)).orElse(List.of());
            List<Member> proficient = atOrAbove(matrix, skill, PROFICIENT);
            Optional<Member> single = proficient.size() == 1 ? Optional.of(proficient.getFirst()) : Optional.empty();
            coverage.add(new SkillCoverage(skill, required, covering, required.isPresent() && covering.isEmpty(), single,
                    proficient));
        }
        return coverage;
    }

    /** The average and the distribution of levels per skill; empty for a team too small to show them. */
    public static Optional<GroupFigures> groupFigures(TeamMatrix matrix) {
        int count = matrix.members().size();
        if (count < TeamMatrix.MIN_MEMBERS_FOR_GROUP_FIGURES) {
            return Optional.empty();
        }
        List<GroupFigures.SkillFigures> figures = new ArrayList<>();
        for (MatrixSkill skill : matrix.skills()) {
            int[] distribution = new int[ProficiencyLevel.MAX + 1];
            int sum = 0;
            for (Member member : matrix.members()) {
                // of() refuses a level outside 0-4 with a message, rather than an index error or a skewed average
                int level = ProficiencyLevel.of(member.level(skill.key())).value();
                distribution[level]++;
                sum += level;
            }
            BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
            figures.add(new GroupFigures.SkillFigures(skill, average, Arrays.stream(distribution).boxed().toList()));
        }
        return Optional.of(new GroupFigures(count, figures));
    }

    /** The skills and levels the team falls short of its target composition at (see the class comment). */
    public static List<SkillGap> hiringGap(TeamMatrix matrix) {
        List<ProfileNeed> needs = new ArrayList<>();
        for (Need need : matrix.composition()) {
            matrix.profile(need.profileKey()).ifPresent(profile -> needs.add(new ProfileNeed(profile, need.headCount())));
        }
        List<SkillGap> gaps = new ArrayList<>();
        for (MatrixSkill skill : matrix.skills()) {
            Set<Integer> askedLevels = new TreeSet<>();
            needs.forEach(need -> need.profile().required(skill.key()).ifPresent(askedLevels::add));
            for (int level : askedLevels) {
                int needed = needs.stream()
                        .filter(need -> need.profile().required(skill.key()).orElse(0) >= level)
                        .mapToInt(ProfileNeed::headCount)
                        .sum();
                int have = atOrAbove(matrix, skill, level).size();
                if (needed > have) {
                    gaps.add(new SkillGap(skill, level, needed, have));
                }
            }
        }
        // the gaps were collected in catalog order and List.sort is stable: that order breaks the remaining ties
        gaps.sort(Comparator.comparingInt(SkillGap::shortfall).reversed()
                .thenComparing(Comparator.comparingInt(SkillGap::level).reversed()));
        return gaps;
    }

    /** The team gaps training this member would close soonest; empty for someone not in the team. */
    public static List<TrainingOption> trainingFor(TeamMatrix matrix, long memberId) {
        Optional<Member> found = matrix.member(memberId);
        if (found.isEmpty()) {
            return List.of();
        }
        Member member = found.get();
        return hiringGap(matrix).stream()
                .filter(gap -> member.level(gap.skill().key()) < gap.level())
                .map(gap -> new TrainingOption(gap.skill(), member.level(gap.skill().key()), gap.level(), gap.shortfall()))
                .sorted(Comparator.comparingInt(TrainingOption::climb)
                        .thenComparing(Comparator.comparingInt(TrainingOption::shortfall).reversed())
                        .thenComparingInt(option -> matrix.skills().indexOf(option.skill())))
                .limit(MAX_TRAINING_OPTIONS)
                .toList();
    }

    private static List<Member> atOrAbove(TeamMatrix matrix, MatrixSkill skill, int level) {
        return matrix.members().stream().filter(member -> member.level(skill.key()) >= level).toList();
    }

    private record ProfileNeed(Profile profile, int headCount) {
    }
}

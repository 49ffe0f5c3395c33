package app.skillpath.team;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team as one of its members sees it, read in one go: the members with what each agreed to share, the skills
 * (columns), the profiles the team can be measured against (every catalog role and the targets its owner shares) and
 * its target composition. An unrated skill counts as level 0 ("none"), as in the fit score.
 */
public record TeamMatrix(long teamId, String teamName, long viewerId, boolean viewerIsOwner, List<Member> members,
                         List<MatrixSkill> skills, List<Profile> profiles, List<Need> composition) {

    public TeamMatrix {
        members = List.copyOf(members);
        skills = List.copyOf(skills);
        profiles = List.copyOf(profiles);
        composition = List.copyOf(composition);
    }

    /** Team figures that mix several members (averages, distributions) are shown only from this many members on. */
    public static final int MIN_MEMBERS_FOR_GROUP_FIGURES = 3;

    public Optional<Profile> profile(String key) {
        return profiles.stream().filter(profile -> profile.key().equals(key)).findFirst();
    }

    public Optional<Member> member(long id) {
        return members.stream().filter(member -> member.id() == id).findFirst();
    }

    /** One member's row: levels always (sharing them is what membership means), notes only if they share notes. */
    public record Member(long id, String name, boolean owner, boolean sharesNotes, Map<String, Integer> levels,
                         Map<String, String> notes) {
        public Member {
            levels = Map.copyOf(levels);
            notes = Map.copyOf(notes);
        }

        public int level(String skillKey) {
            return levels.getOrDefault(skillKey, 0);
        }
    }

    /** A skill column: the catalog's key, name and area, in catalog order. */
    public record MatrixSkill(String key, String name, String area) {
    }

    /**
     * Something a team member can be measured against: a catalog role ({@code role:<key>}) or a target its owner shares
     * ({@code target:<id>}), with its required level (1-4) per catalog skill; skills it does not ask for are absent.
     */
    public record Profile(String key, String title, boolean target, Map<String, Integer> requiredLevels) {
        public Profile {
            requiredLevels = Map.copyOf(requiredLevels);
        }

        public Optional<Integer> required(String skillKey) {
            return Optional.ofNullable(requiredLevels.get(skillKey));
        }
    }

    /** A line of the target composition: {@code headCount} people of the profile {@code profileKey}. */
    public record Need(String profileKey, int headCount) {
    }
}

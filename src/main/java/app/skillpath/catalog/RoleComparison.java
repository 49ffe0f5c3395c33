package app.skillpath.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Two roles side by side, with what they have in common. */
public record RoleComparison(Role left, Role right, Set<String> sharedSkillKeys, Set<String> sharedToolKeys,
                             Set<String> sharedIndustries) {

    public static RoleComparison of(Role left, Role right) {
        return new RoleComparison(left, right,
                intersection(left.skillKeys(), right.skillKeys()),
                intersection(toolKeysNamed(left), toolKeysNamed(right)),
                intersection(left.industries().items(), right.industries().items()));
    }

    /** The tools a role's article sections name: its tools list and its getting-started tips. */
    private static List<String> toolKeysNamed(Role role) {
        Set<String> keys = new LinkedHashSet<>(role.tools().toolKeys());
        role.tips().forEach(tip -> keys.addAll(tip.toolKeys()));
        return List.copyOf(keys);
    }

    private static Set<String> intersection(List<String> a, List<String> b) {
        Set<String> shared = new LinkedHashSet<>(a);
        shared.retainAll(Set.copyOf(b));
        return Set.copyOf(shared);
    }

    public boolean isSharedSkill(String skillKey) {
        return sharedSkillKeys.contains(skillKey);
    }
}

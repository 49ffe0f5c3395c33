package app.skillpath.team;

import java.time.Instant;

/**
 * A step a team's owner suggested for one member's plan. {@code state} is "suggested" (waiting for the member),
 * "accepted" or "declined".
 */
public record Suggestion(long id, long teamId, String teamName, String fromName, long memberId, String memberName,
                         String skillKey, String skillName, String title, String action, String state, Instant createdAt) {

    public boolean pending() {
        return "suggested".equals(state);
    }
}

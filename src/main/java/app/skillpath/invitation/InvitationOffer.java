package app.skillpath.invitation;

import java.time.Instant;
import java.util.List;

/**
 * What a working invitation link shows before its visitor accepts or declines, in plain text: a heading, one summary
 * sentence (who invites to what), further paragraphs, the accept button's label, and what declining does.
 */
public record InvitationOffer(String heading, String summary, List<String> details, String acceptLabel,
                              String declineQuestion, String declineConsequence, Instant expiresAt) {
    public InvitationOffer {
        details = List.copyOf(details);
    }
}

package app.skillpath.team;

import java.time.Instant;
import java.util.Optional;

/** A link the team's owner made, as the owner's list shows it: its state and, once used, by whom. */
public record TeamInvitationSummary(long id, State state, Optional<String> memberName, Instant createdAt,
                                    Instant expiresAt) {

    public enum State {
        OPEN("open"), EXPIRED("expired"), ACCEPTED("joined"), DECLINED("declined"), WITHDRAWN("withdrawn");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

package app.skillpath.team;

import app.skillpath.invitation.InvitationException;
import app.skillpath.invitation.InvitationKind;
import app.skillpath.invitation.InvitationOffer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Team links on the shared invitation page: joining shares the member's levels (not notes) until they choose otherwise. */
@Component
public class TeamInvitationKind implements InvitationKind {

    /** The team's page below the app's root, where a new member lands. */
    public static String teamPath(long teamId) {
        return "teams/" + teamId;
    }

    private final TeamService teamService;

    public TeamInvitationKind(TeamService teamService) {
        this.teamService = teamService;
    }

    @Override
    public Optional<InvitationOffer> offer(String token) {
        return refusingAsInvitation(() -> teamService.link(token).map(link -> {
            TeamService.refuseIfMember(link);
            return new InvitationOffer("Join a team",
                    link.ownerName() + " invites you to join the team " + link.teamName() + " (" + link.memberCount()
                            + (link.memberCount() == 1 ? " member" : " members") + ").",
                    List.of("The team's members see your skill levels, as numbers on the team's matrix. They do not see "
                                    + "your evidence notes unless you choose to share them, and never your plans, history or "
                                    + "targets.",
                            "You can change what you share, or leave the team, at any time; your row leaves the team's "
                                    + "views at once."),
                    "Join the team", "Decline this invitation?",
                    "The link stops working, and " + link.ownerName() + " sees that you declined.", link.expiresAt());
        }));
    }

    @Override
    public Optional<String> accept(String token) {
        return refusingAsInvitation(() -> teamService.join(token).map(TeamInvitationKind::teamPath));
    }

    @Override
    public boolean decline(String token) {
        return refusingAsInvitation(() -> teamService.declineLink(token));
    }

    private static <T> T refusingAsInvitation(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (TeamException e) {
            throw new InvitationException(e.getMessage());
        }
    }
}

package app.skillpath.invitation;

import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every invitation link, whatever it invites to: the one place that turns a token from an address into an offer,
 * an acceptance or a refusal, by asking each {@link InvitationKind}. A token no kind recognises gets one message,
 * so a visitor learns nothing about whether a link ever existed.
 */
@Service
public class Invitations {

    public static final String LINK_DOES_NOT_WORK = "This invitation link does not work: it was used already, withdrawn, "
            + "or it expired. Ask the person who sent it for a new one.";

    /** Every invitation link's path below the app's root starts with this; the token follows. */
    public static final String ROUTE_PREFIX = "invitation/";

    private final List<InvitationKind> kinds;

    public Invitations(List<InvitationKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    public InvitationOffer offer(String token) {
        return first(kind -> kind.offer(token));
    }

    /** Takes the link and returns the route to show next. */
    public String accept(String token) {
        return first(kind -> kind.accept(token));
    }

    public void decline(String token) {
        if (kinds.stream().noneMatch(kind -> kind.decline(token))) {
            throw new InvitationException(LINK_DOES_NOT_WORK);
        }
    }

    private <T> T first(Function<InvitationKind, Optional<T>> ask) {
        for (InvitationKind kind : kinds) {
            Optional<T> answer = ask.apply(kind);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        throw new InvitationException(LINK_DOES_NOT_WORK);
    }
}

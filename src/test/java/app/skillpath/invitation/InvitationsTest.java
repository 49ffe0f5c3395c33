package app.skillpath.invitation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the one invitation service asks its kinds: the first kind that claims a token answers, and no claim is a refusal. */
class InvitationsTest {

    /** A kind that claims only its own token, and notes every token it was asked about. */
    private static final class FakeKind implements InvitationKind {
        private final String ownToken;
        private final String route;
        final List<String> asked = new ArrayList<>();
        final List<String> declined = new ArrayList<>();

        FakeKind(String ownToken, String route) {
            this.ownToken = ownToken;
            this.route = route;
        }

        @Override
        public Optional<InvitationOffer> offer(String token) {
            asked.add(token);
            return token.equals(ownToken) ? Optional.of(offerFor(route)) : Optional.empty();
        }

        @Override
        public Optional<String> accept(String token) {
            asked.add(token);
            return token.equals(ownToken) ? Optional.of(route) : Optional.empty();
        }

        @Override
        public boolean decline(String token) {
            asked.add(token);
            if (!token.equals(ownToken)) {
                return false;
            }
            declined.add(token);
            return true;
        }
    }

    private static InvitationOffer offerFor(String route) {
        return new InvitationOffer("Heading of " + route, "Summary of " + route, List.of(), "Accept", "Decline?",
                "It stops working.", Instant.parse("2026-12-01T00:00:00Z"));
    }

    private final FakeKind reviews = new FakeKind("review-token", "review/1");
    private final FakeKind teams = new FakeKind("team-token", "team/7");
    private final Invitations invitations = new Invitations(List.of(reviews, teams));

    @Test
    void a_token_of_the_second_kind_gets_that_kinds_offer_and_route() {
        assertThat(invitations.offer("team-token").summary()).isEqualTo("Summary of team/7");
        assertThat(invitations.accept("team-token")).isEqualTo("team/7");
        assertThat(reviews.asked).containsExactly("team-token", "team-token");
    }

    @Test
    void the_first_kind_that_claims_a_token_answers_and_later_kinds_are_not_asked() {
        FakeKind alsoClaimsIt = new FakeKind("review-token", "elsewhere/2");
        Invitations both = new Invitations(List.of(reviews, alsoClaimsIt));

        assertThat(both.offer("review-token").summary()).isEqualTo("Summary of review/1");
        assertThat(both.accept("review-token")).isEqualTo("review/1");
        both.decline("review-token");

        assertThat(reviews.declined).containsExactly("review-token");
        assertThat(alsoClaimsIt.asked).isEmpty();
    }

    @Test
    void a_token_no_kind_claims_is_refused_with_one_message_after_asking_every_kind() {
        assertThatThrownBy(() -> invitations.offer("nobody's")).isInstanceOf(InvitationException.class)
                .hasMessage(Invitations.LINK_DOES_NOT_WORK);
        assertThatThrownBy(() -> invitations.accept("nobody's")).isInstanceOf(InvitationException.class)
                .hasMessage(Invitations.LINK_DOES_NOT_WORK);
        assertThat(reviews.asked).containsExactly("nobody's", "nobody's");
        assertThat(teams.asked).containsExactly("nobody's", "nobody's");
    }

    @Test
    void declining_a_token_no_kind_claims_is_refused_and_declines_nothing() {
        assertThatThrownBy(() -> invitations.decline("nobody's")).isInstanceOf(InvitationException.class)
                .hasMessage(Invitations.LINK_DOES_NOT_WORK);
        assertThat(reviews.declined).isEmpty();
        assertThat(teams.declined).isEmpty();
    }

    @Test
    void declining_a_token_of_the_second_kind_declines_it_there() {
        invitations.decline("team-token");

        assertThat(teams.declined).containsExactly("team-token");
        assertThat(reviews.declined).isEmpty();
    }

    @Test
    void a_kinds_own_refusal_reaches_the_visitor_unchanged() {
        Invitations withRefusal = new Invitations(List.of(new InvitationKind() {
            @Override
            public Optional<InvitationOffer> offer(String token) {
                throw new InvitationException("This is your own invitation.");
            }

            @Override
            public Optional<String> accept(String token) {
                throw new InvitationException("This is your own invitation.");
            }

            @Override
            public boolean decline(String token) {
                throw new InvitationException("This is your own invitation.");
            }
        }, teams));

        assertThatThrownBy(() -> withRefusal.offer("team-token")).hasMessage("This is your own invitation.");
        assertThatThrownBy(() -> withRefusal.accept("team-token")).hasMessage("This is your own invitation.");
        assertThatThrownBy(() -> withRefusal.decline("team-token")).hasMessage("This is your own invitation.");
        assertThat(teams.asked).as("a refusal ends the search").isEmpty();
    }
}

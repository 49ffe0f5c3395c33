package app.skillpath.review;

import app.skillpath.SpringTest;
import app.skillpath.account.TestAccounts;
import app.skillpath.invitation.InvitationException;
import app.skillpath.invitation.InvitationOffer;
import app.skillpath.invitation.Invitations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A review link as a kind of invitation link: what it offers, where accepting leads, the owner's own link refused,
 * and a token that is no working review link left unclaimed for the other kinds.
 */
@SpringTest
class ReviewInvitationKindTest extends ReviewServiceTestBase {

    @Autowired
    ReviewInvitationKind kind;

    @Autowired
    Invitations invitations;

    ReviewInvitationKindTest() {
        super("rik");
    }

    private String ownerName() {
        return owner.displayName().orElse(owner.username());
    }

    @Test
    void a_working_link_offers_the_review_in_the_words_of_the_review_invitation() {
        TestAccounts.logIn(owner);
        Invitation invitation = reviews.invite(new ReviewScope.Picked(List.of("statistics", "programming")), true);
        TestAccounts.logIn(reviewer);

        InvitationOffer offer = kind.offer(invitation.token()).orElseThrow();

        String name = ownerName();
        assertThat(offer.heading()).isEqualTo("A second opinion");
        assertThat(offer.summary()).isEqualTo(name + " asks you for a second opinion on 2 skills (Hand-picked skills (2)).");
        assertThat(offer.details()).hasSize(2);
        assertThat(offer.details().getFirst()).isEqualTo(name + " shares their evidence notes with you.");
        assertThat(offer.details().get(1)).startsWith("You rate each skill on the 0-4 scale").contains("You do not see "
                + name + "'s own levels");
        assertThat(offer.acceptLabel()).isEqualTo("Accept and start");
        assertThat(offer.declineQuestion()).isEqualTo("Decline this review?");
        assertThat(offer.declineConsequence()).isEqualTo("The link stops working, and " + name + " sees that you declined.");
        assertThat(offer.expiresAt()).isEqualTo(reviews.preview(invitation.token()).expiresAt());
    }

    @Test
    void one_skill_is_one_skill_and_unshared_notes_are_said_so() {
        Invitation invitation = invite("statistics");
        TestAccounts.logIn(reviewer);

        InvitationOffer offer = kind.offer(invitation.token()).orElseThrow();

        assertThat(offer.summary()).startsWith(ownerName() + " asks you for a second opinion on 1 skill (")
                .doesNotContain("skills");
        assertThat(offer.details().getFirst()).isEqualTo(ownerName() + " does not share their evidence notes.");
    }

    @Test
    void accepting_leads_to_the_reviews_answering_page_and_the_link_is_then_no_longer_a_review_link() {
        Invitation invitation = invite("statistics");
        TestAccounts.logIn(reviewer);

        assertThat(kind.accept(invitation.token())).contains("review/" + invitation.reviewId());

        assertThat(reviews.form(invitation.reviewId()).reviewId()).isEqualTo(invitation.reviewId());
        assertThat(kind.offer(invitation.token())).isEmpty();
        assertThat(kind.accept(invitation.token())).isEmpty();
        assertThat(kind.decline(invitation.token())).isFalse();
    }

    @Test
    void declining_uses_the_link_up() {
        Invitation invitation = invite("statistics");
        TestAccounts.logIn(reviewer);

        assertThat(kind.decline(invitation.token())).isTrue();

        assertThat(kind.offer(invitation.token())).isEmpty();
        TestAccounts.logIn(owner);
        assertThat(reviews.myRequests().getFirst().status(Instant.now())).isEqualTo(ReviewStatus.DECLINED);
    }

    @Test
    void the_owners_own_link_is_refused_as_their_own_and_stays_open() {
        Invitation invitation = invite("statistics");

        assertThatThrownBy(() -> kind.offer(invitation.token())).isInstanceOf(InvitationException.class)
                .hasMessage(ReviewService.OWN_LINK);
        assertThatThrownBy(() -> kind.accept(invitation.token())).isInstanceOf(InvitationException.class)
                .hasMessage(ReviewService.OWN_LINK);
        assertThatThrownBy(() -> kind.decline(invitation.token())).isInstanceOf(InvitationException.class)
                .hasMessage(ReviewService.OWN_LINK);

        assertThat(reviews.myRequests().getFirst().status(Instant.now())).isEqualTo(ReviewStatus.WAITING_FOR_REVIEWER);
    }

    @Test
    void a_withdrawn_or_unknown_token_is_left_for_other_kinds() {
        Invitation invitation = invite("statistics");
        reviews.withdraw(invitation.reviewId());
        TestAccounts.logIn(reviewer);

        for (String token : List.of(invitation.token(), "not-a-token", "")) {
            assertThat(kind.offer(token)).as(token).isEmpty();
            assertThat(kind.accept(token)).as(token).isEmpty();
            assertThat(kind.decline(token)).as(token).isFalse();
        }
    }

    @Test
    void the_invitation_service_finds_review_links_through_this_kind() {
        Invitation invitation = invite("statistics");
        TestAccounts.logIn(reviewer);

        assertThat(invitations.offer(invitation.token()).heading()).isEqualTo("A second opinion");
        assertThat(invitations.accept(invitation.token())).isEqualTo("review/" + invitation.reviewId());
        assertThatThrownBy(() -> invitations.accept(invitation.token())).isInstanceOf(InvitationException.class)
                .hasMessage(Invitations.LINK_DOES_NOT_WORK);
    }
}

package app.skillpath.account.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.invitation.Invitations;
import app.skillpath.team.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Optional;

import static app.skillpath.db.generated.Tables.APP_USER;
import static app.skillpath.db.generated.Tables.TEAM;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** Deleting the account of a team's owner on /account: each team is handed over to the member chosen, or deleted. */
class AccountDeletionTeamsTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TeamService teams;

    @Autowired
    Invitations invitations;

    @Autowired
    DSLContext dsl;

    private Account owner;
    private Account ada;
    private Account bo;
    private long teamId;

    @BeforeEach
    void aTeamOfThree() {
        owner = testAccounts.create("adt.owner");
        // created first, named later in the alphabet: the default heir is the first by name, not the first to join
        bo = testAccounts.create("adt.bo");
        ada = testAccounts.create("adt.ada");
        as(owner);
        teamId = teams.create("Data science");
        for (Account member : new Account[]{bo, ada}) {
            as(owner);
            String token = teams.invite(teamId).token();
            as(member);
            invitations.accept(token);
        }
        as(owner);
        navigate("roles");
        navigate("account");
    }

    private void as(Account account) {
        login(account, testAccounts.passwordHash(account));
    }

    @SuppressWarnings("unchecked")
    private Select<AccountView.Fate> fate() {
        return _get(Select.class, spec -> spec.withId("pass-on-" + teamId));
    }

    private void deleteWith(String password) {
        _get(PasswordField.class, spec -> spec.withId("delete-password")).setValue(password);
        _click(_get(Button.class, spec -> spec.withId("delete-account")));
    }

    private Optional<Long> ownerOfTeam() {
        return dsl.select(TEAM.OWNER_ID).from(TEAM).where(TEAM.ID.eq(teamId)).fetchOptional(row -> row.value1());
    }

    @Test
    void each_owned_team_offers_its_members_by_name_and_deletion_and_hands_over_to_the_first_by_default() {
        assertThat(fate().getLabel()).isEqualTo("Data science");
        assertThat(fate().getListDataView().getItems().map(AccountView.Fate::label).toList())
                .containsExactly("Hand over to adt.ada Tester", "Hand over to adt.bo Tester", "Delete the team");
        assertThat(fate().getValue().label()).isEqualTo("Hand over to adt.ada Tester");

        deleteWith(TestAccounts.PASSWORD);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("message")).contains("Your teams: “Data science” passes to adt.ada Tester.");
        _fireConfirm(dialog);

        assertThat(ownerOfTeam()).contains(ada.id());
        assertThat(dsl.fetchExists(APP_USER, APP_USER.ID.eq(owner.id()))).isFalse();
    }

    @Test
    void choosing_another_member_hands_the_team_to_them() {
        fate().setValue(fate().getListDataView().getItems().filter(f -> f.label().contains("adt.bo")).findFirst().orElseThrow());

        deleteWith(TestAccounts.PASSWORD);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(ownerOfTeam()).contains(bo.id());
    }

    @Test
    void choosing_to_delete_the_team_deletes_it_with_the_account() {
        fate().setValue(fate().getListDataView().getItems().filter(f -> f.heir().isEmpty()).findFirst().orElseThrow());

        deleteWith(TestAccounts.PASSWORD);
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message")).contains("“Data science” is deleted.");
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(ownerOfTeam()).isEmpty();
        assertThat(dsl.fetchExists(APP_USER, APP_USER.ID.eq(ada.id()))).isTrue();
    }

    @Test
    void a_wrong_password_deletes_nothing_and_hands_nothing_over() {
        deleteWith("not my password");
        _fireConfirm(_get(ConfirmDialog.class));

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("delete-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(ownerOfTeam()).contains(owner.id());
        assertThat(dsl.fetchExists(APP_USER, APP_USER.ID.eq(owner.id()))).isTrue();
    }

    @Test
    void a_chosen_member_who_left_meanwhile_is_refused_and_the_choices_are_shown_again_as_they_are_now() {
        as(ada);
        teams.leave(teamId);
        as(owner);

        deleteWith(TestAccounts.PASSWORD);
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("A team could not be handed over: the member you chose is no longer in it, or the team is no "
                + "longer yours. Nothing was deleted; check your choices and try again.");
        assertThat(dsl.fetchExists(APP_USER, APP_USER.ID.eq(owner.id()))).isTrue();
        assertThat(fate().getListDataView().getItems().map(AccountView.Fate::label).toList())
                .containsExactly("Hand over to adt.bo Tester", "Delete the team");
    }

    @Test
    void without_teams_shared_with_others_the_page_asks_nothing_about_teams() {
        Account loner = testAccounts.create("adt.loner");
        as(loner);
        teams.create("Just me");
        navigate("roles");
        navigate("account");

        _assertNone(Select.class, spec -> spec.withId("pass-on-" + teamId));
        assertThat(pageText()).doesNotContain("Hand over to");
    }
}

package app.skillpath.account.ui;

import app.skillpath.account.AccountService;
import app.skillpath.account.CurrentUser;
import app.skillpath.account.SkillpathUser;
import app.skillpath.base.ui.LayoutAccount;
import app.skillpath.base.ui.Markup;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The account feature's side of the shared layout: who is logged in, their colours, the ways in. */
@Component
class AccountForLayout implements LayoutAccount {

    private final CurrentUser currentUser;
    private final AccountService accountService;

    AccountForLayout(CurrentUser currentUser, AccountService accountService) {
        this.currentUser = currentUser;
        this.accountService = accountService;
    }

    @Override
    public Optional<String> signedInName() {
        return currentUser.get().map(SkillpathUser::name);
    }

    @Override
    public boolean prefersDark() {
        return accountService.prefersDark();
    }

    @Override
    public void setPrefersDark(boolean dark) {
        accountService.setPrefersDark(dark);
    }

    @Override
    public List<HeaderLink> waysIn() {
        return List.of(new HeaderLink("login-link", Markup.url(LoginView.class), "Log in", false),
                new HeaderLink("signup-link-header", Markup.url(SignUpView.class), "Sign up", true));
    }
}

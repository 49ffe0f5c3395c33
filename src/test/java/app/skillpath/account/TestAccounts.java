package app.skillpath.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Creates accounts through the real sign-up, with unique names so tests never collide. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "a long enough password";

    private final AccountService accountService;
    private final AccountRepository repository;

    public TestAccounts(AccountService accountService, AccountRepository repository) {
        this.accountService = accountService;
        this.repository = repository;
    }

    public Account create(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accountService.signUp(username, prefix + " Tester", PASSWORD, PASSWORD);
    }

    /** Puts the account in the security context, as a login would, for service-level tests. */
    public static void logIn(Account account) {
        SkillpathUser user = new SkillpathUser(account.id(), account.username(), null, "n/a");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Deletes the account and, by cascade, all of its data. */
    public void delete(Account account) {
        repository.delete(account.id());
    }

    public String passwordHash(Account account) {
        return repository.findById(account.id()).orElseThrow().passwordHash();
    }
}

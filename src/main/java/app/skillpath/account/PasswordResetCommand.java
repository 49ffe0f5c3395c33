package app.skillpath.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's way to reset a forgotten password (there is no e-mail): start the app with
 * {@code --skillpath.reset-password-for=USERNAME} and the new password in the environment variable
 * SKILLPATH_NEW_PASSWORD (never on the command line, where it would end up in the shell history).
 * It sets the password, lifts any lockout and exits.
 */
@Component
@ConditionalOnProperty("skillpath.reset-password-for")
class PasswordResetCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetCommand.class);

    private final AccountService accountService;
    private final ConfigurableApplicationContext context;
    private final String username;
    private final String newPassword;

    PasswordResetCommand(AccountService accountService, ConfigurableApplicationContext context,
                         @Value("${skillpath.reset-password-for}") String username,
                         @Value("${SKILLPATH_NEW_PASSWORD:}") String newPassword) {
        this.accountService = accountService;
        this.context = context;
        this.username = username;
        this.newPassword = newPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exitCode = 0;
        if (newPassword.isEmpty()) {
            log.error("Set the new password in the environment variable SKILLPATH_NEW_PASSWORD");
            exitCode = 2;
        } else {
            try {
                accountService.resetPasswordAsOperator(username, newPassword);
                log.info("Password for '{}' reset. Tell the user to log in and change it on the account page.", username);
            } catch (AccountException e) {
                log.error("Password not reset: {}", e.getMessage());
                exitCode = 1;
            }
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}

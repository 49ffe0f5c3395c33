package app.skillpath.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;

/** Password hashing and the authentication chain (lockout around the password check). */
@Configuration(proxyBeanMethods = false)
public class AccountSecurityBeans {

    /** bcrypt by default, with the {id} prefix so the algorithm can change later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The logged-in sessions per account, so that a password change or deletion can end them. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /**
     * The login's authentication manager; it tells Spring Boot's event publisher how every attempt ended (a manager
     * built by hand publishes nothing otherwise), which is how logins are counted.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
                                                LoginLockout lockout, AuthenticationEventPublisher eventPublisher) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetailsService);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new LockoutAwareAuthenticationProvider(passwordCheck, lockout));
        manager.setAuthenticationEventPublisher(eventPublisher);
        return manager;
    }
}

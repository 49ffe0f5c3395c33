package app.skillpath.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's password check; usernames match regardless of case and surrounding spaces. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository repository;

    public AccountUserDetailsService(AccountRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(UsernamePolicy.normalize(username))
                .map(stored -> new SkillpathUser(stored.id(), stored.username(), stored.displayName(), stored.passwordHash(),
                        TimeZones.parse(stored.timeZone()).orElse(java.time.ZoneOffset.UTC), stored.sessionEpoch()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}

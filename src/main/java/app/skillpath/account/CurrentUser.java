package app.skillpath.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The logged-in user, taken from the security context only: services never accept a user id from
 * a URL, a parameter or a form field, so personal data can only be reached as its owner.
 */
@Component
public class CurrentUser {

    public Optional<SkillpathUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getPrincipal() instanceof SkillpathUser user ? Optional.of(user) : Optional.empty();
    }

    /** The id that owns the current user's personal rows; fails when nobody is logged in. */
    public long id() {
        return require().id();
    }

    /** The logged-in user's time zone (UTC when nobody is logged in). */
    public ZoneId zone() {
        return get().map(SkillpathUser::zone).orElse(ZoneOffset.UTC);
    }

    /** Today's date where the logged-in user lives. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone()));
    }

    public SkillpathUser require() {
        return get().orElseThrow(() -> new IllegalStateException("This needs a logged-in user"));
    }
}

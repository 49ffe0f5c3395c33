package app.skillpath.feed.web;

import app.skillpath.feed.FeedLimit;
import app.skillpath.feed.FeedService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code GET /calendar/<token>.ics}: a user's private calendar feed, for calendar apps, without a login (the token
 * is the credential). Plain Spring MVC, no Vaadin: Vaadin's servlet only gets the requests no controller takes.
 * Every answer but the feed itself is the same few bytes, so an unknown, replaced, turned-off or malformed token
 * cannot be told apart; the per-address limit is checked before any lookup. Nothing here logs the path.
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");
    static final MediaType PLAIN = MediaType.parseMediaType("text/plain; charset=UTF-8");
    static final String NOT_FOUND = "Not found.\n";
    static final String TOO_MANY = "Too many requests from your address. Try again later.\n";

    private final FeedService feedService;
    private final FeedLimit limit;

    CalendarFeedController(FeedService feedService, FeedLimit limit) {
        this.feedService = feedService;
        this.limit = limit;
    }

    /**
     * Everything below /calendar/ ("/abc.ics", but also "/abc", "/a/b.ics" or nothing), so that every address there
     * takes the same path through the hash and the lookup: whatever is not "name.ics" is hashed as a malformed token.
     */
    @GetMapping("/calendar/{*rest}")
    ResponseEntity<String> feed(@PathVariable String rest, HttpServletRequest request, HttpServletResponse response) {
        protect(response);
        // the connecting address; behind a reverse proxy only with server.forward-headers-strategy set
        Optional<Duration> wait = limit.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(PLAIN)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds()))
                    .body(TOO_MANY);
        }
        String file = rest.startsWith("/") ? rest.substring(1) : rest;
        String token = file.endsWith(".ics") && file.indexOf('/') < 0 ? file.substring(0, file.length() - ".ics".length()) : "";
        URI home = ServletUriComponentsBuilder.fromContextPath(request).path("/").build().toUri();
        return feedService.calendar(token, home)
                .map(calendar -> ResponseEntity.ok().contentType(CALENDAR).body(calendar))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(PLAIN).body(NOT_FOUND));
    }

    /**
     * Never cached (a replaced address must stop working at once, also in a proxy), never indexed, and no Referer
     * from it: the address is the secret. Set on the servlet response, replacing what Spring Security wrote there
     * for every page (its Cache-Control, its same-origin Referrer-Policy), instead of adding a second value.
     */
    private static void protect(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Referrer-Policy", "no-referrer");
        // set here, Spring MVC's guard against reflected file downloads adds none: it added "inline;filename=f.txt"
        // to addresses ending in ".ics" only, which told a malformed address from a well-formed unknown one
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline");
    }
}

package app.skillpath.account;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The time zones a user can have: the IANA region names Java knows (such as {@code Europe/Berlin}) and UTC. Offsets
 * ("+02:00") and abbreviations ("CET") are refused: they do not follow daylight saving, so a weekly event would drift.
 */
public final class TimeZones {

    public static final int MAX_LENGTH = 64;

    private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();
    /** What the picker offers, and all that is accepted (SystemV zones and Etc/GMT+n offsets are not). */
    private static final List<String> OFFERED = java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"),
            KNOWN.stream().filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                    .sorted()).toList();
    private static final Set<String> ACCEPTED = Set.copyOf(OFFERED);

    private TimeZones() {
    }

    public static Optional<ZoneId> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String id = name.strip();
        if (id.equals("UTC") || id.equals("Etc/UTC")) {
            return Optional.of(ZoneId.of("UTC"));
        }
        if (id.isEmpty() || id.length() > MAX_LENGTH || !ACCEPTED.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(id));
    }

    /** The names offered in a picker, sorted: every region zone with a slash, plus UTC. */
    public static List<String> names() {
        return OFFERED;
    }
}

package app.skillpath.account;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Which time-zone names a user can have: what the account page offers, and nothing else. */
class TimeZonesTest {

    @Test
    void region_names_and_utc_are_accepted() {
        assertThat(TimeZones.parse("Europe/Berlin")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZones.parse(" America/New_York ")).contains(ZoneId.of("America/New_York"));
        assertThat(TimeZones.parse("UTC")).contains(ZoneId.of("UTC"));
        assertThat(TimeZones.parse("Etc/UTC")).contains(ZoneId.of("UTC"));
    }

    @Test
    void offsets_abbreviations_and_zones_the_picker_does_not_offer_are_refused() {
        for (String name : new String[]{"+02:00", "CET", "GMT", "Etc/GMT+5", "SystemV/EST5", "Europe/Atlantis", "", "   ",
                "Europe/Ber lin", "x".repeat(65)}) {
            assertThat(TimeZones.parse(name)).as(name).isEmpty();
        }
        assertThat(TimeZones.parse(null)).isEmpty();
    }

    @Test
    void every_name_offered_is_accepted_and_fits_the_database_column() {
        assertThat(TimeZones.names()).first().isEqualTo("UTC");
        for (String name : TimeZones.names()) {
            assertThat(TimeZones.parse(name)).as(name).isPresent();
            assertThat(name).matches("[A-Za-z0-9/_+-]{1,64}");
        }
    }
}

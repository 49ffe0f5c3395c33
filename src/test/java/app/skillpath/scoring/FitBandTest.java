package app.skillpath.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bands of the README: Ready from 85, Close from 60, Developing below, on the unrounded score. */
class FitBandTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            100,                READY
            85,                 READY
            84.99999999999999,  CLOSE
            84.99,              CLOSE
            60,                 CLOSE
            59.99999999999999,  DEVELOPING
            59.99,              DEVELOPING
            0,                  DEVELOPING
            """)
    void a_band_starts_exactly_at_its_threshold(double fit, FitBand expected) {
        assertThat(FitBand.of(fit)).isEqualTo(expected);
    }

    @Test
    void a_score_shown_as_85_can_still_be_close_because_bands_use_the_unrounded_score() {
        FitScore score = new FitScore("r", "R", 84.6, FitBand.of(84.6), java.util.List.of());

        assertThat(score.roundedFit()).isEqualTo(85);
        assertThat(score.band()).isEqualTo(FitBand.CLOSE);
    }

    @Test
    void bands_have_the_labels_and_thresholds_the_pages_show() {
        assertThat(FitBand.values()).extracting(FitBand::label).containsExactly("Ready", "Close", "Developing");
        assertThat(FitBand.values()).extracting(FitBand::from).containsExactly(85.0, 60.0, 0.0);
    }
}

package app.skillpath.base.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV text cells a spreadsheet opens as text, never as a formula. */
class CsvTextTest {

    @ParameterizedTest(name = "a cell starting with \"{0}\" gets a quote")
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void a_cell_a_spreadsheet_would_run_as_a_formula_starts_with_a_quote(String text) {
        assertThat(CsvText.cell(text)).isEqualTo("'" + text);
    }

    @Test
    void other_cells_stay_as_they_are_even_with_a_formula_character_inside() {
        assertThat(CsvText.cell("Ana = lead, +1 @ home - ok")).isEqualTo("Ana = lead, +1 @ home - ok");
        assertThat(CsvText.cell(" =1")).isEqualTo(" =1");
        assertThat(CsvText.cell("")).isEmpty();
    }
}

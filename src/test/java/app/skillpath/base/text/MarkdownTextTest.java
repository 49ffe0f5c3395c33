package app.skillpath.base.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** User text in a Markdown file: each character that could start markup, end a cell or end a line, on its own. */
class MarkdownTextTest {

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '\t', quoteCharacter = '"', textBlock = """
            a|b	a\\|b
            <b>	&lt;b>
            AT&T	AT&amp;T
            &lt;	&amp;lt;
            back\\slash	back\\\\slash
            `code`	\\`code\\`
            *bold*	\\*bold\\*
            _em_	\\_em\\_
            ~~gone~~	\\~\\~gone\\~\\~
            [a](b)	\\[a\\](b)
            ![i](u)	!\\[i\\](u)
            C#	C\\#
            plain words, (brackets) and 3.5 - fine	plain words, (brackets) and 3.5 - fine
            """)
    void a_character_that_could_start_markup_is_escaped(String text, String written) {
        assertThat(MarkdownText.inline(text)).isEqualTo(written);
    }

    @Test
    void line_breaks_tabs_and_other_control_characters_become_one_space_and_the_ends_are_stripped() {
        assertThat(MarkdownText.inline("  one\r\ntwo\tthree\u0000four\u2028five\n\n")).isEqualTo("one two three four five");
    }

    @Test
    void an_escaped_character_next_to_a_line_break_keeps_its_escape() {
        assertThat(MarkdownText.inline("|\n|")).isEqualTo("\\| \\|");
    }
}

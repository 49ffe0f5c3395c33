package app.skillpath.base.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SafeHtml escapes every text and attribute value, but escaping does not defuse everything a builder
 * could put into the tree: jsoup writes a script's or style's text as it is, and an escaped value
 * still runs in an event attribute or a javascript: address. These trees are refused, whoever builds them.
 */
class SafeHtmlTest {

    private static final String WORDS = "</script><img src=x onerror=alert(1)>";

    @Test
    void a_users_words_in_text_and_attributes_are_escaped() {
        SafeHtml html = SafeHtml.build(root -> root.appendElement("p").attr("title", WORDS).text(WORDS));

        assertThat(html.toString()).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void text_given_to_a_script_or_style_element_is_refused_because_jsoup_would_write_it_unescaped() {
        assertThatThrownBy(() -> SafeHtml.build(root -> root.appendElement("script").text(WORDS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafeHtml.build(root -> root.appendElement("div").appendElement("style").text("x{}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"onclick", "onError", "ONMOUSEOVER", "srcdoc"})
    void an_attribute_that_runs_code_is_refused(String name) {
        assertThatThrownBy(() -> SafeHtml.build(root -> root.appendElement("a").attr(name, "alert(1)")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:x",
            "data:text/html,<script>alert(1)</script>", "vbscript:x"})
    void a_link_to_a_script_or_data_address_is_refused(String address) {
        assertThatThrownBy(() -> SafeHtml.build(root -> root.appendElement("a").attr("href", address).text("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafeHtml.build(root -> root.appendElement("img").attr("src", address)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "roles", "roles/data-scientist", "compare?left=a&right=b", "plan?role=x:y",
            "#top", "https://example.org/a:b", "mailto:someone@example.org"})
    void links_the_pages_build_stay_allowed(String address) {
        SafeHtml html = SafeHtml.build(root -> root.appendElement("a").attr("href", address).text("x"));

        assertThat(html.toString()).startsWith("<a href=");
    }
}

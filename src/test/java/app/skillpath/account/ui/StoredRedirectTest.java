package app.skillpath.account.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a path within the app is followed after sign-up: never an address that leads elsewhere. */
class StoredRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"invitation/abcDEF123_-xyz", "plan?role=data-science-manager", "review/12", "targets/target:3/edit"})
    void paths_of_the_app_are_followed(String path) {
        assertThat(StoredRedirect.isWithinTheApp(path)).isEqualTo(!path.contains(":"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "/absolute", "", "invitation/a b", "a//evil.example"})
    void addresses_that_may_lead_elsewhere_are_not(String path) {
        assertThat(StoredRedirect.isWithinTheApp(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2F%2Fevil.example", "%5C%5Cevil.example", "invitation/abc\r\nLocation: https://evil.example",
            "invitation/abc\nx", "invitation/abc\tx", "invitation/abc#x", "invitation/abc@evil.example"})
    void encoded_slashes_line_breaks_and_odd_characters_are_not_followed(String path) {
        assertThat(StoredRedirect.isWithinTheApp(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"invitation/../../x", "invitation/..", "../x", "a/./b", "invitation/%2e%2e/%2E%2E/x",
            "invitation/.%2e/x", "invitation/%2e./x"})
    void dot_segments_which_would_climb_out_of_the_apps_root_are_not_followed(String path) {
        // the browser resolves "./" + path against the app's root: a ".." (or its percent-encoded form, which URL
        // parsing treats the same) leaves the app's context path for another app on the same host
        assertThat(StoredRedirect.isWithinTheApp(path)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void a_very_long_path_is_not_followed() {
        assertThat(StoredRedirect.isWithinTheApp("invitation/" + "a".repeat(10_000))).isFalse();
        assertThat(StoredRedirect.isWithinTheApp("invitation/" + "a".repeat(43))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void a_request_saved_by_spring_security_becomes_the_path_below_the_apps_root() {
        assertThat(StoredRedirect.pathBelow("", "/invitation/abc", null)).contains("invitation/abc");
        assertThat(StoredRedirect.pathBelow("/skillpath", "/skillpath/plan", "role=x")).contains("plan?role=x");
        assertThat(StoredRedirect.pathBelow("/skillpath", "/other/plan", null)).isEmpty();
    }
}

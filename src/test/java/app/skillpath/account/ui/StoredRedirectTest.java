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

    @org.junit.jupiter.api.Test
    void a_request_saved_by_spring_security_becomes_the_path_below_the_apps_root() {
        assertThat(StoredRedirect.pathBelow("", "/invitation/abc", null)).contains("invitation/abc");
        assertThat(StoredRedirect.pathBelow("/skillpath", "/skillpath/plan", "role=x")).contains("plan?role=x");
        assertThat(StoredRedirect.pathBelow("/skillpath", "/other/plan", null)).isEmpty();
    }
}

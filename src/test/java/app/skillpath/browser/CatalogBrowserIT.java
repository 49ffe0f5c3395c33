package app.skillpath.browser;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog pages in a real browser, with screenshots under target/screenshots. */
class CatalogBrowserIT extends BrowserTest {

    @Test
    void the_role_page_shows_every_section_and_is_saved_as_a_screenshot() {
        page.navigate(url("roles/machine-learning-engineer"));
        page.waitForSelector("#section-getting-started");

        assertThat(page.title()).isEqualTo("Machine Learning Engineer · Skillpath");
        assertThat(page.locator("#view-title").textContent()).isEqualTo("Machine Learning Engineer");
        assertThat(page.locator("#section-outlook").innerText()).contains("$114,121 per year")
                .contains("Glassdoor national average, as quoted by the article, Dec 2023");
        assertThat(page.locator("#section-getting-started").innerText())
                .contains("Familiarize oneself with machine learning libraries and frameworks like TensorFlow, Keras, or PyTorch");

        screenshot("role-machine-learning-engineer");
        assertThat(Files.exists(SCREENSHOTS.resolve("role-machine-learning-engineer-1280.png"))).isTrue();
        assertThat(Files.exists(SCREENSHOTS.resolve("role-machine-learning-engineer-390.png"))).isTrue();
    }

    @Test
    void the_comparison_highlights_the_shared_skill_and_follows_the_choice() {
        page.navigate(url("compare"));
        page.waitForSelector("#compare-skills");

        assertThat(page.locator("#compare-skills .requirement.shared").count()).isEqualTo(2);
        assertThat(page.locator("#compare-skills .requirement.shared").first().innerText()).contains("Both roles");
        screenshot("compare");

        page.navigate(url("compare?left=data-science-manager&right=machine-learning-engineer"));
        page.waitForSelector("#compare-skills");
        assertThat(page.locator("#left-role").innerText()).contains("Data Science Manager");
    }

    @Test
    void the_list_home_and_not_found_pages_render() {
        page.navigate(url(""));
        page.waitForSelector("#home-pitch");
        screenshot("home");

        page.navigate(url("roles"));
        page.waitForSelector("#role-card-data-science-manager");
        assertThat(page.locator("#role-card-data-science-manager").innerText()).contains("$118,262 per year");
        screenshot("roles");

        page.navigate(url("roles/astronaut"));
        page.waitForSelector("#not-found");
        assertThat(page.locator("#not-found").innerText()).contains("There is no role called “astronaut”");

        page.navigate(url("no/such/page"));
        page.waitForSelector("#not-found");
        assertThat(page.locator("#not-found").innerText()).contains("There is nothing at “/no/such/page”");
        screenshot("not-found");
    }
}

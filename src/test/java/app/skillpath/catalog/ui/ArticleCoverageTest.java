package app.skillpath.catalog.ui;

import app.skillpath.KaribuTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every line of the source article about the two roles (kept verbatim in test resources) is
 * visible somewhere in the catalog pages: nothing was dropped or reworded on the way into the catalog.
 */
class ArticleCoverageTest extends KaribuTest {

    private static final List<String> PAGES = List.of("", "roles", "roles/machine-learning-engineer",
            "roles/data-science-manager", "compare");

    @Test
    void every_line_of_the_article_about_the_two_roles_is_shown() throws IOException {
        StringBuilder allText = new StringBuilder();
        for (String page : PAGES) {
            navigate(page);
            allText.append(pageText()).append('\n');
        }
        String shown = normalize(allText.toString());

        List<String> articleLines = articleLines();
        assertThat(articleLines).hasSizeGreaterThan(80);
        List<String> missing = articleLines.stream().filter(line -> !shown.contains(normalize(line))).toList();

        assertThat(missing).as("article lines not shown on any catalog page").isEmpty();
    }

    /** The article from its title to its conclusion, without the advertisements after it. */
    private static List<String> articleLines() throws IOException {
        String text;
        try (InputStream in = Objects.requireNonNull(ArticleCoverageTest.class
                .getResourceAsStream("/article/ml-engineer-vs-data-science-manager.txt"))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the saved copy has mis-decoded characters (see the seed's reading notes)
        text = text.replace("ยท", "·").replace("โ€“", "–");
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip().replaceFirst("^•\\s*", "");
            if (line.startsWith("Featured Job")) {
                break;
            }
            if (!line.isEmpty() && !line.equals("Table of contents")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}

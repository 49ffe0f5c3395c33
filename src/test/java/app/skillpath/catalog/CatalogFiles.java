package app.skillpath.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real catalog files under db/catalog (and test extras), for tests that need no Spring. */
public final class CatalogFiles {

    private CatalogFiles() {
    }

    public static List<CatalogSource> real() {
        return read(Path.of("db/catalog"), "db/catalog/");
    }

    public static List<CatalogSource> realPlusExtraRole() {
        List<CatalogSource> sources = new ArrayList<>(real());
        sources.addAll(read(Path.of("src/test/resources/extra-catalog"), "extra-catalog/"));
        return sources;
    }

    /** {@link #realPlusExtraRole()} with the extra role, the Data Engineer, and its own skill, data pipelines, retired. */
    public static List<CatalogSource> realPlusExtraRoleRetired() {
        String skill = "  - key: data-pipelines\n    name: Data pipelines\n";
        String role = "  key: data-engineer\n";
        return edited(realPlusExtraRole(),
                new Edit("data-engineer.yaml", skill, skill + "    retired: true\n"),
                new Edit("data-engineer.yaml", role, role + "  retired: true\n"));
    }

    /** The real files with one exact piece of text replaced; fails if that text is not there. */
    public static List<CatalogSource> realWith(String fileName, String from, String to) {
        return edited(real(), new Edit(fileName, from, to));
    }

    /** One exact replacement in one catalog file, for edits that span several files. */
    public record Edit(String fileName, String from, String to) {
    }

    /** The given files with each edit applied in turn; fails if a file or a text to replace is not there. */
    public static List<CatalogSource> edited(List<CatalogSource> files, Edit... edits) {
        List<CatalogSource> sources = new ArrayList<>(files);
        for (Edit edit : edits) {
            boolean replaced = false;
            for (int i = 0; i < sources.size(); i++) {
                CatalogSource source = sources.get(i);
                if (source.name().endsWith(edit.fileName())) {
                    assertThat(source.content()).as("text to replace in " + edit.fileName()).contains(edit.from());
                    sources.set(i, new CatalogSource(source.name(), source.content().replace(edit.from(), edit.to())));
                    replaced = true;
                }
            }
            assertThat(replaced).as("catalog file " + edit.fileName() + " exists").isTrue();
        }
        return sources;
    }

    private static List<CatalogSource> read(Path directory, String prefix) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted()
                    .map(file -> new CatalogSource(prefix + directory.relativize(file).toString().replace('\\', '/'),
                            readString(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

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

    /** The real files with one exact piece of text replaced; fails if that text is not there. */
    public static List<CatalogSource> realWith(String fileName, String from, String to) {
        List<CatalogSource> sources = new ArrayList<>();
        boolean replaced = false;
        for (CatalogSource source : real()) {
            if (source.name().endsWith(fileName)) {
                assertThat(source.content()).as("text to replace in " + fileName).contains(from);
                sources.add(new CatalogSource(source.name(), source.content().replace(from, to)));
                replaced = true;
            } else {
                sources.add(source);
            }
        }
        assertThat(replaced).as("catalog file " + fileName + " exists").isTrue();
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

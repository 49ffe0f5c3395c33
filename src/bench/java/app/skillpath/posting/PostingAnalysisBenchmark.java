package app.skillpath.posting;

import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.CatalogSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Analysing one posting of the largest size accepted (20,000 characters), built from the labelled postings one after
 * the other and cut to exactly that length, against the real catalog; the analyzer is built once, as the application
 * does per catalog. Target: under 50 ms. Run: ./mvnw -Pbench verify
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PostingAnalysisBenchmark {

    PostingAnalyzer analyzer;
    String posting;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        analyzer = new PostingAnalyzer(Vocabulary.of(CatalogParser.parse(readCatalog(Path.of("db/catalog")))));
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/postings"))) {
            List<Path> postings = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
            while (text.length() < PostingAnalyzer.MAX_CHARACTERS) {
                for (Path file : postings) {
                    text.append(Files.readString(file)).append("\n\n");
                }
            }
        }
        posting = text.substring(0, PostingAnalyzer.MAX_CHARACTERS);
    }

    @Benchmark
    public PostingAnalysis analyseA20000CharacterPosting() {
        return analyzer.analyze(posting);
    }

    private static List<CatalogSource> readCatalog(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            List<CatalogSource> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                sources.add(new CatalogSource(directory.relativize(file).toString(), Files.readString(file)));
            }
            return sources;
        }
    }
}

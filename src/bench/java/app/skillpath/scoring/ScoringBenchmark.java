package app.skillpath.scoring;

import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.CatalogSource;
import app.skillpath.catalog.EducationLevel;
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
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The scoring engine against the real catalog: throughput for one user against all roles, and a
 * batch re-score of 100,000 generated users (target: under a second). Run: ./mvnw -Pbench verify
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScoringBenchmark {

    static final int BATCH = 100_000;

    List<RoleRequirements> roles;
    Answers oneUser;
    List<Answers> users;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Catalog catalog = CatalogParser.parse(readCatalog(Path.of("db/catalog")));
        roles = catalog.roles().stream().map(role -> FitService.requirements(role, catalog.skillsByKey())).toList();
        Random random = new Random(1);
        users = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            Map<String, Integer> ratings = new HashMap<>();
            catalog.skills().forEach(skill -> {
                if (random.nextInt(5) > 0) {
                    ratings.put(skill.key(), random.nextInt(5));
                }
            });
            users.add(new Answers(ratings, Optional.of(EducationLevel.values()[random.nextInt(6)]),
                    Optional.of(random.nextBoolean() ? "computer-science" : "other")));
        }
        oneUser = users.getFirst();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<FitScore> oneUserAgainstAllRoles() {
        return FitCalculator.scoreAll(roles, oneUser);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public void rescore100kUsers(Blackhole blackhole) {
        for (Answers user : users) {
            blackhole.consume(FitCalculator.scoreAll(roles, user));
        }
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

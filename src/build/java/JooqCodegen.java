import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build-time jOOQ code generation (run by exec-maven-plugin in generate-sources, as a single-file
 * source program). It applies the real Liquibase changelog to a throw-away embedded PostgreSQL and
 * generates from that, so the generated classes match what the app migrates at runtime (jOOQ's
 * H2-based LiquibaseDatabase gets names, time zones and text types wrong).
 *
 * <p>Arguments: project root, changelog path relative to it, output directory, target package.
 * Skips itself when the changelog folder and this program hash to what the last run recorded.
 */
public class JooqCodegen {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        String changelog = args[1];
        Path output = Path.of(args[2]);
        String packageName = args[3];

        Path stampFile = output.resolve(".changelog-hash");
        String hash = hashInputs(root.resolve(changelog).getParent(), root);
        if (Files.exists(stampFile) && Files.readString(stampFile).equals(hash)) {
            System.out.println("jOOQ classes are up to date with the changelog; generation skipped");
            return;
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                var database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try (Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(root), database)) {
                    liquibase.update();
                }
            }
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(postgres.getJdbcUrl("postgres", "postgres"))
                            .withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new org.jooq.meta.jaxb.Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withExcludes("databasechangelog|databasechangeloglock"))
                            .withGenerate(new Generate()
                                    .withJavaTimeTypes(true)
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false))
                            .withTarget(new Target()
                                    .withPackageName(packageName)
                                    .withDirectory(output.toString()))));
        }
        Files.createDirectories(output);
        Files.writeString(stampFile, hash);
    }

    /** A hash over the changelog files and this generator's own source. */
    private static String hashInputs(Path changelogDir, Path projectRoot) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(changelogDir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(changelogDir.relativize(file).toString().getBytes());
            digest.update(Files.readAllBytes(file));
        }
        Path self = projectRoot.resolve("src/build/java/JooqCodegen.java");
        if (Files.exists(self)) {
            digest.update(Files.readAllBytes(self));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

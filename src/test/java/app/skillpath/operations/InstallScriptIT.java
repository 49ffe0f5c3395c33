package app.skillpath.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docs/production/install.sh run as an operator runs it, with the environment file of an operator who uses an external
 * PostgreSQL. The script is run as it is, only with its directories (/etc/skillpath, /opt/skillpath,
 * /var/lib/skillpath, /etc/systemd/system) moved below a temporary directory, so that the test leaves the machine's
 * own installation alone. It needs root and the {@code skillpath} user (the script creates the user when missing; the
 * test does not, to leave no user behind), so it is skipped elsewhere.
 */
class InstallScriptIT {

    private static final String[] INSTALLED_PATHS = {"/etc/skillpath", "/opt/skillpath", "/var/lib/skillpath", "/etc/systemd/system",
            "/tmp/skillpath-aot-training.log"};

    @TempDir
    Path temporary;

    @Test
    void the_cache_training_never_touches_the_database_of_the_environment_file_and_reads_its_values_as_systemd_does()
            throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "install.sh runs as root");
        assumeTrue(new ProcessBuilder("id", "skillpath").start().waitFor() == 0, "the skillpath user exists");
        // the service user must reach the training's directories below the temporary one
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path root = temporary.resolve("root");
        Files.createDirectories(root.resolve("etc/skillpath"));
        Files.createDirectories(root.resolve("etc/systemd/system"));
        Files.createDirectories(root.resolve("tmp"));
        Path lib = root.resolve("var/lib/skillpath");

        Path scripts = Files.createDirectories(temporary.resolve("production"));
        String script = Files.readString(Path.of("docs/production/install.sh"));
        for (String path : INSTALLED_PATHS) {
            script = script.replace(path, root + path);
        }
        Files.writeString(scripts.resolve("install.sh"), script);
        Files.copy(Path.of("docs/production/skillpath.service"), scripts.resolve("skillpath.service"));
        Files.copy(Path.of("docs/production/skillpath.env"), scripts.resolve("skillpath.env"));
        // An operator's file for two nodes: the production database (here a port where nothing listens, so that any
        // attempt shows), and a generated password with characters a shell would act on; systemd takes it as it is.
        Files.writeString(root.resolve("etc/skillpath/skillpath.env"), """
                JAVA_HOME=%s
                JAVA_OPTS="-Xmx512m -Dskillpath.embedded-db.binaries-dir=%s/postgresql-binaries"
                SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:1/production
                SPRING_DATASOURCE_USERNAME=skillpath
                SPRING_DATASOURCE_PASSWORD=k$9&x;y`z'
                PORT=8080
                MANAGEMENT_PORT=8081
                MANAGEMENT_ADDRESS=10.255.255.1
                """.formatted(System.getProperty("java.home"), lib));

        Path output = temporary.resolve("install.out");
        Process install = new ProcessBuilder("bash", scripts.resolve("install.sh").toString(), JarNode.productionJar().toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(install.waitFor(5, TimeUnit.MINUTES)).as("install.sh finished").isTrue();
        String said = Files.readString(output);
        String training = read(root.resolve("tmp/skillpath-aot-training.log"));

        assertThat(install.exitValue()).as("install.sh's exit status; it said:\n%s\ntraining:\n%s", said, training).isZero();
        assertThat(training).as("the training run's log").doesNotContain("127.0.0.1:1").contains("Started Application");
        assertThat(lib.resolve("skillpath.aot")).as("the trained cache").exists();
        assertThat(root.resolve("opt/skillpath/app/skillpath.jar")).exists();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(none)";
    }
}

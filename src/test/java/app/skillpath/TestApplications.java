package app.skillpath;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the whole application on an embedded database in the given directory, for restart and fault tests. */
public final class TestApplications {

    /**
     * The flags of every JVM a test starts (the production jar, a crashing child), as pom.xml's {@code test.jvm.flags}
     * gives the test JVMs: C1 only and the serial collector. On two cores shared with Chromium and PostgreSQL, C2
     * compiling code that runs a few times cost more than it saved: a jar's start on an empty data directory took 28 s
     * of CPU instead of 46 s. What the process does is the same.
     */
    public static final List<String> CHILD_JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private TestApplications() {
    }

    public static ConfigurableApplicationContext startOn(Path dataDirectory, String... moreArguments) {
        // command-line arguments outrank application.properties
        List<String> arguments = new ArrayList<>(List.of(
                "--skillpath.data-dir=" + dataDirectory, "--server.port=0", "--logging.level.io.zonky=warn",
                // not the default 8081: a running app or a parallel test JVM may hold it
                "--management.server.port=0"));
        arguments.addAll(List.of(moreArguments));
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }
}

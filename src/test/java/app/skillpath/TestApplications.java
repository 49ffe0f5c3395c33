package app.skillpath;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the whole application on an embedded database in the given directory, for restart and fault tests. */
public final class TestApplications {

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

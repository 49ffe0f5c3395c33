package app.skillpath;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/** Starts the whole application on an embedded database in the given directory, for restart and fault tests. */
public final class TestApplications {

    private TestApplications() {
    }

    public static ConfigurableApplicationContext startOn(Path dataDirectory) {
        // command-line arguments outrank application.properties
        return new SpringApplicationBuilder(Application.class)
                .run("--skillpath.data-dir=" + dataDirectory, "--server.port=0", "--logging.level.io.zonky=warn");
    }
}

package app.skillpath;

import app.skillpath.base.db.DatabaseBackupCommand;
import app.skillpath.base.db.EarlyDatabaseStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        // the embedded PostgreSQL boots alongside the Spring context, not after it
        application.addListeners(new EarlyDatabaseStart());
        // --skillpath.backup=FILE / --skillpath.restore=FILE: the operator's backup, run before anything starts
        application.addListeners(new DatabaseBackupCommand());
        application.run(args);
    }
}

package org.nhsblueprint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nhsblueprint.store.Database;
import picocli.CommandLine.Option;

/**
 * Where the database is: the embedded H2 file under {@code --data-dir} (the default, nothing to install) or a JDBC
 * URL ({@code --db jdbc:postgresql://...}; the password from the environment variable {@code BLUEPRINT_DB_PASSWORD},
 * never the command line). Set by picocli; one instance per command line.
 */
final class DatabaseOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "out/serve",
            description = "Folder for the embedded database and the planners' runs and reports (default"
                    + " ${DEFAULT-VALUE}, under the Blueprint home).")
    Path dataDir;

    @Option(names = "--db", paramLabel = "URL", description = "A JDBC URL instead of the embedded database, e.g."
            + " jdbc:postgresql://localhost/blueprint (password in BLUEPRINT_DB_PASSWORD).")
    String url;

    @Option(names = "--db-user", paramLabel = "NAME", description = "Database user for --db.")
    String user;

    /** The data directory: the embedded database and the server's files (scenario run reports). */
    Path dataDir(Application app) {
        return dataDir.isAbsolute() ? dataDir : app.home().resolve(dataDir);
    }

    /** Opens and migrates the database. */
    Database open(Application app) throws java.io.IOException {
        Path dir = dataDir(app);
        Files.createDirectories(dir);
        if (url != null) {
            return Database.open(url, user, System.getenv("BLUEPRINT_DB_PASSWORD"));
        }
        return Database.open(Database.embeddedUrl(dir), null, null);
    }
}

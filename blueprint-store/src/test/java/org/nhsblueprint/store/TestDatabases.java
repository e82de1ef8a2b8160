package org.nhsblueprint.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases tests run against: the embedded H2 always, and PostgreSQL when {@code BLUEPRINT_TEST_PG_URL} (with
 * {@code BLUEPRINT_TEST_PG_USER} and {@code BLUEPRINT_TEST_PG_PASSWORD}) names one, as {@code .ci/run} does after
 * starting Debian's PostgreSQL. Elsewhere the PostgreSQL runs are skipped, and say so.
 */
public final class TestDatabases {
    public static final String H2 = "h2";
    public static final String POSTGRESQL = "postgresql";

    private TestDatabases() {
    }

    public static List<String> kinds() {
        return List.of(H2, POSTGRESQL);
    }

    /** A fresh, migrated database of the kind: a new H2 file in {@code dir}, or PostgreSQL with an emptied schema. */
    public static Database open(String kind, Path dir) {
        if (kind.equals(H2)) {
            return Database.open(Database.embeddedUrl(dir), null, null);
        }
        String url = System.getenv("BLUEPRINT_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "PostgreSQL tests need BLUEPRINT_TEST_PG_URL (.ci/run starts one)");
        String user = System.getenv("BLUEPRINT_TEST_PG_USER");
        String password = System.getenv("BLUEPRINT_TEST_PG_PASSWORD");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the PostgreSQL test database: " + e.getMessage(), e);
        }
        return Database.open(url, user, password);
    }

    /** The same database again (for a reopen), without emptying it. */
    public static Database reopen(String kind, Path dir) {
        if (kind.equals(H2)) {
            return Database.open(Database.embeddedUrl(dir), null, null);
        }
        return Database.open(System.getenv("BLUEPRINT_TEST_PG_URL"), System.getenv("BLUEPRINT_TEST_PG_USER"),
                System.getenv("BLUEPRINT_TEST_PG_PASSWORD"));
    }
}

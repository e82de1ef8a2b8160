package org.nhsblueprint.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database: the embedded H2 file under a data directory by default (nothing to install), or any JDBC URL
 * (PostgreSQL in production). Opening migrates the schema to the newest version with Flyway, from the same SQL files
 * on both. Holds a connection pool; close it when done.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final String url;

    private Database(HikariDataSource pool, String url) {
        this.pool = pool;
        this.url = url;
    }

    /**
     * The embedded default: an H2 file {@code blueprint.mv.db} in {@code dataDir}. {@code WRITE_DELAY=0} makes every
     * commit reach the file before it is acknowledged, so a killed server loses no acknowledged response.
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("blueprint") + ";WRITE_DELAY=0";
    }

    /** Opens (and migrates) the database at {@code url}; user and password may be null. */
    public static Database open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(16);
        config.setPoolName("blueprint");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, url);
    }

    /** Whether the database answers a trivial query. */
    public boolean ping() {
        try (var con = pool.getConnection(); var st = con.createStatement(); var rs = st.executeQuery("SELECT 1")) {
            return rs.next();
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The JDBC URL with any password left out, for logs and the health check. */
    public String describe() {
        return url.replaceAll("(?i)password=[^;&]*", "password=***");
    }

    @Override
    public void close() {
        pool.close();
    }
}

package dev.uplift.app.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The H2 file database under {@code UPLIFT_HOME}: migrated by Flyway before the first query, reached
 * through one {@link Jdbi}. The pool keeps a connection open so the file stays open (and locked
 * against a second process) for the life of this object. Thread-safe.
 */
public final class Database implements AutoCloseable {
    /** H2's "database may be already in use" error. */
    private static final int ALREADY_OPEN = 90020;
    private static final int[] DAMAGED = {90030, 90048, 90067};

    private final Path file;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(Path file, JdbcConnectionPool pool) {
        this.file = file;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /**
     * Opens (creating if needed) {@code <folder>/uplift.mv.db} and migrates it.
     *
     * @throws DatabaseUnavailableException with a message a person can act on
     */
    public static Database open(Path folder) {
        Path base = folder.toAbsolutePath().resolve("uplift");
        // no AUTO_SERVER: it would open a TCP port; a second process gets a clear "in use" instead
        String url = "jdbc:h2:file:" + base;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "uplift", "");
        Path file = Path.of(base + ".mv.db");
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw unavailable(file, e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new DatabaseUnavailableException("The Uplift database " + file + " could not be prepared: "
                    + e.getMessage(), e);
        }
        return new Database(file, pool);
    }

    private static DatabaseUnavailableException unavailable(Path file, SQLException e) {
        SQLException root = e;
        while (root.getNextException() != null) {
            root = root.getNextException();
        }
        int code = e.getErrorCode();
        if (code == ALREADY_OPEN || String.valueOf(e.getMessage()).contains("already in use")) {
            return new DatabaseUnavailableException("The Uplift database " + file
                    + " is in use by another Uplift process. Close that window or command and try again, "
                    + "or set UPLIFT_HOME to another folder.", e);
        }
        for (int damaged : DAMAGED) {
            if (code == damaged) {
                return new DatabaseUnavailableException("The Uplift database " + file + " is damaged ("
                        + firstLine(e) + "). Move it aside to start fresh, or restore it from a backup.", e);
            }
        }
        return new DatabaseUnavailableException("The Uplift database " + file + " could not be opened: "
                + firstLine(e), e);
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.lines().findFirst().orElse(m);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}

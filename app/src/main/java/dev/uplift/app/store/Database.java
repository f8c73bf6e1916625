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
    private final String recovery;

    private Database(Path file, JdbcConnectionPool pool, String recovery) {
        this.file = file;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.recovery = recovery;
    }

    /** A database file H2 cannot read: set aside, never written over. */
    private static final class DamagedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DamagedException(SQLException cause) {
            super(firstLine(cause), cause);
        }
    }

    /**
     * Opens (creating if needed) {@code <folder>/uplift.mv.db} and migrates it. A damaged file is moved
     * aside (never overwritten) and a new, empty database takes its place; {@link #recovery()} then says
     * where the old one went and how to bring it back.
     *
     * @throws DatabaseUnavailableException with a message a person can act on
     */
    public static Database open(Path folder) {
        Path base = folder.toAbsolutePath().resolve("uplift");
        Path file = Path.of(base + ".mv.db");
        try {
            return open(base, file, null);
        } catch (DamagedException damaged) {
            Path aside = file.resolveSibling("uplift.mv.db.damaged-"
                    + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            try {
                java.nio.file.Files.move(file, aside);
            } catch (java.io.IOException e) {
                throw new DatabaseUnavailableException("The Uplift database " + file + " is damaged ("
                        + damaged.getMessage() + ") and could not be moved aside (" + e.getMessage() + "). Move it "
                        + "aside yourself to start fresh, or restore it from a backup.", damaged.getCause());
            }
            return open(base, file, "The Uplift database was damaged (" + damaged.getMessage() + "). It has been "
                    + "moved to " + aside + " and a new, empty database created, so earlier assessments are not shown. "
                    + "To go back to the old file (after repairing it, e.g. with H2's Recover tool), close Uplift and "
                    + "move " + aside.getFileName() + " back to " + file.getFileName() + " in " + file.getParent() + ".");
        }
    }

    private static Database open(Path base, Path file, String recovery) {
        // no AUTO_SERVER: it would open a TCP port; a second process gets a clear "in use" instead
        String url = "jdbc:h2:file:" + base;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "uplift", "");
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            if (isDamage(e) && recovery == null) {
                throw new DamagedException(e);
            }
            throw unavailable(file, e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new DatabaseUnavailableException("The Uplift database " + file + " could not be prepared: "
                    + e.getMessage(), e);
        }
        return new Database(file, pool, recovery);
    }

    private static boolean isDamage(SQLException e) {
        for (int damaged : DAMAGED) {
            if (e.getErrorCode() == damaged) {
                return true;
            }
        }
        return false;
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

    /** What the user must be told when the database was set aside at opening, or empty. */
    public java.util.Optional<String> recovery() {
        return java.util.Optional.ofNullable(recovery);
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

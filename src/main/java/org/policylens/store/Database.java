package org.policylens.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SQLite library file. All access goes through {@link #read} and {@link #write}: a single connection guarded by a
 * lock, which suits a desktop app (one user, short statements) and keeps every write one transaction.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Work done with the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    /** Whether a {@link #write} is running (on the thread holding {@link #lock}); guarded by the lock. */
    private boolean inTransaction;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = StatementCache.wrap(connection);
    }

    /**
     * Opens (creating file and folder when missing) and migrates the library at {@code file}.
     *
     * @throws StoreException when the file cannot be opened as a library
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + absolute + ": " + e.getMessage(), e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, driverProperties());
        } catch (SQLException e) {
            throw new StoreException("cannot open library " + absolute + ": " + e.getMessage(), e);
        }
        Database database = new Database(absolute, connection);
        try {
            database.configure();
            new Migrator(database).migrate();
        } catch (SQLException | RuntimeException e) {
            database.close();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open library " + absolute + ": " + e.getMessage(), e);
        }
        return database;
    }

    /**
     * The driver by default follows every INSERT with a query for the new row id and leaves that query open until
     * its statement is closed: a cost on every insert, and a running statement (which makes SQLite refuse VACUUM)
     * once statements are kept for reuse ({@link StatementCache}). An insert that needs its id asks for it with
     * {@code RETURNING id} ({@link #insertedId}).
     */
    private static Properties driverProperties() {
        Properties properties = new Properties();
        properties.setProperty("jdbc.get_generated_keys", "false");
        return properties;
    }

    private void configure() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA foreign_keys=ON");
            // FULL: a transaction the UI reports as saved is on disk even if the machine loses power right after.
            st.execute("PRAGMA synchronous=FULL");
            st.execute("PRAGMA busy_timeout=5000");
            // A library of 3,000 documents is ~100 MB of text plus its indexes: keep the hot pages in memory (64 MB
            // page cache, memory-mapped reads) and sort temporary results in memory rather than in temp files.
            st.execute("PRAGMA cache_size=-65536");
            st.execute("PRAGMA temp_store=MEMORY");
            st.execute("PRAGMA mmap_size=268435456");
        }
        connection.setAutoCommit(true);
    }

    public Path file() {
        return file;
    }

    /**
     * Identifies the library's content as of now: it changes whenever a row may have changed since, whether written
     * through this connection (SQLite's count of rows inserted, updated or deleted on it) or by another program on
     * the same file ({@code PRAGMA data_version}). Equal versions mean unchanged content, so a structure computed
     * from the library can be kept until the version moves. A write that is rolled back still moves it, which only
     * costs a recomputation.
     */
    public record ContentVersion(long ownChanges, long otherChanges) {
    }

    /** The library's {@link ContentVersion}. */
    public ContentVersion contentVersion() {
        return read(c -> {
            try (Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery(
                         "SELECT total_changes(), (SELECT data_version FROM pragma_data_version)")) {
                rs.next();
                return new ContentVersion(rs.getLong(1), rs.getLong(2));
            }
        });
    }

    /** Runs read-only work. */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("reading the library failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs work as one transaction: all of it is committed, or none of it. Work that a transaction already running on
     * this thread starts (a repository called from {@link #inOneTransaction}) joins it, under a savepoint, so it is
     * committed with the outer work and a failure inside it undoes only its own writes.
     */
    public <T> T write(Work<T> work) {
        lock.lock();
        try {
            return inTransaction ? writeNested(work) : writeOutermost(work);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs service work that calls several repositories as one transaction: their writes are committed together at
     * the end, or none of them if {@code work} throws. (The repositories' own {@link #write}s join it.)
     */
    public <T> T inOneTransaction(Supplier<T> work) {
        return write(c -> work.get());
    }

    private <T> T writeOutermost(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            inTransaction = true;
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw asUnchecked(e);
            } catch (Error e) {
                // An OutOfMemoryError or StackOverflowError mid-batch too: nothing of the work may be committed, and
                // turning auto-commit back on below would commit whatever is still open.
                rollbackQuietly(e);
                throw e;
            } finally {
                inTransaction = false;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("writing to the library failed: " + e.getMessage(), e);
        }
    }

    private <T> T writeNested(Work<T> work) {
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                T result = work.run(connection);
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackTo(savepoint, e);
                throw asUnchecked(e);
            } catch (Error e) {
                rollbackTo(savepoint, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("writing to the library failed: " + e.getMessage(), e);
        }
    }

    private static RuntimeException asUnchecked(Exception e) {
        if (e instanceof RuntimeException re) {
            return re;
        }
        return new StoreException("writing to the library failed: " + e.getMessage(), e);
    }

    private void rollbackTo(Savepoint savepoint, Throwable cause) {
        try {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** Runs an {@code INSERT … RETURNING id} and gives the new row's id. */
    static long insertedId(PreparedStatement insertReturningId) throws SQLException {
        try (ResultSet returned = insertReturningId.executeQuery()) {
            if (!returned.next()) {
                throw new SQLException("the insert returned no id");
            }
            return returned.getLong(1);
        }
    }

    /** Writes a consistent copy of the whole library to {@code target} (which must not exist). */
    public void backupTo(Path target) {
        read(c -> {
            try (var st = c.prepareStatement("VACUUM INTO ?")) {
                st.setString(1, target.toString());
                st.execute();
            }
            return null;
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing {} failed", file, e);
        } finally {
            lock.unlock();
        }
    }
}

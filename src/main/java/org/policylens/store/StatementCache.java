package org.policylens.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sqlite.core.CoreStatement;

/**
 * Keeps the library connection's prepared statements for reuse: {@code prepareStatement(sql)} hands back the
 * statement prepared earlier for the same SQL, and {@code close} on it only makes it ready for the next use. The
 * repositories keep their plain JDBC shape (prepare, bind, execute, close), while storing a document, which runs some
 * twenty-five statements, no longer has SQLite parse and plan each of them again (about a tenth of the import's
 * storing thread).
 *
 * <p>Like the connection it wraps, it is used by one thread at a time ({@link Database} holds its lock). A statement
 * asked for while its kept copy is still open (a nested use of the same SQL) is prepared afresh and really closed.
 * The driver must not follow inserts with its own generated-key query ({@link Database} turns that off): the query
 * stays open while its statement is kept, and SQLite refuses VACUUM while a statement runs.
 */
final class StatementCache implements InvocationHandler {

    /** Distinct statements kept; beyond this the least recently used is closed (the code has about a hundred). */
    static final int CAPACITY = 128;

    private final Connection connection;
    private final Map<String, Kept> statements = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true);

    private StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** The connection, with its prepared statements kept for reuse. */
    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new StatementCache(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args.length == 1 && args[0] instanceof String sql) {
            return prepare(sql);
        }
        if (method.getName().equals("close")) {
            closeAll();
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        Kept kept = statements.get(sql);
        if (kept != null && kept.inUse) {
            return connection.prepareStatement(sql);
        }
        if (kept == null) {
            kept = new Kept(connection.prepareStatement(sql));
            statements.put(sql, kept);
            closeBeyondCapacity();
        }
        kept.inUse = true;
        return kept;
    }

    private void closeBeyondCapacity() throws SQLException {
        Iterator<Kept> eldestFirst = statements.values().iterator();
        while (statements.size() > CAPACITY && eldestFirst.hasNext()) {
            Kept candidate = eldestFirst.next();
            if (!candidate.inUse) {
                eldestFirst.remove();
                candidate.delegate.close();
            }
        }
    }

    private void closeAll() throws SQLException {
        SQLException first = null;
        for (Kept kept : statements.values()) {
            try {
                kept.delegate.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        statements.clear();
        if (first != null) {
            throw first;
        }
    }

    /** One kept statement, as the repositories see it: {@code close} returns it to the cache. */
    private static final class Kept extends ForwardingPreparedStatement {

        private boolean inUse;

        Kept(PreparedStatement statement) {
            super(statement);
        }

        @Override
        public void close() throws SQLException {
            if (!inUse) {
                return;
            }
            inUse = false;
            // SQLite counts a statement stepped but not reset as running (a caller may close the statement before
            // reading all of its result); JDBC has no call that only resets a statement, hence the driver's own.
            delegate.unwrap(CoreStatement.class).pointer.safeRunConsume((db, pointer) -> db.reset(pointer));
            delegate.clearParameters();
            delegate.clearBatch();
        }

        @Override
        public boolean isClosed() throws SQLException {
            return !inUse || delegate.isClosed();
        }

        @Override
        public Connection getConnection() {
            throw new UnsupportedOperationException("a kept statement does not hand out its connection");
        }
    }
}

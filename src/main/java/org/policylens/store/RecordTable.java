package org.policylens.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policylens.model.RecordStatus;

/**
 * The reads and the status update that targets and subsidies share: both are extracted records of a document, listed
 * in library order, found by id and confirmed or rejected the same way. Their repositories keep what differs (fields,
 * edits, reconciliation).
 *
 * @param <R> the record type
 */
final class RecordTable<R> {

    /** Reads one record from the current row of a query over {@link #columns}. */
    @FunctionalInterface
    interface RowReader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    private final Database database;
    private final String table;
    private final String alias;
    private final String columns;
    private final RowReader<R> reader;

    /**
     * @param table   the table's name (a constant of the repository, never user input)
     * @param alias   the alias {@code columns} use for it; the document is {@code d}
     * @param columns the selected columns, in the order {@code reader} reads them
     */
    RecordTable(Database database, String table, String alias, String columns, RowReader<R> reader) {
        this.database = database;
        this.table = table;
        this.alias = alias;
        this.columns = columns;
        this.reader = reader;
    }

    /** Records in library order (document, then position in the text). */
    List<R> list(String documentSlug, boolean includeRejected) {
        String where = " WHERE (? IS NULL OR d.slug = ?)"
                + (includeRejected ? "" : " AND " + alias + ".status <> 'rejected'");
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement(select() + where
                    + " ORDER BY d.id, " + alias + ".start_offset, " + alias + ".id")) {
                st.setString(1, documentSlug);
                st.setString(2, documentSlug);
                try (ResultSet rs = st.executeQuery()) {
                    List<R> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(reader.read(rs));
                    }
                    return out;
                }
            }
        });
    }

    Optional<R> find(long id) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement(select() + " WHERE " + alias + ".id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** @return false when there is no such record */
    boolean setStatus(long id, RecordStatus status, String now) {
        return database.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE " + table + " SET status = ?, updated_at = ? WHERE id = ?")) {
                st.setString(1, status.code());
                st.setString(2, now);
                st.setLong(3, id);
                return st.executeUpdate() == 1;
            }
        });
    }

    private String select() {
        return "SELECT " + columns + " FROM " + table + " " + alias + " JOIN document d ON d.id = " + alias
                + ".document_id";
    }
}

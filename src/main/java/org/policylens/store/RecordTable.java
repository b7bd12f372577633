package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.policylens.model.RecordStatus;

/**
 * The reads and the status update that targets and subsidies share: both are extracted records of a document, listed
 * in library order, found by id and confirmed or rejected the same way. Their repositories keep what differs (fields,
 * edits, reconciliation).
 *
 * @param <R> the record type
 */
final class RecordTable<R> {

    /** The document a record belongs to, as records show it. */
    record DocumentRef(String slug, String region) {
    }

    /**
     * Reads one record of {@code document} from the current row of a query over {@link #columns}, whose first column
     * is the record's {@code document_id} (so {@link #columns} start at 2).
     */
    @FunctionalInterface
    interface RowReader<R> {
        R read(ResultSet rs, DocumentRef document) throws SQLException;
    }

    private final Database database;
    private final String table;
    private final String alias;
    private final String columns;
    private final Supplier<RowReader<R>> readers;

    /**
     * @param table   the table's name (a constant of the repository, never user input)
     * @param alias   the alias {@code columns} use for it
     * @param columns the selected columns of the record's own table, in the order the readers read them
     * @param readers a reader for each read (one may keep state across the rows of its read)
     */
    RecordTable(Database database, String table, String alias, String columns, Supplier<RowReader<R>> readers) {
        this.database = database;
        this.table = table;
        this.alias = alias;
        this.columns = columns;
        this.readers = readers;
    }

    /**
     * Records in library order (document, then position in the text). Documents are read on their own and the
     * records without a join, so a record carries its document's slug and region as one shared string each instead
     * of reading them again for every one of ~100,000 records.
     */
    List<R> list(String documentSlug, boolean includeRejected) {
        return database.read(c -> {
            Map<Long, DocumentRef> documents = documents(c, documentSlug);
            if (documentSlug != null && documents.isEmpty()) {
                return new ArrayList<>();
            }
            String where = (documentSlug == null ? "1" : alias + ".document_id = " + documents.keySet().iterator().next())
                    + (includeRejected ? "" : " AND " + alias + ".status <> 'rejected'");
            List<R> out = new ArrayList<>();
            read(c, documents, where, (documentId, record) -> out.add(record));
            return out;
        });
    }

    /** Takes the records of a read one by one, in library order, with the id of their document. */
    @FunctionalInterface
    interface RecordSink<R> {
        void accept(long documentId, R record);
    }

    /**
     * Reads the records that satisfy {@code where} (SQL over {@link #alias}, never user input) in library order.
     *
     * @param documents the documents of those records, by id
     */
    void read(Connection c, Map<Long, DocumentRef> documents, String where, RecordSink<R> sink) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(select() + " WHERE " + where
                + " ORDER BY " + alias + ".document_id, " + alias + ".start_offset, " + alias + ".id");
             ResultSet rs = st.executeQuery()) {
            RowReader<R> reader = readers.get();
            long currentId = -1;
            DocumentRef current = null;
            while (rs.next()) {
                long documentId = rs.getLong(1);
                if (current == null || documentId != currentId) {
                    current = documents.get(documentId);
                    currentId = documentId;
                }
                sink.accept(documentId, reader.read(rs, current));
            }
        }
    }

    Optional<R> find(long id) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement(select() + " WHERE " + alias + ".id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(readers.get().read(rs, document(c, rs.getLong(1))));
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
        return "SELECT " + alias + ".document_id, " + columns + " FROM " + table + " " + alias;
    }

    /** Every document (slug null) or the one with {@code slug}, by id. */
    static Map<Long, DocumentRef> documents(Connection c, String slug) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(slug == null ? "SELECT id, slug, region FROM document"
                : "SELECT id, slug, region FROM document WHERE slug = ?")) {
            if (slug != null) {
                st.setString(1, slug);
            }
            try (ResultSet rs = st.executeQuery()) {
                Map<Long, DocumentRef> out = new HashMap<>();
                while (rs.next()) {
                    out.put(rs.getLong(1), new DocumentRef(rs.getString(2), rs.getString(3)));
                }
                return out;
            }
        }
    }

    private static DocumentRef document(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT slug, region FROM document WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no document with id " + id);
                }
                return new DocumentRef(rs.getString(1), rs.getString(2));
            }
        }
    }
}

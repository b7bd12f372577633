package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.policylens.model.Comparator;
import org.policylens.model.RecordStatus;
import org.policylens.model.Target;
import org.policylens.model.TargetRecord;

/** Stored targets with their status, and the user's decisions about them. */
public final class TargetRepository {

    /** Read by position in {@link #reader}, from 2 on (see {@link RecordTable.RowReader}): keep the two in step. */
    private static final String COLUMNS = """
            t.id, t.indicator, t.value, t.value_max, t.unit, t.comparator, t.year, t.per_year, t.quote,
            t.start_offset, t.end_offset, t.status, t.group_key
            """;

    private final Database database;
    private final RecordTable<TargetRecord> records;

    public TargetRepository(Database database) {
        this.database = database;
        this.records = new RecordTable<>(database, "target", "t", COLUMNS, TargetRepository::reader);
    }

    /** The library's content version, for keeping structures computed from its targets (see {@link Database}). */
    public Database.ContentVersion contentVersion() {
        return database.contentVersion();
    }

    /**
     * Targets in library order (document, then position in the text).
     *
     * @param documentSlug only this document, or null for all
     * @param includeRejected whether records the user rejected are listed too
     */
    public List<TargetRecord> list(String documentSlug, boolean includeRejected) {
        if (documentSlug != null) {
            return records.list(documentSlug, includeRejected);
        }
        List<TargetRecord> all = library();
        if (!includeRejected) {
            all.removeIf(r -> r.status() == RecordStatus.REJECTED);
        }
        return all;
    }

    /**
     * Every target in library order, from the documents' packs ({@link TargetPack}); a document without an up-to-date
     * pack has its rows read instead.
     */
    /** A document's targets in the order of its text (as the rows are read: start offset, then id). */
    private static final java.util.Comparator<TargetRecord> LIBRARY_ORDER = java.util.Comparator
            .<TargetRecord>comparingInt(r -> r.target().start()).thenComparingLong(TargetRecord::id);

    private List<TargetRecord> library() {
        return database.read(c -> {
            Map<Long, RecordTable.DocumentRef> documents = RecordTable.documents(c, null);
            // Library order is document order: each document's targets come from its pack or from its rows.
            TreeMap<Long, List<TargetRecord>> byDocument = new TreeMap<>();
            TargetPack packs = new TargetPack();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT document_id, rows FROM target_pack WHERE rows IS NOT NULL");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long documentId = rs.getLong(1);
                    List<TargetRecord> targets = new ArrayList<>();
                    packs.read(rs.getBytes(2), documents.get(documentId), targets);
                    // A pack holds its targets in no particular order (see V9): library order here.
                    targets.sort(LIBRARY_ORDER);
                    byDocument.put(documentId, targets);
                }
            }
            // From the documents without a pack, not the targets outside packs: a scan of every target's index
            // entry would cost as much again as reading the packs.
            records.read(c, documents, """
                    t.document_id IN (SELECT d.id FROM document d WHERE NOT EXISTS (
                        SELECT 1 FROM target_pack p WHERE p.document_id = d.id AND p.rows IS NOT NULL))""",
                    (documentId, record) -> byDocument.computeIfAbsent(documentId, d -> new ArrayList<>()).add(record));
            List<TargetRecord> out = new ArrayList<>();
            byDocument.values().forEach(out::addAll);
            return out;
        });
    }

    public Optional<TargetRecord> find(long id) {
        return records.find(id);
    }

    /**
     * Replaces the user-editable fields (indicator, value, valueMax, unit, comparator, year, perYear) and marks the
     * record edited. The quote and offsets stay: they tie the record to the text.
     *
     * @return false when there is no such record
     */
    public boolean edit(long id, Target fields, String now) {
        return database.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE target SET indicator = ?, value = ?, value_max = ?, unit = ?, comparator = ?, year = ?,
                                      per_year = ?, status = 'edited', updated_at = ?
                    WHERE id = ?""")) {
                setFields(st, 1, fields);
                st.setString(8, now);
                st.setLong(9, id);
                boolean edited = st.executeUpdate() == 1;
                TargetPack.rewriteDocumentsOf(c, List.of(id));
                return edited;
            }
        });
    }

    /** @return false when there is no such record */
    public boolean setStatus(long id, RecordStatus status, String now) {
        return database.write(c -> {
            boolean changed = records.setStatus(id, status, now);
            TargetPack.rewriteDocumentsOf(c, List.of(id));
            return changed;
        });
    }


    /** Moves targets to a group (null: back to the automatic alignment), as part of a larger transaction. */
    static int assignGroup(Connection c, List<Long> ids, String groupKey, String now) throws SQLException {
        int changed = 0;
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE target SET group_key = ?, updated_at = ? WHERE id = ?")) {
            for (long id : ids) {
                st.setString(1, groupKey);
                st.setString(2, now);
                st.setLong(3, id);
                changed += st.executeUpdate();
            }
        }
        TargetPack.rewriteDocumentsOf(c, ids);
        return changed;
    }

    /** Merges a fresh extraction of one document into the stored records (see {@link ReextractionPlan}). */
    static void reconcile(Connection c, long documentId, List<Target> fresh, String now) throws SQLException {
        List<ReextractionPlan.Stored> stored = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                SELECT id, status, quote, start_offset, end_offset, origin_value, origin_value_max, origin_indicator
                FROM target WHERE document_id = ? ORDER BY start_offset, id""")) {
            st.setLong(1, documentId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Double valueMax = nullableDouble(rs, 7);
                    stored.add(new ReextractionPlan.Stored(rs.getLong(1), RecordStatus.fromCode(rs.getString(2)),
                            identity(rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getDouble(6), valueMax),
                            identity(rs.getString(3), -1, -1, rs.getDouble(6), valueMax), rs.getString(8),
                            rs.getInt(4)));
                }
            }
        }
        List<ReextractionPlan.Fresh> candidates = fresh.stream()
                .map(t -> new ReextractionPlan.Fresh(identity(t.quote(), t.start(), t.end(), t.value(), t.valueMax()),
                        identity(t.quote(), -1, -1, t.value(), t.valueMax()), t.indicator(), t.start()))
                .toList();
        ReextractionPlan plan = ReextractionPlan.of(stored, candidates);
        Reanchoring.move(c, "target", plan.moves, index -> fresh.get(index).start(),
                index -> fresh.get(index).end(), now);
        try (PreparedStatement st = c.prepareStatement("DELETE FROM target WHERE id = ?")) {
            for (long id : plan.deletes) {
                st.setLong(1, id);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement("""
                UPDATE target SET indicator = ?, value = ?, value_max = ?, unit = ?, comparator = ?, year = ?,
                                  per_year = ?, origin_indicator = ?, updated_at = ?
                WHERE id = ? AND status = 'auto'""")) {
            for (var update : plan.updates.entrySet()) {
                Target t = fresh.get(update.getKey());
                setFields(st, 1, t);
                st.setString(8, t.indicator());
                st.setString(9, now);
                st.setLong(10, update.getValue());
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO target (document_id, status, indicator, value, value_max, unit, comparator, year,
                                    per_year, quote, start_offset, end_offset, origin_indicator, origin_value,
                                    origin_value_max, created_at, updated_at)
                VALUES (?, 'auto', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int index : plan.inserts) {
                Target t = fresh.get(index);
                st.setLong(1, documentId);
                setFields(st, 2, t);
                st.setString(9, t.quote());
                st.setInt(10, t.start());
                st.setInt(11, t.end());
                st.setString(12, t.indicator());
                st.setDouble(13, t.value());
                setNullableDouble(st, 14, t.valueMax());
                st.setString(15, now);
                st.setString(16, now);
                st.addBatch();
            }
            st.executeBatch();
        }
        TargetPack.rewrite(c, documentId);
    }

    /**
     * What makes a target the same target again: its quote where it stands, and the value the extractor read
     * (offsets -1: the quote wherever it stands).
     */
    private static String identity(String quote, int start, int end, double value, Double valueMax) {
        return quote + '\u001f' + start + '\u001f' + end + '\u001f' + value + '\u001f' + valueMax;
    }

    /** Sets indicator, value, value_max, unit, comparator, year, per_year from {@code first} on. */
    private static void setFields(PreparedStatement st, int first, Target t) throws SQLException {
        st.setString(first, t.indicator());
        st.setDouble(first + 1, t.value());
        setNullableDouble(st, first + 2, t.valueMax());
        if (t.unit() == null) {
            st.setNull(first + 3, Types.VARCHAR);
        } else {
            st.setString(first + 3, t.unit());
        }
        st.setString(first + 4, t.comparator().symbol());
        if (t.year() == null) {
            st.setNull(first + 5, Types.INTEGER);
        } else {
            st.setInt(first + 5, t.year());
        }
        st.setInt(first + 6, t.perYear() ? 1 : 0);
    }

    private static void setNullableDouble(PreparedStatement st, int index, Double value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.REAL);
        } else {
            st.setDouble(index, value);
        }
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Reads rows of {@link #COLUMNS} by position: by-name look-ups cost a third of listing 100,000 targets. A library
     * writes a few hundred indicators, units and years over and over, so one read shares one copy of each among its
     * records (less to keep in memory, and equal keys that hash once when targets are grouped).
     */
    private static String shared(Map<String, String> strings, String value) {
        return value == null ? null : strings.computeIfAbsent(value, s -> s);
    }

    private static RecordTable.RowReader<TargetRecord> reader() {
        Map<String, String> strings = new HashMap<>();
        Map<Integer, Integer> years = new HashMap<>();
        return (rs, document) -> {
            String unit = shared(strings, rs.getString(6));
            Integer year = nullableInt(rs, 8);
            Target target = new Target(shared(strings, rs.getString(3)), rs.getDouble(4), nullableDouble(rs, 5), unit,
                    Comparator.fromSymbol(rs.getString(7)), year == null ? null : years.computeIfAbsent(year, y -> y),
                    rs.getInt(9) == 1, rs.getString(10), rs.getInt(11), rs.getInt(12));
            return new TargetRecord(rs.getLong(2), document.slug(), document.region(), target,
                    RecordStatus.fromCode(rs.getString(13)), shared(strings, rs.getString(14)));
        };
    }
}

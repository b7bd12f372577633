package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policylens.model.RecordStatus;
import org.policylens.model.Subsidy;
import org.policylens.model.SubsidyRecord;

/** Stored subsidies with their status. */
public final class SubsidyRepository {

    private static final String COLUMNS = """
            s.id, s.item, s.recipient, s.amount_yuan, s.amount_text, s.kind, s.quote,
            s.start_offset, s.end_offset, s.status
            """;

    private final Database database;
    private final RecordTable<SubsidyRecord> records;

    public SubsidyRepository(Database database) {
        this.database = database;
        this.records = new RecordTable<>(database, "subsidy", "s", COLUMNS, () -> SubsidyRepository::record);
    }

    /**
     * Subsidies in library order (document, then position in the text).
     *
     * @param documentSlug only this document, or null for all
     * @param includeRejected whether records the user rejected are listed too
     */
    public List<SubsidyRecord> list(String documentSlug, boolean includeRejected) {
        return records.list(documentSlug, includeRejected);
    }

    public Optional<SubsidyRecord> find(long id) {
        return records.find(id);
    }

    /**
     * Replaces the user-editable fields (item, recipient, amountYuan, amountText, kind) and marks the record edited.
     * The quote and offsets stay: they tie the record to the text.
     *
     * @return false when there is no such record
     */
    public boolean edit(long id, Subsidy fields, String now) {
        return database.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE subsidy SET item = ?, recipient = ?, amount_yuan = ?, amount_text = ?, kind = ?,
                                       status = 'edited', updated_at = ?
                    WHERE id = ?""")) {
                setFields(st, 1, fields);
                st.setString(6, now);
                st.setLong(7, id);
                return st.executeUpdate() == 1;
            }
        });
    }

    /** @return false when there is no such record */
    public boolean setStatus(long id, RecordStatus status, String now) {
        return records.setStatus(id, status, now);
    }


    /** Merges a fresh extraction of one document into the stored records (see {@link ReextractionPlan}). */
    static void reconcile(Connection c, long documentId, List<Subsidy> fresh, String now) throws SQLException {
        List<ReextractionPlan.Stored> stored = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                SELECT id, status, quote, start_offset, end_offset, origin_amount_yuan, origin_item
                FROM subsidy WHERE document_id = ? ORDER BY start_offset, id""")) {
            st.setLong(1, documentId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stored.add(new ReextractionPlan.Stored(rs.getLong(1), RecordStatus.fromCode(rs.getString(2)),
                            identity(rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getLong(6)),
                            identity(rs.getString(3), -1, -1, rs.getLong(6)), rs.getString(7), rs.getInt(4)));
                }
            }
        }
        List<ReextractionPlan.Fresh> candidates = fresh.stream()
                .map(s -> new ReextractionPlan.Fresh(identity(s.quote(), s.start(), s.end(), s.amountYuan()),
                        identity(s.quote(), -1, -1, s.amountYuan()), s.item(), s.start()))
                .toList();
        ReextractionPlan plan = ReextractionPlan.of(stored, candidates);
        Reanchoring.move(c, "subsidy", plan.moves, index -> fresh.get(index).start(),
                index -> fresh.get(index).end(), now);
        try (PreparedStatement st = c.prepareStatement("DELETE FROM subsidy WHERE id = ?")) {
            for (long id : plan.deletes) {
                st.setLong(1, id);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement("""
                UPDATE subsidy SET item = ?, recipient = ?, amount_yuan = ?, amount_text = ?, kind = ?,
                                   origin_item = ?, updated_at = ?
                WHERE id = ? AND status = 'auto'""")) {
            for (var update : plan.updates.entrySet()) {
                Subsidy s = fresh.get(update.getKey());
                setFields(st, 1, s);
                st.setString(6, s.item());
                st.setString(7, now);
                st.setLong(8, update.getValue());
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO subsidy (document_id, status, item, recipient, amount_yuan, amount_text, kind, quote,
                                     start_offset, end_offset, origin_item, origin_amount_yuan, created_at, updated_at)
                VALUES (?, 'auto', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int index : plan.inserts) {
                Subsidy s = fresh.get(index);
                st.setLong(1, documentId);
                setFields(st, 2, s);
                st.setString(7, s.quote());
                st.setInt(8, s.start());
                st.setInt(9, s.end());
                st.setString(10, s.item());
                st.setLong(11, s.amountYuan());
                st.setString(12, now);
                st.setString(13, now);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** What makes a subsidy the same subsidy again: its quote where it stands, and the amount the extractor read. */
    private static String identity(String quote, int start, int end, long amountYuan) {
        return quote + '\u001f' + start + '\u001f' + end + '\u001f' + amountYuan;
    }

    /** Sets item, recipient, amount_yuan, amount_text, kind from {@code first} on. */
    private static void setFields(PreparedStatement st, int first, Subsidy s) throws SQLException {
        st.setString(first, s.item());
        if (s.recipient() == null) {
            st.setNull(first + 1, Types.VARCHAR);
        } else {
            st.setString(first + 1, s.recipient());
        }
        st.setLong(first + 2, s.amountYuan());
        st.setString(first + 3, s.amountText());
        st.setString(first + 4, s.kind());
    }

    private static SubsidyRecord record(ResultSet rs, RecordTable.DocumentRef document) throws SQLException {
        Subsidy subsidy = new Subsidy(rs.getString("item"), rs.getString("recipient"), rs.getLong("amount_yuan"),
                rs.getString("amount_text"), rs.getString("kind"), rs.getString("quote"), rs.getInt("start_offset"),
                rs.getInt("end_offset"));
        return new SubsidyRecord(rs.getLong("id"), document.slug(), document.region(), subsidy,
                RecordStatus.fromCode(rs.getString("status")));
    }
}

package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Takes a library back to an earlier schema, for tests of the migrations that follow it. */
public final class SchemaUndo {

    /** Per version, the statements that undo its migration (the schema the version before left). */
    private static final Map<Integer, List<String>> UNDO = Map.of(
            // V10 changed no table, only what new rows hold: see undoCompactStorage.
            10, List.of(),
            9, List.of("DROP TRIGGER target_pack_gone_on_insert", "DROP TRIGGER target_pack_gone_on_update",
                    "DROP TRIGGER target_pack_gone_on_delete", "DROP TABLE target_pack", "DROP VIEW target_packed"),
            8, List.of("DROP TABLE document_theme", "DROP INDEX passage_length_by_document",
                    "CREATE INDEX passage_by_document ON passage (document_id, ordinal)"),
            // V7 (the gram index) back to FTS5's trigram and short-term indexes; their triggers do nothing here.
            7, List.of(
                    "DROP TRIGGER passage_removed_from_search",
                    "DROP TRIGGER passage_text_no_update", "DROP TABLE gram_posting",
                    "DROP TABLE gram_segment", "DROP TABLE gram_removed",
                    "CREATE VIRTUAL TABLE passage_fts USING fts5(folded, content='passage',"
                            + " content_rowid='id', tokenize='trigram')",
                    "INSERT INTO passage_fts (passage_fts) VALUES ('rebuild')",
                    "CREATE TRIGGER passage_fts_insert AFTER INSERT ON passage BEGIN SELECT 1; END",
                    "CREATE TRIGGER passage_fts_delete AFTER DELETE ON passage BEGIN SELECT 1; END",
                    "CREATE TRIGGER passage_fts_update AFTER UPDATE OF folded ON passage BEGIN SELECT 1; END",
                    "CREATE VIRTUAL TABLE passage_short USING fts5(grams, content='', detail=none)",
                    "CREATE VIRTUAL TABLE passage_short_buckets USING fts5vocab(passage_short, 'row')",
                    "CREATE VIRTUAL TABLE passage_short_postings USING fts5vocab(passage_short, 'instance')",
                    "CREATE TRIGGER passage_short_delete AFTER DELETE ON passage BEGIN SELECT 1; END",
                    "CREATE TRIGGER passage_short_no_update BEFORE UPDATE OF folded ON passage"
                            + " BEGIN SELECT 1; END"));

    private SchemaUndo() {
    }

    /**
     * Rows as libraries before V10 hold them: every passage's folded text spelled out (also where it equals the
     * text), theme evidence as JSON.
     */
    private static void undoCompactStorage(Connection c) throws SQLException {
        String guard;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'passage_text_no_update'")) {
            guard = rs.next() ? rs.getString(1) : null;
        }
        try (Statement st = c.createStatement()) {
            if (guard != null) {
                st.execute("DROP TRIGGER passage_text_no_update");
            }
            st.execute("UPDATE passage SET folded = text WHERE folded = ''");
            if (guard != null) {
                st.execute(guard);
            }
        }
        Map<Long, String> compact = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rowid, evidence FROM passage_theme WHERE evidence NOT LIKE '[%'")) {
            while (rs.next()) {
                compact.put(rs.getLong(1), rs.getString(2));
            }
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE passage_theme SET evidence = ? WHERE rowid = ?")) {
            for (Map.Entry<Long, String> row : compact.entrySet()) {
                st.setString(1, EvidenceJson.write(EvidenceColumn.read(row.getValue())));
                st.setLong(2, row.getKey());
                st.executeUpdate();
            }
        }
    }

    /** Undoes the migrations after {@code version}, newest first, and says the library is at that version. */
    public static void backTo(Statement st, int version) throws SQLException {
        for (int undone = Migrator.latestVersion(); undone > version; undone--) {
            List<String> undo = UNDO.get(undone);
            if (undo == null) {
                throw new IllegalArgumentException("no undo for migration V" + undone);
            }
            if (undone == 10) {
                undoCompactStorage(st.getConnection());
            }
            for (String sql : undo) {
                st.execute(sql);
            }
        }
        st.execute("PRAGMA user_version = " + version);
    }
}

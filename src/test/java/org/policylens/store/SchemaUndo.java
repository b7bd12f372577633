package org.policylens.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** Takes a library back to an earlier schema, for tests of the migrations that follow it. */
public final class SchemaUndo {

    /** Per version, the statements that undo its migration (the schema the version before left). */
    private static final Map<Integer, List<String>> UNDO = Map.of(
            // V10 changed no table, only what new rows hold (their old form stays readable).
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

    /** Undoes the migrations after {@code version}, newest first, and says the library is at that version. */
    public static void backTo(Statement st, int version) throws SQLException {
        for (int undone = Migrator.latestVersion(); undone > version; undone--) {
            List<String> undo = UNDO.get(undone);
            if (undo == null) {
                throw new IllegalArgumentException("no undo for migration V" + undone);
            }
            for (String sql : undo) {
                st.execute(sql);
            }
        }
        st.execute("PRAGMA user_version = " + version);
    }
}

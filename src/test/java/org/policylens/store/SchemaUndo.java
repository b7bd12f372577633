package org.policylens.store;

import java.util.List;

/** Statements that take a library back to an earlier schema, for tests of the migrations that follow it. */
public final class SchemaUndo {

    /** Undoes V9 (target packs): the library as version 8 left it, but for user_version. */
    public static final List<String> V9 = List.of("DROP TRIGGER target_pack_gone_on_insert",
            "DROP TRIGGER target_pack_gone_on_update", "DROP TRIGGER target_pack_gone_on_delete",
            "DROP TABLE target_pack", "DROP VIEW target_packed");

    /** Undoes V8 (theme tallies): the library as version 7 left it, but for user_version. */
    public static final List<String> V8 = List.of("DROP TABLE document_theme",
            "DROP INDEX passage_length_by_document",
            "CREATE INDEX passage_by_document ON passage (document_id, ordinal)");

    private SchemaUndo() {
    }
}

package org.policylens.store;

import java.util.List;

/** Statements that take a library back to an earlier schema, for tests of the migrations that follow it. */
public final class SchemaUndo {

    /** Undoes V9 (target packs): the library as version 8 left it, but for user_version. */
    public static final List<String> V9 = List.of("DROP TRIGGER target_pack_gone_on_insert",
            "DROP TRIGGER target_pack_gone_on_update", "DROP TRIGGER target_pack_gone_on_delete",
            "DROP TABLE target_pack", "DROP VIEW target_packed");

    private SchemaUndo() {
    }
}

package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability of a batch import: a child JVM imports documents in batches and is killed hard at a random moment.
 * Every document it reported as stored must be in the reopened library, and every document there must be complete
 * (passages, extraction, theme coding): a batch is one transaction.
 */
class ImportCrashTest {

    @TempDir
    Path dir;

    @Test
    void aHardKillMidImportLeavesOnlyCompleteDocumentsAndEveryReportedOne() throws Exception {
        Path db = dir.resolve("crash.db");
        Random random = new Random();
        int killAfter = 1 + random.nextInt(30);
        // Somewhere in the next batch: while it is gathered, written or committed.
        KilledChild.Outcome child = KilledChild.run(ImportWriterMain.class, db, "stored ", killAfter, 120,
                random.nextInt(1500));
        assertTrue(child.reached(), "the child stored documents before the kill; it printed: " + child.other());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            Set<String> stored = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT slug FROM document")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            for (String slug : child.reported()) {
                assertTrue(stored.contains(slug), "reported stored but lost: " + slug);
            }
            assertEquals(0, count(st, "SELECT count(*) FROM document d WHERE NOT EXISTS "
                    + "(SELECT 1 FROM passage p WHERE p.document_id = d.id)"), "documents without passages");
            assertEquals(0, count(st, "SELECT count(*) FROM document d WHERE NOT EXISTS "
                    + "(SELECT 1 FROM extraction_run r WHERE r.document_id = d.id)"), "documents never extracted");
            assertEquals(0, count(st, "SELECT count(*) FROM document d WHERE NOT EXISTS "
                    + "(SELECT 1 FROM document_coding dc WHERE dc.document_id = d.id)"), "documents never coded");
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
        }
    }

    private static int count(Statement st, String sql) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

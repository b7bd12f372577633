package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ImportWriterMain.class.getName(), db.toString()).redirectErrorStream(true).start();
        List<String> reported = new ArrayList<>();
        List<String> other = new ArrayList<>();
        CountDownLatch enough = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (reported) {
                        if (line.startsWith("stored ")) {
                            reported.add(line.substring("stored ".length()));
                            if (reported.size() >= killAfter) {
                                enough.countDown();
                            }
                        } else {
                            other.add(line);
                        }
                    }
                }
            } catch (java.io.IOException ignored) {
                // the stream closes when the child dies
            }
        });
        reader.start();
        boolean reached = enough.await(120, TimeUnit.SECONDS);
        // Somewhere in the next batch: while it is gathered, written or committed.
        Thread.sleep(random.nextInt(1500));
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        assertTrue(reached, "the child stored documents before the kill; it printed: " + other);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            Set<String> stored = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT slug FROM document")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            synchronized (reported) {
                for (String slug : reported) {
                    assertTrue(stored.contains(slug), "reported stored but lost: " + slug);
                }
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

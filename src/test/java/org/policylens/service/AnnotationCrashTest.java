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
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Annotation;

/**
 * Durability: a child JVM writes annotations in a loop and is killed hard at a random moment. Every annotation it
 * reported as saved must be in the reopened library, and the file must pass SQLite's integrity check.
 */
class AnnotationCrashTest {

    @TempDir
    Path dir;

    @RepeatedTest(2)
    void everyAnnotationReportedSavedSurvivesAHardKill() throws Exception {
        Path db = dir.resolve("crash.db");
        try (AppContext app = AppContext.open(db)) {
            app.importer().importBundled();
        }
        int killAfter = 5 + new Random().nextInt(40);
        KilledChild.Outcome child = KilledChild.run(AnnotationWriterMain.class, db, "saved ", killAfter, 60, 0);
        assertTrue(child.reached(), "the child saved annotations before the kill; it printed: " + child.other());

        Set<String> stored = new HashSet<>();
        try (AppContext app = AppContext.open(db)) {
            for (Annotation a : app.annotations().list(null)) {
                stored.add(a.uuid());
            }
        }
        for (String uuid : child.reported()) {
            assertTrue(stored.contains(uuid), "annotation reported saved but lost: " + uuid);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
    }
}

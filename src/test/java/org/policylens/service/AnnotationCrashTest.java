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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AnnotationWriterMain.class.getName(), db.toString()).redirectErrorStream(true).start();
        List<String> saved = new ArrayList<>();
        List<String> other = new ArrayList<>();
        CountDownLatch enough = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (saved) {
                        if (line.startsWith("saved ")) {
                            saved.add(line.substring("saved ".length()));
                            if (saved.size() >= killAfter) {
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
        boolean reached = enough.await(60, TimeUnit.SECONDS);
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        assertTrue(reached, "the child saved annotations before the kill; it printed: " + other);

        Set<String> stored = new HashSet<>();
        try (AppContext app = AppContext.open(db)) {
            for (Annotation a : app.annotations().list(null)) {
                stored.add(a.uuid());
            }
        }
        synchronized (saved) {
            for (String uuid : saved) {
                assertTrue(stored.contains(uuid), "annotation reported saved but lost: " + uuid);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
    }
}

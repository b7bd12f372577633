package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Script;

class DatabaseTest {

    @TempDir
    Path dir;

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    /**
     * A schema entry older SQLite cannot parse makes the whole file unreadable to it ("malformed database schema"),
     * so researchers could no longer open their library in DB Browser or Python: no aggregate ORDER BY (SQLite 3.44).
     */
    @Test
    void theSchemaParsesInSqliteOlderThanTheBundledOne() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            List<String> schema = db.read(c -> {
                List<String> sql = new ArrayList<>();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL")) {
                    while (rs.next()) {
                        sql.add(rs.getString(1));
                    }
                }
                return sql;
            });
            assertFalse(schema.isEmpty());
            for (String entry : schema) {
                for (String arguments : aggregateArguments(entry, "group_concat(")) {
                    assertFalse(arguments.toUpperCase().contains("ORDER BY"), entry);
                }
            }
        }
    }

    /** The argument lists of every call of {@code function} (given with its opening parenthesis) in {@code sql}. */
    private static List<String> aggregateArguments(String sql, String function) {
        List<String> out = new ArrayList<>();
        String lower = sql.toLowerCase();
        for (int at = lower.indexOf(function); at >= 0; at = lower.indexOf(function, at + 1)) {
            int depth = 0;
            int from = at + function.length();
            int i = from;
            for (; i < sql.length() && depth >= 0; i++) {
                depth += sql.charAt(i) == '(' ? 1 : sql.charAt(i) == ')' ? -1 : 0;
            }
            out.add(sql.substring(from, i - 1));
        }
        return out;
    }

    @Test
    void createsFileAndFolderWithWalForeignKeysAndCurrentSchema() {
        Path file = dir.resolve("nested/folder/library.db");
        try (Database db = Database.open(file)) {
            assertTrue(Files.exists(file));
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals(String.valueOf(Migrator.latestVersion()), pragma(db, "user_version"));
        }
    }

    @Test
    void reopeningKeepsDataAndMakesNoBackup() {
        Path file = dir.resolve("library.db");
        try (Database db = Database.open(file)) {
            new DocumentRepository(db).insert(StoreTestSupport.document("alpha", Script.SIMPLIFIED, "质量第一"), "h1");
        }
        try (Database db = Database.open(file)) {
            assertEquals(1, new DocumentRepository(db).count());
        }
        assertFalse(Files.exists(dir.resolve("library.db.bak-v1")));
    }

    @Test
    void upgradingAnExistingLibraryBacksItUpFirstAndKeepsItsData() throws Exception {
        Path file = dir.resolve("library.db");
        try (Database db = Database.open(file)) {
            new DocumentRepository(db).insert(StoreTestSupport.document("alpha", Script.SIMPLIFIED, "质量第一"), "h1");
        }
        try (Database db = Database.open(file)) {
            List<String> later = new ArrayList<>();
            Migrator.MIGRATIONS.forEach(name -> later.add(Migrator.FOLDER + name));
            later.add("/db/test-migration/note_column.sql");
            new Migrator(db, later).migrate();
            assertEquals(String.valueOf(later.size()), pragma(db, "user_version"));
            assertEquals(1, new DocumentRepository(db).count());
        }
        Path backup = dir.resolve("library.db.bak-v" + Migrator.latestVersion());
        assertTrue(Files.exists(backup), "backup of the library before the upgrade");
        try (Database old = Database.open(backup)) {
            assertEquals(1, new DocumentRepository(old).count());
        }
    }

    @Test
    void aLibraryFromANewerVersionIsRefusedUntouched() {
        Path file = dir.resolve("library.db");
        try (Database db = Database.open(file)) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA user_version = 99");
                }
                return null;
            });
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            DocumentRepository documents = new DocumentRepository(db);
            documents.insert(StoreTestSupport.document("alpha", Script.SIMPLIFIED, "质量第一"), "h1");
            // Same slug: the document insert fails, and so must the whole transaction.
            assertThrows(StoreException.class,
                    () -> documents.insert(StoreTestSupport.document("alpha", Script.SIMPLIFIED, "标准"), "h2"));
            assertEquals(1, documents.count());
            assertTrue(documents.findBySha256("h2").isEmpty());
        }
    }

    @Test
    void aWriteCutShortByAnErrorCommitsNothingEvenInsideABatch() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            DocumentRepository documents = new DocumentRepository(db);
            // An Error (here a StackOverflowError, as from a regex on a pathological line) after the first document of
            // a batch was written: neither that document nor its search index may be committed.
            assertThrows(StackOverflowError.class, () -> db.inOneTransaction(() -> {
                documents.insert(StoreTestSupport.document("alpha", Script.SIMPLIFIED, "质量第一"), "h1");
                throw new StackOverflowError("simulated");
            }));
            assertEquals(0, documents.count());
            assertEquals(0, (int) db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM gram_segment")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
            documents.insert(StoreTestSupport.document("beta", Script.SIMPLIFIED, "标准"), "h2");
            assertEquals(1, documents.count(), "the library is writable afterwards");
        }
    }

    @Test
    void aFileThatIsNotALibraryIsReportedClearly() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "this is a text file, not a database ".repeat(200));
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
    }
}

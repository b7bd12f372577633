package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCacheTest {

    private static final String SETTING = "SELECT value FROM library_setting WHERE key = ?";
    private static final String PUT = "INSERT INTO library_setting (key, value) VALUES (?, ?)";

    @TempDir
    Path dir;

    @Test
    void aStatementIsReusedWithNothingLeftFromItsLastUse() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            db.write(c -> {
                for (String key : List.of("a", "b", "c")) {
                    try (PreparedStatement st = c.prepareStatement(PUT)) {
                        st.setString(1, key);
                        st.setString(2, key.toUpperCase());
                        st.executeUpdate();
                    }
                }
                return null;
            });
            PreparedStatement[] seen = new PreparedStatement[2];
            List<String> values = new ArrayList<>();
            db.read(c -> {
                for (int i = 0; i < 2; i++) {
                    try (PreparedStatement st = c.prepareStatement(SETTING)) {
                        seen[i] = st;
                        st.setString(1, i == 0 ? "a" : "c");
                        try (ResultSet rs = st.executeQuery()) {
                            rs.next();
                            values.add(rs.getString(1));
                        }
                    }
                }
                return null;
            });
            assertSame(seen[0], seen[1], "the second use gets the statement prepared for the first");
            assertEquals(List.of("A", "C"), values);
            // Unbound after close: a value left out in a later use is NULL (refused here), not the previous one.
            assertThrows(StoreException.class, () -> db.write(c -> {
                try (PreparedStatement st = c.prepareStatement(PUT)) {
                    st.setString(1, "d");
                    return st.executeUpdate();
                }
            }));
        }
    }

    @Test
    void aStatementClosedBeforeItsResultWasReadDoesNotHoldTheLibrary() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            db.read(c -> {
                try (PreparedStatement st = c.prepareStatement("SELECT name FROM sqlite_schema")) {
                    ResultSet rs = st.executeQuery();
                    rs.next(); // more rows left, result never closed
                }
                return null;
            });
            // VACUUM (the backup) is refused while any statement is still running.
            Path copy = dir.resolve("copy.db");
            db.backupTo(copy);
            assertTrue(Files.exists(copy));
        }
    }

    @Test
    void theSameStatementUsedWhileOpenIsPreparedAgain() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            db.read(c -> {
                try (PreparedStatement outer = c.prepareStatement(SETTING);
                     PreparedStatement inner = c.prepareStatement(SETTING)) {
                    assertNotSame(outer, inner);
                }
                return null;
            });
        }
    }
}

package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.ParsedDocument;
import org.policylens.model.Script;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchQuery;
import org.policylens.text.SearchKey;

/**
 * {@code passage.folded} holds '' where the folded text equals the text ({@link FoldedColumn}); libraries written
 * before hold it in full. Both must search alike, and the index rebuilt from either must be the same.
 */
class FoldedColumnTest {

    /** Index queries of every length, and ones only a scan answers (a control character, a term in no gram). */
    private static final List<String> QUERIES = List.of(
            "质", "質", "量", "2", "t", "gb", "质量", "標準", "品牌 企业", "GB/T", "质量强市", "質量獎勵",
            "检验检测认证", "pm2.5", "量\u0001标", "\u0001");

    @TempDir
    Path dir;

    @Test
    void onlyPassagesWhoseFoldingChangesSomethingStoreIt() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            new DocumentRepository(db).insert(StoreTestSupport.document("mixed", Script.TRADITIONAL,
                    "质量强市。", "質量強市。", "PM2.5 浓度", "pm2.5 浓度", "（全角）"), "m");
            Map<String, String> stored = storedFolded(db);
            assertEquals("", stored.get("质量强市。"));
            assertEquals("质量强市。", stored.get("質量強市。"));
            assertEquals("pm2.5 浓度", stored.get("PM2.5 浓度"));
            assertEquals("", stored.get("pm2.5 浓度"));
            assertEquals(SearchKey.of("（全角）"), stored.get("（全角）"));
            assertFalse(stored.get("（全角）").isEmpty(), "full-width brackets fold to half-width");
        }
    }

    @Test
    void aLibraryWithFullFoldedTextSearchesAndIndexesAlike() throws IOException {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            DocumentRepository documents = new DocumentRepository(db);
            documents.insert(bundled("hefei"), "h");
            documents.insert(bundled("zhejiang"), "z");
            documents.insert(StoreTestSupport.document("trad", Script.TRADITIONAL, "開展質量強市活動,執行GB/T 19001。",
                    "质量\u0001标准", "PM2.5 達標"), "t");
            assertTrue(storedFolded(db).containsValue(""), "the new form leaves most folded texts out");
            Map<String, List<SearchHit>> compact = searchAll(db);
            List<String> compactIndex = rebuiltIndex(db);

            writeFullFoldedText(db);
            assertFalse(storedFolded(db).containsValue(""), "now the form of libraries before schema 10");
            assertEquals(compact, searchAll(db));
            assertEquals(compactIndex, rebuiltIndex(db));
            compact.forEach((q, hits) -> assertFalse(hits.isEmpty(), "nothing found for " + q));
        }
    }

    /** Rewrites every passage's folded column in full, as libraries before schema 10 have it. */
    private static void writeFullFoldedText(Database db) {
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER passage_text_no_update");
            }
            Map<Long, String> texts = new LinkedHashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, text FROM passage")) {
                while (rs.next()) {
                    texts.put(rs.getLong(1), rs.getString(2));
                }
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE passage SET folded = ? WHERE id = ?")) {
                for (var e : texts.entrySet()) {
                    st.setString(1, SearchKey.of(e.getValue()));
                    st.setLong(2, e.getKey());
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    private static Map<String, List<SearchHit>> searchAll(Database db) {
        SearchRepository search = new SearchRepository(db);
        Map<String, List<SearchHit>> out = new LinkedHashMap<>();
        for (String q : QUERIES) {
            out.put(q, search.search(new SearchQuery(q, null, 0)));
        }
        return out;
    }

    /** The index as a rebuild from the stored passages writes it: every posting row, in order. */
    private static List<String> rebuiltIndex(Database db) {
        db.write(c -> {
            GramIndex.rebuild(c);
            return null;
        });
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT s.first_passage, s.last_passage, s.characters, hex(s.lengths), p.bucket, hex(p.postings)
                    FROM gram_posting p JOIN gram_segment s ON s.id = p.segment_id ORDER BY s.first_passage, p.bucket
                    """)) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getString(4) + "/"
                            + rs.getInt(5) + "/" + rs.getString(6));
                }
            }
            return out;
        });
    }

    /** Passage text → its stored folded column. */
    private static Map<String, String> storedFolded(Database db) {
        return db.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT text, folded FROM passage")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    private static ParsedDocument bundled(String slug) throws IOException {
        String text = Files.readString(Path.of("data", "corpus", slug + ".txt"), StandardCharsets.UTF_8);
        return StoreTestSupport.document(slug, Script.SIMPLIFIED,
                text.lines().filter(l -> !l.isBlank()).toArray(String[]::new));
    }
}

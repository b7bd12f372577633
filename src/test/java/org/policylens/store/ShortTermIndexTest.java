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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Script;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchQuery;

/**
 * The short-term index (migration V6) must give exactly the page the scan gives: the same passages, scores, spans and
 * order. The scan is what a search for all hits (limit 0) still does, so a page is checked against the head of that.
 */
class ShortTermIndexTest {

    private static final List<String> QUERIES = List.of(
            "质", "标", "的", "奖", "，", "。", "(", "%", "1", "0", "a", "\"", "*", "-", ":",
            "质量", "標準", "企业", "品牌", "检测", "20", "00", "年,", "。。", "%)", "ab", "\"n",
            "质量 标准", "品牌 企业 奖励", "的 ，", "绿色 低碳", "质 量", "1 2", "质量 不存在的词", "犇");

    @TempDir
    Path dir;

    @Test
    void aPageFromTheIndexIsThePageTheScanGivesOnTheBundledCorpus() throws IOException {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            DocumentRepository documents = new DocumentRepository(db);
            for (String slug : List.of("anhui", "chengde", "hefei", "yichun", "zhejiang")) {
                documents.insert(bundled(slug), slug);
            }
            assertPagesMatchTheScan(new SearchRepository(db));
        }
    }

    @Test
    void theIndexFollowsInsertReplaceAndDelete() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            DocumentRepository documents = new DocumentRepository(db);
            SearchRepository search = new SearchRepository(db);
            long alpha = documents.insert(StoreTestSupport.document("alpha", Script.SIMPLIFIED,
                    "质量第一,质量强市。", "标准先行(GB/T 19001)。"), "a");
            documents.insert(StoreTestSupport.document("beta", Script.TRADITIONAL, "質量獎勵辦法。"), "b");
            assertEquals(List.of("alpha", "beta"), slugs(search, "质量"));
            assertEquals(List.of("alpha"), slugs(search, "(g"));
            assertIndexIsRebuiltAs(db);

            documents.replaceContent(alpha, StoreTestSupport.document("alpha", Script.SIMPLIFIED,
                    "品牌建设。", "品牌质量。"), "a2");
            assertEquals(List.of("alpha", "alpha"), slugs(search, "品牌"));
            assertEquals(List.of("alpha", "beta"), slugs(search, "质量"));
            assertTrue(slugs(search, "标").isEmpty(), "the replaced text is no longer found");
            assertIndexIsRebuiltAs(db);

            documents.delete(alpha);
            assertEquals(List.of("beta"), slugs(search, "质量"));
            assertTrue(slugs(search, "品").isEmpty());
            assertIndexIsRebuiltAs(db);
            assertPagesMatchTheScan(search);
        }
    }

    @Test
    void migrationBuildsTheIndexForAnExistingLibrary() throws IOException {
        Path file = dir.resolve("library.db");
        List<String> expected;
        try (Database db = Database.open(file)) {
            DocumentRepository documents = new DocumentRepository(db);
            documents.insert(bundled("hefei"), "h");
            documents.insert(StoreTestSupport.document("trad", Script.TRADITIONAL, "開展質量強市活動。"), "t");
            expected = postings(db);
            assertFalse(expected.isEmpty());
            // Back to a schema 5 library: no short-term index at all.
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    for (String sql : List.of("DROP TRIGGER passage_short_delete", "DROP TRIGGER passage_short_no_update",
                            "DROP TABLE passage_short_buckets", "DROP TABLE passage_short_postings",
                            "DROP TABLE passage_short", "PRAGMA user_version = 5")) {
                        st.execute(sql);
                    }
                }
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            assertEquals(expected, postings(db));
            assertEquals(List.of("hefei", "trad"), new SearchRepository(db).search(new SearchQuery("質", null, 100))
                    .stream().map(SearchHit::documentSlug).distinct().sorted().toList());
            assertPagesMatchTheScan(new SearchRepository(db));
        }
        assertTrue(Files.exists(dir.resolve("library.db.bak-v5")));
    }

    @Test
    void tokensCountOverlappingOccurrencesAndSkipWhitespace() {
        List<String> tokens = Arrays.stream(ShortTermIndex.tokens("aaa b\"").split(" ")).sorted().toList();
        assertEquals(List.of("1\"999998", "1a999996", "1b999998", "2aa999997", "2b\"999998"), tokens);
        assertTrue(ShortTermIndex.covers("质"));
        assertTrue(ShortTermIndex.covers("𠀀质"));
        assertFalse(ShortTermIndex.covers("质量奖"));
        assertFalse(ShortTermIndex.covers("a\u0001"));
    }

    @Test
    void passageTextCannotBeRewrittenInPlace() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            new DocumentRepository(db).insert(StoreTestSupport.document("alpha", Script.SIMPLIFIED, "质量"), "a");
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> db.write(c -> {
                        try (Statement st = c.createStatement()) {
                            st.execute("UPDATE passage SET folded = '标准'");
                        }
                        return null;
                    }));
            assertTrue(e.getMessage().contains("not updated in place"), e.getMessage());
        }
    }

    private static void assertPagesMatchTheScan(SearchRepository search) {
        for (String q : QUERIES) {
            List<SearchHit> all = search.search(new SearchQuery(q, null, 0));
            for (int limit : new int[] {1, 7, 100}) {
                List<SearchHit> page = search.search(new SearchQuery(q, null, limit));
                assertEquals(all.subList(0, Math.min(limit, all.size())), page, q + " limit " + limit);
            }
        }
    }

    private static void assertIndexIsRebuiltAs(Database db) {
        List<String> maintained = postings(db);
        db.write(c -> {
            ShortTermIndex.rebuild(c);
            return null;
        });
        assertEquals(postings(db), maintained);
    }

    private static List<String> postings(Database db) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT p.document_id, p.ordinal, v.term FROM passage_short_postings v JOIN passage p ON p.id = v.doc"
                            + " ORDER BY 1, 2, 3");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + "/" + rs.getInt(2) + "/" + rs.getString(3));
                }
            }
            return out;
        });
    }

    private static List<String> slugs(SearchRepository search, String q) {
        return search.search(new SearchQuery(q, null, 100)).stream().map(SearchHit::documentSlug).sorted().toList();
    }

    private static org.policylens.model.ParsedDocument bundled(String slug) throws IOException {
        String text = Files.readString(Path.of("data", "corpus", slug + ".txt"), StandardCharsets.UTF_8);
        String[] paragraphs = text.lines().filter(l -> !l.isBlank()).toArray(String[]::new);
        return StoreTestSupport.document(slug, Script.SIMPLIFIED, paragraphs);
    }
}

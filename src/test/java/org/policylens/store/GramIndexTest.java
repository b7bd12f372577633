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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Script;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchQuery;
import org.policylens.text.SearchKey;

/**
 * The gram index (migration V7) must find exactly what reading every passage finds: the same passages, occurrence
 * counts and relevance scores, a page being the head of the full list; and it must stay exactly the index a rebuild
 * from scratch would write through inserts, new versions, deletes and merges of small segments.
 */
class GramIndexTest {

    private static final List<String> QUERIES = List.of(
            "质", "标", "的", "奖", "，", "。", "(", "%", "1", "0", "a", "\"", "*", "-", ":",
            "质量", "標準", "企业", "品牌", "检测", "20", "00", "年,", "。。", "%)", "ab", "\"n",
            "质量 标准", "品牌 企业 奖励", "的 ，", "绿色 低碳", "质 量", "1 2", "质量 不存在的词", "犇",
            "质量奖", "标准化", "合格率", "示范区", "获得感", "质量基础设施", "质量强市建设", "检验检测认证",
            "检验检测 认证", "标准化 示范", "质量奖 质", "2025年", "(gb/t", "\"near(", "aaa", "𠀀质", "。。。");

    @TempDir
    Path dir;

    @Test
    void searchFindsWhatReadingEveryPassageFindsOnTheBundledCorpus() throws IOException {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            DocumentRepository documents = new DocumentRepository(db);
            for (String slug : List.of("anhui", "chengde", "hefei", "yichun", "zhejiang")) {
                documents.insert(bundled(slug), slug);
            }
            documents.insert(StoreTestSupport.document("odd", Script.SIMPLIFIED, "aaaa aaa", "𠀀质量𠀀质", "。。。。"),
                    "odd");
            assertSearchMatchesReadingEveryPassage(db);
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
            assertEquals(List.of("alpha"), slugs(search, "(gb/t"));
            assertIndexIsRebuiltAs(db);

            documents.replaceContent(alpha, StoreTestSupport.document("alpha", Script.SIMPLIFIED,
                    "品牌建设。", "品牌质量。"), "a2");
            assertEquals(List.of("alpha", "alpha"), slugs(search, "品牌"));
            assertEquals(List.of("alpha", "beta"), slugs(search, "质量"));
            assertTrue(slugs(search, "标").isEmpty(), "the replaced text is no longer found");
            assertTrue(slugs(search, "质量强市").isEmpty(), "the replaced text is no longer found");
            assertIndexIsRebuiltAs(db);

            documents.delete(alpha);
            assertEquals(List.of("beta"), slugs(search, "质量"));
            assertTrue(slugs(search, "品").isEmpty());
            assertIndexIsRebuiltAs(db);
            assertSearchMatchesReadingEveryPassage(db);
        }
    }

    @Test
    void documentsImportedOneByOneAreMergedIntoFewSegments() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            DocumentRepository documents = new DocumentRepository(db);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3 * GramIndex.SMALL_RUN; i++) {
                ids.add(documents.insert(StoreTestSupport.document("doc-" + i, Script.SIMPLIFIED,
                        "第" + i + "条 质量强市建设。", "标准化示范区" + i + "个。"), "sha-" + i));
            }
            assertTrue(segmentCount(db) < GramIndex.SMALL_RUN, "segments: " + segmentCount(db));
            documents.delete(ids.get(5));
            documents.delete(ids.get(ids.size() - 1));
            assertIndexIsRebuiltAs(db);
            assertEquals(3 * GramIndex.SMALL_RUN - 2, new SearchRepository(db)
                    .search(new SearchQuery("质量强市", null, 0)).size());
            assertSearchMatchesReadingEveryPassage(db);
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
            // Back to a schema 6 library: the FTS5 trigram and short-term indexes, no gram index.
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    SchemaUndo.backTo(st, 6);
                }
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            assertEquals(expected, postings(db));
            assertEquals(List.of("hefei", "trad"), new SearchRepository(db).search(new SearchQuery("質", null, 100))
                    .stream().map(SearchHit::documentSlug).distinct().sorted().toList());
            assertSearchMatchesReadingEveryPassage(db);
        }
        assertTrue(Files.exists(dir.resolve("library.db.bak-v6")));
    }

    @Test
    void gramsCoverEveryCharacterButWhitespaceAndControls() {
        assertTrue(Grams.covers("质"));
        assertTrue(Grams.covers("𠀀质"));
        assertTrue(Grams.covers("质量奖"));
        assertFalse(Grams.covers("a\u0001"));
        assertFalse(Grams.covers(""));
        assertEquals("𠀀质", Grams.text(Grams.bigram("𠀀".codePointAt(0), '质')));
        assertEquals("质", Grams.text(Grams.unigram('质')));
    }

    @Test
    void aTermWithAControlCharacterIsFoundByScanning() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            new DocumentRepository(db).insert(StoreTestSupport.document("alpha", Script.SIMPLIFIED,
                    "质量\u0001标准", "质量"), "a");
            List<SearchHit> hits = new SearchRepository(db).search(new SearchQuery("量\u0001标", null, 10));
            assertEquals(1, hits.size());
        }
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

    /**
     * Every query's full result is what reading every passage gives (same passages, occurrence counts or BM25
     * relevance), and each page is the head of the full result.
     */
    private static void assertSearchMatchesReadingEveryPassage(Database db) {
        SearchRepository search = new SearchRepository(db);
        List<String[]> passages = db.read(c -> {
            List<String[]> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, text FROM passage")) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), SearchKey.of(rs.getString(2))});
                }
            }
            return out;
        });
        double averageLength = passages.stream().mapToInt(p -> p[1].codePointCount(0, p[1].length())).average()
                .orElse(0);
        for (String q : QUERIES) {
            List<String> terms = SearchRepository.terms(q);
            boolean relevance = terms.stream().anyMatch(t -> t.codePointCount(0, t.length()) >= 3);
            Map<String, Integer> having = new HashMap<>();
            for (String term : terms) {
                having.put(term, (int) passages.stream().filter(p -> p[1].contains(term)).count());
            }
            Map<Long, Double> expected = new HashMap<>();
            for (String[] p : passages) {
                if (!terms.stream().allMatch(p[1]::contains)) {
                    continue;
                }
                double score = 0;
                for (String term : terms) {
                    int f = occurrences(p[1], term);
                    if (!relevance) {
                        score += f;
                    } else if (term.codePointCount(0, term.length()) >= 3) {
                        double n = having.get(term);
                        double idf = Math.max(1e-6, Math.log((passages.size() - n + 0.5) / (n + 0.5)));
                        double dl = p[1].codePointCount(0, p[1].length());
                        score += idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * dl / averageLength));
                    }
                }
                expected.put(Long.parseLong(p[0]), score);
            }
            List<SearchHit> all = search.search(new SearchQuery(q, null, 0));
            Map<Long, Double> actual = new HashMap<>();
            all.forEach(h -> actual.put(h.passageId(), h.score()));
            assertEquals(expected.keySet(), actual.keySet(), q);
            expected.forEach((id, score) -> assertEquals(score, actual.get(id), 1e-9, q + " passage " + id));
            for (int limit : new int[] {1, 7, 100}) {
                List<SearchHit> page = search.search(new SearchQuery(q, null, limit));
                assertEquals(all.subList(0, Math.min(limit, all.size())), page, q + " limit " + limit);
            }
        }
    }

    private static int occurrences(String text, String term) {
        int n = 0;
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            n++;
        }
        return n;
    }

    private static void assertIndexIsRebuiltAs(Database db) {
        List<String> maintained = postings(db);
        db.write(c -> {
            GramIndex.rebuild(c);
            return null;
        });
        assertEquals(postings(db), maintained);
    }

    private static int segmentCount(Database db) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM gram_segment")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Every posting decoded, as gram/document/ordinal/count/offsets, sorted: independent of how segments fall. */
    private static List<String> postings(Database db) {
        return db.read(c -> {
            Map<Long, String> passageNames = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, document_id, ordinal FROM passage")) {
                while (rs.next()) {
                    passageNames.put(rs.getLong(1), rs.getLong(2) + "/" + rs.getInt(3));
                }
            }
            List<String> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT s.first_passage, p.postings FROM gram_posting p
                    JOIN gram_segment s ON s.id = p.segment_id""");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    VarInts.Reader bucket = new VarInts.Reader(rs.getBytes(2));
                    while (bucket.hasMore()) {
                        long key = bucket.read();
                        String gram = Grams.text(key);
                        VarInts.Reader r = new VarInts.Reader(bucket.readBytes(bucket.readInt()));
                        long passage = rs.getLong(1);
                        while (r.hasMore()) {
                            passage += r.read();
                            int count = r.readInt();
                            StringBuilder offsets = new StringBuilder();
                            for (int i = 0; Grams.isBigram(key) && i < count; i++) {
                                offsets.append(',').append(r.read());
                            }
                            out.add(gram + "/" + passageNames.get(passage) + "/" + count + offsets);
                        }
                    }
                }
            }
            out.sort(null);
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

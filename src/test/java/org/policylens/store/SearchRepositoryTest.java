package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policylens.model.Script;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchQuery;

class SearchRepositoryTest {

    @TempDir
    Path dir;
    private Database db;
    private SearchRepository search;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        DocumentRepository documents = new DocumentRepository(db);
        documents.insert(StoreTestSupport.document("simp", Script.SIMPLIFIED,
                "全面提升产品质量,建设质量强市。", "完善标准体系,推动标准化建设。", "对获得中国质量奖的企业给予奖励。"), "s");
        documents.insert(StoreTestSupport.document("trad", Script.TRADITIONAL,
                "開展質量強市活動,提高質量水平。", "對首次獲得中國質量獎的給予獎勵。"), "t");
        documents.insert(StoreTestSupport.document("syntax", Script.SIMPLIFIED,
                "指标\"NEAR(质量)\" AND OR * - : 照常出现。"), "x");
        search = new SearchRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<SearchHit> find(String text) {
        return search.search(SearchQuery.of(text));
    }

    private static Set<String> documents(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::documentSlug).collect(Collectors.toSet());
    }

    @Test
    void twoCharacterQueryFindsEveryPassageContainingIt() {
        List<SearchHit> hits = find("质量");
        // 质量 occurs in 2 simplified passages, both traditional ones (質量), and the syntax passage.
        assertEquals(5, hits.size());
        assertEquals(Set.of("simp", "trad", "syntax"), documents(hits));
        SearchHit first = hits.stream().filter(h -> h.text().startsWith("全面")).findFirst().orElseThrow();
        assertEquals(2, first.hits().size(), "both occurrences in the passage are marked");
    }

    @Test
    void threeCharacterQueryUsesTheIndexAcrossScripts() {
        assertEquals(Set.of("simp", "trad"), documents(find("质量强市")));
        assertEquals(Set.of("simp", "trad"), documents(find("質量獎")));
        assertEquals(Set.of("simp", "trad"), documents(find("中国质量奖")));
    }

    @Test
    void hitsPointAtTheMatchedCharactersOfTheOriginalText() {
        SearchHit hit = find("質量獎").stream().filter(h -> h.documentSlug().equals("simp")).findFirst().orElseThrow();
        SearchHit.Span span = hit.hits().get(0);
        assertEquals("质量奖", hit.text().substring(span.start(), span.end()));
        assertTrue(hit.snippet().contains("【质量奖】"), hit.snippet());
        SearchHit trad = find("质量奖").stream().filter(h -> h.documentSlug().equals("trad")).findFirst().orElseThrow();
        assertTrue(trad.snippet().contains("【質量獎】"), "Traditional text is shown as written: " + trad.snippet());
    }

    @Test
    void singleCharacterAndMultiWordQueries() {
        assertEquals(Set.of("simp", "trad"), documents(find("奖")));
        List<SearchHit> both = find("标准 建设");
        assertEquals(1, both.size());
        assertEquals(Set.of("simp", "trad"), documents(find("质量 奖励")));
        assertTrue(find("标准 奖励").isEmpty(), "every term must occur in the same passage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"NEAR(", "NEAR(质量)", "AND OR", "*", "-", ":", "\"", "(质量", "质量)", "a:b",
            "质量 OR 标准", "\"\"\"", "NOT"})
    void ftsSyntaxIsSearchedLiterally(String query) {
        List<SearchHit> hits = find(query);
        for (SearchHit hit : hits) {
            assertEquals("syntax", hit.documentSlug(), "only the passage that literally contains " + query);
        }
    }

    @Test
    void literalSyntaxIsFound() {
        assertEquals(Set.of("syntax"), documents(find("\"NEAR(质量)\"")));
        assertEquals(Set.of("syntax"), documents(find("AND OR")));
    }

    @Test
    void filtersByDocumentAndLimits() {
        assertEquals(Set.of("trad"), documents(search.search(new SearchQuery("质量", "trad", 0))));
        assertEquals(2, search.search(new SearchQuery("质量", null, 2)).size());
        assertTrue(find("   ").isEmpty());
        assertTrue(find("不存在的词语").isEmpty());
    }
}

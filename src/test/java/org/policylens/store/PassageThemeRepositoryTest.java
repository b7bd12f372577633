package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.CodedPassage;
import org.policylens.model.CodingSource;
import org.policylens.model.Evidence;
import org.policylens.model.PassageTheme;
import org.policylens.model.Script;
import org.policylens.model.ThemeDecision;

class PassageThemeRepositoryTest {

    @TempDir
    Path dir;
    private Database db;
    private PassageThemeRepository coding;
    private long documentId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("l.db"));
        new CodebookRepository(db).seedIfEmpty(CodebookRepositoryTest.sample("default"));
        documentId = new DocumentRepository(db).insert(StoreTestSupport.document("hefei", Script.TRADITIONAL,
                "推進標準化戰略。", "建設綠色工廠。"), "h");
        coding = new PassageThemeRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static final PassageTheme STANDARDS = new PassageTheme("standards", CodingSource.AUTO, 4.5,
            List.of(new Evidence("标准", -1, -1, 1.5), new Evidence("标准化", 2, 5, 3)));

    @Test
    void codingRoundTripsWithRankSourceScoreAndEvidence() {
        List<CodedPassage> passages = coding.codedPassagesOf("default", documentId);
        assertEquals(2, passages.size());
        assertTrue(passages.stream().allMatch(p -> p.themes().isEmpty()));
        assertEquals(List.of(documentId), coding.documentsNotCodedWith("default"));

        PassageTheme manual = new PassageTheme("green", CodingSource.MANUAL, 0, List.of());
        coding.replaceCoding("default", documentId, Map.of(passages.get(0).passageId(), List.of(STANDARDS, manual)));

        CodedPassage first = coding.codedPassages("default", "hefei").get(0);
        assertEquals(List.of(STANDARDS, manual), first.themes());
        assertEquals("推進標準化戰略。", first.text());
        assertEquals(List.of(), coding.codedPassages("default", "hefei").get(1).themes());
        assertEquals(List.of(), coding.documentsNotCodedWith("default"));
        assertEquals(List.of(documentId), coding.documentsNotCodedWith("other"));
        assertEquals(List.of(), coding.codedPassages("default", "no-such-doc"));
    }

    @Test
    void decisionsAreStoredInOrderReplaceSupersededOnesAndOutliveTheirDocument() {
        CodedPassage first = coding.codedPassagesOf("default", documentId).get(0);
        ThemeDecision add = new ThemeDecision(0, "hefei", "hash", first.start(), first.end(), first.text(), "green",
                true);
        coding.recordDecision("default", add, List.of(), first.passageId(),
                List.of(new PassageTheme("green", CodingSource.MANUAL, 0, List.of())));
        long addId = coding.decisions("default", "hefei").get(0).id();
        ThemeDecision remove = new ThemeDecision(0, "hefei", "hash", first.start(), first.end(), first.text(), "green",
                false);
        coding.recordDecision("default", remove, List.of(addId), first.passageId(), List.of());

        List<ThemeDecision> stored = coding.decisions("default", null);
        assertEquals(1, stored.size());
        assertEquals("green", stored.get(0).themeCode());
        assertEquals(false, stored.get(0).add());
        assertEquals(first.text(), stored.get(0).quote());
        assertEquals(List.of(), coding.codedPassage("default", first.passageId()).orElseThrow().themes());

        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM document WHERE slug = 'hefei'")) {
                return st.executeUpdate();
            }
        });
        assertEquals(1, coding.decisions("default", "hefei").size(), "decisions are user data");
    }

    @Test
    void replacingACodingKeepsTheTalliesARecountGives() {
        List<CodedPassage> passages = coding.codedPassagesOf("default", documentId);
        PassageTheme green = new PassageTheme("green", CodingSource.AUTO, 2, List.of());
        coding.replaceCoding("default", documentId, Map.of(passages.get(0).passageId(), List.of(STANDARDS, green),
                passages.get(1).passageId(), List.of(green)));
        // 推進標準化戰略。 has 8 characters, 建設綠色工廠。 7.
        assertEquals(Map.of("standards", List.of(1L, 8L), "green", List.of(2L, 15L)), tallies());
        assertEquals(recount(), tallies());

        coding.replaceCoding("default", documentId, Map.of(passages.get(1).passageId(), List.of(STANDARDS)));
        assertEquals(Map.of("standards", List.of(1L, 7L)), tallies(), "a theme no longer coded has no tally");
        assertEquals(recount(), tallies());
    }

    /** The kept tallies of the document: theme code to [passages, characters]. */
    private Map<String, List<Long>> tallies() {
        return query("SELECT theme_code, passages, characters FROM document_theme WHERE document_id = ?");
    }

    /** The tallies counted from the stored coding. */
    private Map<String, List<Long>> recount() {
        return query("""
                SELECT pt.theme_code, count(*), sum(p.characters)
                FROM passage p JOIN passage_theme pt ON pt.passage_id = p.id
                WHERE p.document_id = ? GROUP BY pt.theme_code""");
    }

    private Map<String, List<Long>> query(String sql) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, documentId);
                try (var rs = st.executeQuery()) {
                    Map<String, List<Long>> out = new java.util.HashMap<>();
                    while (rs.next()) {
                        out.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3)));
                    }
                    return out;
                }
            }
        });
    }
}

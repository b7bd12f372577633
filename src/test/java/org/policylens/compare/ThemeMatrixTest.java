package org.policylens.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylens.export.CodebookJson;
import org.policylens.extract.ThemeClassifier;
import org.policylens.extract.ThemeContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeMatrixTest {

    private static final List<String> DOCUMENTS = List.of("anhui", "zhejiang", "hefei", "yichun", "chengde");
    private static ThemeMatrix corpus;

    @BeforeAll
    static void codeTheBundledCorpus() throws IOException {
        ThemeClassifier classifier;
        try (InputStream in = ThemeMatrixTest.class.getResourceAsStream("/data/codebooks/default.json")) {
            classifier = new ThemeClassifier(new CodebookJson().read(in));
        }
        Map<String, List<ThemeMatrix.PassageCoding>> byDocument = new LinkedHashMap<>();
        for (String doc : DOCUMENTS) {
            String text = Files.readString(Path.of("data", "corpus", doc + ".txt"), StandardCharsets.UTF_8);
            List<ThemeMatrix.PassageCoding> passages = new ArrayList<>();
            int ordinal = 0;
            for (ThemeContext.Paragraph p : ThemeContext.paragraphs(text)) {
                if (p.heading()) {
                    continue;
                }
                Set<String> themes = Set.copyOf(ThemeClassifier.codes(classifier.classify(p.text(), p.sectionPath())));
                passages.add(new ThemeMatrix.PassageCoding(String.valueOf(ordinal++), p.end() - p.start(), themes));
            }
            byDocument.put(doc, passages);
        }
        corpus = ThemeMatrix.of(byDocument);
        for (String doc : DOCUMENTS) {
            StringBuilder line = new StringBuilder(doc + ":");
            for (String theme : corpus.themesByShare(doc)) {
                ThemeMatrix.Cell cell = corpus.cell(doc, theme);
                line.append(String.format(" %s %d/%.0f%%", theme, cell.passageCount(), cell.share() * 100));
            }
            System.out.println(line);
        }
    }

    @Test
    void countsSharesAndRefs() {
        ThemeMatrix m = ThemeMatrix.of(Map.of("doc", List.of(
                new ThemeMatrix.PassageCoding("p1", 60, Set.of("standards", "support")),
                new ThemeMatrix.PassageCoding("p2", 30, Set.of("standards")),
                new ThemeMatrix.PassageCoding("p3", 10, Set.of()))));
        ThemeMatrix.Cell standards = m.cell("doc", "standards");
        assertEquals(2, standards.passageCount());
        assertEquals(90, standards.characters());
        assertEquals(0.9, standards.share(), 1e-9);
        assertEquals(List.of("p1", "p2"), m.passages("doc", "standards"));
        assertEquals(0.6, m.cell("doc", "support").share(), 1e-9);
        assertEquals(ThemeMatrix.Cell.EMPTY, m.cell("doc", "green"));
        assertEquals(100, m.totalCharacters("doc"));
        assertEquals(List.of("standards", "support"), m.themesByShare("doc"));
        assertEquals(List.of("standards", "support"), m.themes());
        assertThrows(IllegalArgumentException.class, () -> m.cell("other", "standards"));
    }

    @Test
    void emptyDocumentHasZeroShares() {
        ThemeMatrix m = ThemeMatrix.of(Map.of("empty", List.of(new ThemeMatrix.PassageCoding("p", 0, Set.of("green")))));
        assertEquals(0, m.cell("empty", "green").share());
    }

    @Test
    void hefeiCoversGreenAndCulture() {
        assertTrue(corpus.cell("hefei", "green").passageCount() >= 3);
        assertTrue(corpus.cell("hefei", "culture").passageCount() >= 3);
    }

    @Test
    void chengdeLargestThemesIncludeStandardsAndInfrastructure() {
        List<String> top = corpus.themesByShare("chengde").subList(0, 5);
        assertTrue(top.contains("standards"), top.toString());
        assertTrue(top.contains("infrastructure"), top.toString());
    }

    @Test
    void everyDocumentHasSupport() {
        for (String doc : DOCUMENTS) {
            assertTrue(corpus.cell(doc, "support").passageCount() > 0, doc);
        }
    }
}

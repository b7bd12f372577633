package org.policylens.extract;

import org.junit.jupiter.api.Test;
import org.policylens.model.Codebook;
import org.policylens.model.Keyword;
import org.policylens.model.Theme;
import org.policylens.model.ThemeRule;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Create, rename, merge and delete on the immutable codebook, and its invariants. */
class CodebookOperationsTest {

    private static Theme theme(String code, String parent, String... terms) {
        return new Theme(code, code + "中文", code + " en", "about " + code, parent,
                new ThemeRule(java.util.Arrays.stream(terms).map(t -> new Keyword(t, 2)).toList(), List.of(code),
                        List.of()));
    }

    private final Codebook book = new Codebook("mine", "My codebook", List.of(
            theme("quality", null, "质量"),
            theme("metrology", "quality", "计量"),
            theme("testing", "quality", "检测"),
            theme("lab", "testing", "实验室")));

    @Test
    void createAddsAThemeAndRejectsADuplicateCode() {
        Codebook added = book.withThemeAdded(theme("brand", null, "品牌"));
        assertEquals(List.of("quality", "metrology", "testing", "lab", "brand"), added.codes());
        assertEquals(4, book.codes().size(), "the original is unchanged");
        assertThrows(IllegalArgumentException.class, () -> added.withThemeAdded(theme("brand", null)));
        assertThrows(IllegalArgumentException.class, () -> book.withThemeAdded(theme("x", "nowhere")));
    }

    @Test
    void renameKeepsTheCodeAndRules() {
        Codebook renamed = book.withThemeRenamed("metrology", "计量测试", "Metrology and measurement");
        Theme t = renamed.theme("metrology").orElseThrow();
        assertEquals("计量测试", t.nameZh());
        assertEquals("Metrology and measurement", t.nameEn());
        assertEquals(book.theme("metrology").orElseThrow().rule(), t.rule());
        assertEquals("Renamed", book.renamed("Renamed").name());
    }

    @Test
    void mergeUnitesRulesAndMovesChildren() {
        Codebook merged = book.withThemesMerged("testing", "metrology");
        assertEquals(List.of("quality", "metrology", "lab"), merged.codes());
        Theme target = merged.theme("metrology").orElseThrow();
        assertEquals(List.of("计量", "检测"), target.rule().keywords().stream().map(Keyword::term).toList());
        assertEquals(List.of("metrology", "testing"), target.rule().headingPatterns());
        assertEquals("metrology", merged.theme("lab").orElseThrow().parentCode());
        // The merged theme now classifies what the source found.
        assertEquals("metrology", new ThemeClassifier(merged).classify("加强检测能力。", "").get(0).code());
    }

    @Test
    void mergingAParentIntoItsChildLiftsTheChild() {
        Codebook merged = book.withThemesMerged("testing", "lab");
        assertEquals("quality", merged.theme("lab").orElseThrow().parentCode());
        assertThrows(IllegalArgumentException.class, () -> book.withThemesMerged("lab", "lab"));
    }

    @Test
    void deleteMovesChildrenUpToTheParent() {
        Codebook deleted = book.withThemeDeleted("testing");
        assertEquals(List.of("quality", "metrology", "lab"), deleted.codes());
        assertEquals("quality", deleted.theme("lab").orElseThrow().parentCode());
        Codebook rootDeleted = book.withThemeDeleted("quality");
        assertTrue(rootDeleted.children(null).stream().map(Theme::code).toList().containsAll(List.of("metrology", "testing")));
        assertThrows(IllegalArgumentException.class, () -> book.withThemeDeleted("nope"));
    }

    @Test
    void cyclesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Codebook("c", "c",
                List.of(theme("a", "b"), theme("b", "a"))));
    }

    @Test
    void defaultCodebookHasTheSeventeenCodes() {
        Codebook defaults = ThemeGoldSupport.defaultCodebook();
        assertEquals(List.of("economy", "innovation", "green", "industry", "regional", "product", "food_drug",
                "construction", "service", "enterprise", "brand", "standards", "infrastructure", "supervision",
                "consumer", "culture", "support"), defaults.codes());
        for (Theme t : defaults.themes()) {
            assertTrue(!t.nameZh().isBlank() && !t.nameEn().isBlank() && !t.description().isBlank(), t.code());
            assertTrue(t.rule().keywords().size() >= 15, t.code() + " has a rich keyword list");
        }
    }
}

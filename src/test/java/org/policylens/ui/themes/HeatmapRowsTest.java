package org.policylens.ui.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeatmapRowsTest {

    private final ThemeCoding coding = ThemeCodingFixture.sample();
    private final List<String> all = List.of("anhui", "zhejiang", "chengde");

    private List<String> codes(ThemeSort sort, List<String> documents) {
        return HeatmapRows.build(coding, documents, sort, Locale.SIMPLIFIED_CHINESE).stream()
                .map(HeatmapRow::code).toList();
    }

    @Test
    void bucketsAreFixedSharesWithZeroOnlyForNoPassage() {
        assertEquals(0, HeatScale.bucket(0, 0));
        assertEquals(1, HeatScale.bucket(1, 0.0));
        assertEquals(1, HeatScale.bucket(1, 0.0499));
        assertEquals(2, HeatScale.bucket(1, 0.05));
        assertEquals(3, HeatScale.bucket(2, 0.1999));
        assertEquals(4, HeatScale.bucket(2, 0.2));
        assertEquals(5, HeatScale.bucket(9, 0.3));
        assertEquals(5, HeatScale.bucket(9, 1.7), "a passage with several themes can push shares past 1");
        assertEquals("heat-3", HeatScale.styleClass(3));
    }

    @Test
    void cellsCarryCountShareAndBucketPerSelectedDocument() {
        HeatmapRow standards = HeatmapRows.build(coding, all, ThemeSort.CODEBOOK, Locale.SIMPLIFIED_CHINESE).get(0);
        assertEquals("标准化", standards.name());
        assertEquals(2, standards.cell("anhui").passages());
        assertEquals(0.40, standards.cell("anhui").share(), 1e-9);
        assertEquals(5, standards.cell("anhui").bucket());
        assertEquals(0, standards.cell("zhejiang").bucket());
        assertEquals(0.05, standards.cell("chengde").share(), 1e-9);
        assertEquals(2, standards.cell("chengde").bucket());
        assertEquals(3, standards.totalPassages());
    }

    @Test
    void onlySelectedDocumentsBecomeColumnsAndCountInTheTotal() {
        HeatmapRow standards = HeatmapRows.build(coding, List.of("chengde", "unknown"), ThemeSort.CODEBOOK,
                Locale.ENGLISH).get(0);
        assertEquals("Standardisation", standards.name());
        assertEquals(List.of("chengde"), standards.cells().stream().map(HeatmapRow.Cell::document).toList());
        assertEquals(1, standards.totalPassages());
        assertThrows(IllegalArgumentException.class, () -> standards.cell("anhui"));
    }

    @Test
    void sortsByCodebookNameTotalAndDocumentShare() {
        assertEquals(List.of("standards", "brand", "green"), codes(ThemeSort.CODEBOOK, all));
        // By total: standards 3, then brand and green with 1 each in codebook order.
        assertEquals(List.of("standards", "brand", "green"), codes(ThemeSort.by(ThemeSort.Key.TOTAL), all));
        assertEquals(List.of("green", "standards", "brand"), codes(ThemeSort.byDocument("chengde"), all));
        assertEquals(List.of("standards", "brand", "green"), codes(ThemeSort.byDocument("anhui"), all));
        // Pinyin order: biaozhunhua, lüse, pinpai.
        assertEquals(List.of("standards", "green", "brand"), codes(ThemeSort.by(ThemeSort.Key.NAME), all));
    }

    @Test
    void secondClickOnAHeaderReversesAndTiesKeepCodebookOrder() {
        ThemeSort once = ThemeSort.CODEBOOK.clicked(ThemeSort.byDocument("chengde"));
        ThemeSort twice = once.clicked(ThemeSort.byDocument("chengde"));
        assertEquals(List.of("brand", "standards", "green"), codes(twice, all),
                "brand (0) first, then standards (5%), green (50%) last");
        ThemeSort total = twice.clicked(ThemeSort.by(ThemeSort.Key.TOTAL));
        assertEquals(false, total.reversed(), "a new header starts in its natural direction");
        assertEquals(List.of("brand", "green", "standards"), codes(total.clicked(ThemeSort.by(ThemeSort.Key.TOTAL)),
                all), "reversed total: the tie brand/green stays in codebook order");
    }
}

package org.policylens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Target-year markers, including the spellings the regex's pre-checks must not miss. */
class YearScopeTrackerTest {

    private static List<YearScopeTracker.YearMarker> markers(String text) {
        return YearScopeTracker.markers(text, new TextSpan(0, text.length()));
    }

    @Test
    void markerWithPrefixWordsAndWhitespaceStartsAtThePrefix() {
        String text = "主要目标。力争到  2025 年底前,全市质量水平明显提升";
        assertEquals(List.of(new YearScopeTracker.YearMarker(5, 18, 2025)), markers(text));
    }

    @Test
    void everyMarkerOfAParagraphIsFoundAfterNonMarkerYears() {
        String text = "较2020年提高。2023—2027年期间,到2025年,达到90%;至2030年底,达到95%";
        assertEquals(List.of(new YearScopeTracker.YearMarker(22, 28, 2025),
                new YearScopeTracker.YearMarker(35, 42, 2030)), markers(text));
    }

    @Test
    void textWithoutAYearBefore年HasNoMarker() {
        assertEquals(List.of(), markers("每年新增10家,三年内完成,2025 项目"));
    }

    @Test
    void markerIsFoundInASubRangeOnly() {
        String text = "到2025年,甲。到2030年,乙。";
        assertEquals(List.of(new YearScopeTracker.YearMarker(9, 15, 2030)),
                YearScopeTracker.markers(text, new TextSpan(8, text.length())));
    }
}

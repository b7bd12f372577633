package org.policylens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StyledRunsTest {

    @Test
    void cutsAtSpanEdgesAndMergesOverlappingClasses() {
        var runs = StyledRuns.cut("加强标准建设", List.of(new PassageDecorator.Span(2, 4, "search-hit", null),
                new PassageDecorator.Span(3, 6, "target", "目标")), 0);
        assertEquals(List.of("加强", "标", "准", "建设"), runs.stream().map(StyledRuns.Run::text).toList());
        assertEquals(List.of(), runs.get(0).classes());
        assertEquals(List.of("search-hit", "target"), runs.get(2).classes());
        assertEquals("目标", runs.get(3).tooltip());
    }

    @Test
    void spansAreCodePointsAndRunsAreCharIndices() {
        String text = "𠀀质量"; // one supplementary character (two chars) before the hit
        var runs = StyledRuns.cut(text, List.of(new PassageDecorator.Span(1, 3, "find-hit", null)), 0);
        assertEquals("质量", runs.get(1).text());
        assertEquals(2, runs.get(1).start());
        assertEquals(4, runs.get(1).end());
    }

    @Test
    void marksTheHeadingPart() {
        var runs = StyledRuns.cut("（一）加强标准。正文", List.of(), 8);
        assertEquals("（一）加强标准。", runs.get(0).text());
        assertTrue(runs.get(0).heading());
        assertFalse(runs.get(1).heading());
    }

    @Test
    void simplifiedDisplayKeepsPunctuationAndLength() {
        String traditional = "開展質量強市活動，（一）";
        String shown = SimplifiedDisplay.of(traditional);
        assertEquals("开展质量强市活动，（一）", shown);
        assertEquals(traditional.length(), shown.length());
    }
}

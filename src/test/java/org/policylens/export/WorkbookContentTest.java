package org.policylens.export;

import org.junit.jupiter.api.Test;
import org.policylens.model.Comparator;
import org.policylens.model.RecordStatus;
import org.policylens.model.Target;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkbookContentTest {

    private static TargetRow target(long id, RecordStatus status) {
        return new TargetRow(id, "a", "", "", "k", new Target("x", 1, null, null, Comparator.EQUAL, null, false, "q", 0, 1),
                status);
    }

    private static WorkbookContent content(List<TargetRow> targets, List<TargetComparisonRow> comparison) {
        return new WorkbookContent(ZonedDateTime.now(), null, null, List.of(), null, List.of(), List.of(), comparison,
                targets, List.of(), null);
    }

    @Test
    void rejectedTargetsAndTheComparisonCellsPointingAtThemAreDropped() {
        WorkbookContent content = content(List.of(target(1, RecordStatus.AUTO), target(2, RecordStatus.REJECTED)),
                List.of(new TargetComparisonRow("k", "K", Map.of("a", List.of(1L, 2L))),
                        new TargetComparisonRow("only-rejected", "", Map.of("a", List.of(2L)))));
        assertEquals(List.of(1L), content.targets().stream().map(TargetRow::id).toList());
        assertEquals(1, content.targetComparison().size());
        assertEquals(Map.of("a", List.of(1L)), content.targetComparison().get(0).targetIdsByDocument());
    }

    @Test
    void defaultsAreChineseAndADevelopmentVersion() {
        WorkbookContent content = content(List.of(), List.of());
        assertEquals(ExportLanguage.ZH, content.language());
        assertEquals("development", content.appVersion());
        assertEquals(List.of(), content.annotations());
    }

    @Test
    void duplicateTargetIdsAreRefusedBecauseLinksWouldBeAmbiguous() {
        assertThrows(IllegalArgumentException.class,
                () -> content(List.of(target(1, RecordStatus.AUTO), target(1, RecordStatus.EDITED)), List.of()));
    }

    @Test
    void languageCodes() {
        assertEquals(ExportLanguage.EN, ExportLanguage.fromCode(" EN "));
        assertEquals(ExportLanguage.ZH, ExportLanguage.of(java.util.Locale.CHINA));
        assertThrows(IllegalArgumentException.class, () -> ExportLanguage.fromCode("fr"));
    }
}

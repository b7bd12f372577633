package org.policylens.ui.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylens.model.Comparator;
import org.policylens.model.Target;

class TargetCellFormatTest {

    private final TargetCellFormat format = new TargetCellFormat("/年");

    private static Target target(double value, Double max, String unit, Comparator comparator, Integer year,
                                 boolean perYear) {
        return new Target("制造业产品质量合格率", value, max, unit, comparator, year, perYear, "quote", 0, 5);
    }

    @Test
    void atLeastWithYear() {
        assertEquals("≥94% (2025)", format.format(target(94, null, "%", Comparator.AT_LEAST, 2025, false)));
    }

    @Test
    void risingYearsReadAsAProgression() {
        assertEquals("92% (2023) → 94% (2025)", format.format(List.of(
                target(92, null, "%", Comparator.EQUAL, 2023, false),
                target(94, null, "%", Comparator.EQUAL, 2025, false))));
        assertEquals("≥92% (2023) → 94% (2025)", format.format(List.of(
                target(92, null, "%", Comparator.AT_LEAST, 2023, false),
                target(94, null, "%", Comparator.EQUAL, 2025, false))));
    }

    @Test
    void targetsThatAreNotAProgressionAreListed() {
        assertEquals("≈20家/年 · ≈60家/年", format.format(List.of(
                target(20, null, "家", Comparator.ABOUT, null, true),
                target(60, null, "家", Comparator.ABOUT, null, true))));
        assertEquals("2个 (2025) · 20个 (2025)", format.format(List.of(
                target(2, null, "个", Comparator.EQUAL, 2025, false),
                target(20, null, "个", Comparator.EQUAL, 2025, false))));
    }

    @Test
    void rangesAndPercentagePoints() {
        assertEquals("1–3个百分点/年", format.format(target(1, 3.0, "个百分点", Comparator.EQUAL, null, true)));
        assertEquals("1–2个", format.format(target(1, 2.0, "个", Comparator.EQUAL, null, false)));
    }

    @Test
    void numbersAsWrittenWithoutUnitOrExponent() {
        assertEquals("2.5万亿元 (2022)", format.format(target(2.5, null, "万亿元", Comparator.EQUAL, 2022, false)));
        assertEquals("≥100 (2022)", format.format(target(100, null, null, Comparator.AT_LEAST, 2022, false)));
        assertEquals("≤0.35吨", format.format(target(0.35, null, "吨", Comparator.AT_MOST, null, false)));
        assertEquals("6000家", format.format(target(6000, null, "家", Comparator.EQUAL, null, false)));
    }

    @Test
    void emptyCellIsEmpty() {
        assertEquals("", format.format(List.of()));
    }
}

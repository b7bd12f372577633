package org.policylens.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One canonical indicator of the target comparison and, per document, the targets grouped under it. Cells refer
 * to {@link TargetRow#id()} rather than repeating values, so a comparison cell and its detail row cannot disagree.
 *
 * @param indicatorKey   the canonical indicator group's key
 * @param indicatorName  its name in the workbook's language
 * @param targetIdsByDocument per document slug, the ids of its targets for this indicator (in display order,
 *                       e.g. by year); documents without one are simply absent
 */
public record TargetComparisonRow(String indicatorKey, String indicatorName, Map<String, List<Long>> targetIdsByDocument) {

    public TargetComparisonRow {
        Objects.requireNonNull(indicatorKey, "indicatorKey");
        indicatorName = indicatorName == null || indicatorName.isBlank() ? indicatorKey : indicatorName;
        Map<String, List<Long>> copy = new LinkedHashMap<>();
        targetIdsByDocument.forEach((document, ids) -> copy.put(document, List.copyOf(ids)));
        targetIdsByDocument = java.util.Collections.unmodifiableMap(copy);
    }

    /** The most targets any one document has for this indicator: how many sheet rows the indicator needs. */
    public int depth() {
        return targetIdsByDocument.values().stream().mapToInt(List::size).max().orElse(0);
    }
}

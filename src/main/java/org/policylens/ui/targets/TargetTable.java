package org.policylens.ui.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policylens.model.TargetRecord;
import org.policylens.service.TargetService.TargetRow;

/**
 * Builds the rows of the targets view from the library's targets: one row per indicator group, in order of first
 * appearance, one cell per compared document with its records by year. The groups come from the service (computed
 * over the whole library), so a row's key does not depend on which documents are compared.
 */
final class TargetTable {

    private static final Comparator<TargetRecord> BY_YEAR = Comparator
            .comparing((TargetRecord r) -> r.target().year() == null ? Integer.MIN_VALUE : r.target().year())
            .thenComparingInt(r -> r.target().start());

    private TargetTable() {
    }

    static List<TargetTableRow> rows(List<TargetRow> library, List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, List<TargetRecord>>> cells = new LinkedHashMap<>();
        for (TargetRow row : library) {
            if (!wanted.contains(row.record().document())) {
                continue;
            }
            names.putIfAbsent(row.indicatorKey(), row.indicatorName());
            // Only cells that hold records are made: with every document compared, a row per indicator times
            // 3,000 columns of mostly empty lists was rebuilt on every change of selection or filter.
            cells.computeIfAbsent(row.indicatorKey(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.record().document(), d -> new ArrayList<>()).add(row.record());
        }
        List<TargetTableRow> out = new ArrayList<>();
        cells.forEach((key, byDocument) -> {
            Map<String, List<TargetRecord>> sorted = new LinkedHashMap<>();
            byDocument.forEach((slug, records) -> sorted.put(slug, records.stream().sorted(BY_YEAR).toList()));
            out.add(new TargetTableRow(key, names.get(key), sorted));
        });
        return out;
    }
}

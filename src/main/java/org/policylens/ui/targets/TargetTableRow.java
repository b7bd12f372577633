package org.policylens.ui.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.policylens.model.RecordStatus;
import org.policylens.model.Target;
import org.policylens.model.TargetRecord;

/**
 * One row of the targets view: a canonical indicator group and, per compared document, its records in year order.
 *
 * @param key   the indicator group's key
 * @param name  the group's Chinese name
 * @param cells document slug → its records, for the compared documents that set any ({@link #cell} gives an empty
 *              list for the others)
 */
public record TargetTableRow(String key, String name, Map<String, List<TargetRecord>> cells) {

    public TargetTableRow {
        cells = Map.copyOf(cells);
    }

    public List<TargetRecord> cell(String slug) {
        return cells.getOrDefault(slug, List.of());
    }

    public List<Target> targets(String slug) {
        return cell(slug).stream().map(TargetRecord::target).toList();
    }

    /** How many compared documents set a target for this indicator. */
    public int documentsWithTargets() {
        return (int) cells.values().stream().filter(c -> !c.isEmpty()).count();
    }

    /** Every record of the row, document by document in the given column order. */
    public List<TargetRecord> records(List<String> columns) {
        List<TargetRecord> out = new ArrayList<>();
        columns.forEach(slug -> out.addAll(cell(slug)));
        return out;
    }

    public TreeSet<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        cells.values().forEach(c -> c.forEach(r -> {
            if (r.target().year() != null) {
                years.add(r.target().year());
            }
        }));
        return years;
    }

    /** True when the user corrected a record of this cell: the table marks such cells. */
    public boolean isEdited(String slug) {
        return cell(slug).stream().anyMatch(r -> r.status() == RecordStatus.EDITED);
    }

    public boolean isConfirmed(String slug) {
        List<TargetRecord> cell = cell(slug);
        return !cell.isEmpty() && cell.stream().allMatch(r -> r.status() == RecordStatus.CONFIRMED);
    }
}

package org.policylens.ui.targets;

import java.util.Map;
import java.util.Set;
import org.policylens.model.TargetRecord;

/**
 * Which rows the targets view shows.
 *
 * @param theme      a theme code: only indicators with a target in a passage of that theme; null for all
 * @param year       only indicators with a target for that year; null for all
 * @param sharedOnly only indicators that at least two compared documents set
 */
record TargetFilter(String theme, Integer year, boolean sharedOnly) {

    static final TargetFilter NONE = new TargetFilter(null, null, false);

    /** @param themesByTarget target id → theme codes of the passage the target was read from */
    boolean accepts(TargetTableRow row, Map<Long, Set<String>> themesByTarget) {
        if (sharedOnly && row.documentsWithTargets() < 2) {
            return false;
        }
        if (year != null && !row.years().contains(year)) {
            return false;
        }
        if (theme != null) {
            return row.cells().values().stream().flatMap(cell -> cell.stream()).map(TargetRecord::id)
                    .anyMatch(id -> themesByTarget.getOrDefault(id, Set.of()).contains(theme));
        }
        return true;
    }
}

package org.policylens.ui.subsidies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policylens.model.SubsidyRecord;

/**
 * Arranges subsidies into families for the compared documents. Families are formed over the whole library in library
 * order, so a family's name does not change with the selection; families several documents share come first, since
 * they are what a comparison is about.
 */
final class SubsidyTable {

    private SubsidyTable() {
    }

    static List<SubsidyFamilyRow> families(List<SubsidyRecord> library, List<String> columns) {
        SubsidyFamilies families = new SubsidyFamilies();
        Map<SubsidyFamilies.Family, List<SubsidyRecord>> members = new LinkedHashMap<>();
        for (SubsidyRecord r : library) {
            SubsidyFamilies.Family family = families.familyOf(r.subsidy().item());
            List<SubsidyRecord> list = members.computeIfAbsent(family, f -> new ArrayList<>());
            if (columns.contains(r.document())) {
                list.add(r);
            }
        }
        Comparator<SubsidyRecord> order = Comparator.comparingInt((SubsidyRecord r) -> columns.indexOf(r.document()))
                .thenComparing(r -> -r.subsidy().amountYuan());
        List<SubsidyFamilyRow> out = new ArrayList<>();
        members.forEach((family, list) -> {
            if (!list.isEmpty()) {
                out.add(new SubsidyFamilyRow(family.key(), family.label(), list.stream().sorted(order).toList()));
            }
        });
        // A stable sort: among families shared by as many documents, the library's order stays.
        out.sort(Comparator.comparingLong(SubsidyFamilyRow::documentCount).reversed());
        return out;
    }
}

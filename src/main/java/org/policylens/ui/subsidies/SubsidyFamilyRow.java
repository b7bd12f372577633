package org.policylens.ui.subsidies;

import java.util.List;
import org.policylens.model.SubsidyRecord;

/**
 * A family of subsidy items across the compared documents (e.g. every region's reward for 中国质量奖).
 *
 * @param key     the family's key (its folded core text)
 * @param label   what the family is called in the table and chart
 * @param members its records in the compared documents, by document in column order, larger amounts first
 */
public record SubsidyFamilyRow(String key, String label, List<SubsidyRecord> members) {

    public SubsidyFamilyRow {
        members = List.copyOf(members);
    }

    /** The largest amount of the family: what the family row shows and sorts by. */
    public long maxAmount() {
        return members.stream().mapToLong(r -> r.subsidy().amountYuan()).max().orElse(0);
    }

    public long documentCount() {
        return members.stream().map(SubsidyRecord::document).distinct().count();
    }
}

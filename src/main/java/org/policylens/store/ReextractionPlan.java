package org.policylens.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policylens.model.RecordStatus;

/**
 * How a fresh extraction of one document is merged with the records already stored for it, so that a user's
 * decision is never overwritten:
 * <ul>
 *   <li>a fresh record that is the same as a stored auto record updates that row (its id, and a group the user
 *       moved it to, survive);</li>
 *   <li>a fresh record that is the same as a confirmed, edited or rejected record is dropped: the user decided;</li>
 *   <li>other fresh records are inserted as auto; stored auto records that nothing matched are deleted.</li>
 * </ul>
 * "The same" is the identity the store keeps for every record: its quote, the quote's offsets and the value the
 * extractor read (not the row id, and not the fields a user can edit). Several records may share an identity (two
 * indicators given one value in one clause), so matching pairs them one to one, preferring a stored record whose
 * extracted name (indicator or item) is also the same.
 */
final class ReextractionPlan {

    /** A stored record as the plan sees it. */
    record Stored(long id, RecordStatus status, String identity, String originName) {
    }

    /** A freshly extracted record as the plan sees it. */
    record Fresh(String identity, String name) {
    }

    /** fresh index → id of the auto row it updates */
    final Map<Integer, Long> updates = new LinkedHashMap<>();
    /** fresh indexes to insert as new auto rows */
    final List<Integer> inserts = new ArrayList<>();
    /** auto rows the fresh extraction no longer yields */
    final List<Long> deletes = new ArrayList<>();

    private ReextractionPlan() {
    }

    static ReextractionPlan of(List<Stored> stored, List<Fresh> fresh) {
        ReextractionPlan plan = new ReextractionPlan();
        Stored[] pairedWith = new Stored[fresh.size()];
        Set<Long> used = new HashSet<>();
        for (boolean sameName : new boolean[] {true, false}) {
            for (int i = 0; i < fresh.size(); i++) {
                if (pairedWith[i] != null) {
                    continue;
                }
                Fresh f = fresh.get(i);
                for (Stored s : stored) {
                    if (!used.contains(s.id()) && s.identity().equals(f.identity())
                            && (!sameName || s.originName().equals(f.name()))) {
                        pairedWith[i] = s;
                        used.add(s.id());
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < fresh.size(); i++) {
            Stored s = pairedWith[i];
            if (s == null) {
                plan.inserts.add(i);
            } else if (!s.status().isUserDecision()) {
                plan.updates.put(i, s.id());
            }
        }
        for (Stored s : stored) {
            if (!s.status().isUserDecision() && !used.contains(s.id())) {
                plan.deletes.add(s.id());
            }
        }
        return plan;
    }
}

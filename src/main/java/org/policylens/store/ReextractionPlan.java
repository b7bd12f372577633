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
 * extracted name (indicator or item) is also the same. When a new version of the document moved the text, offsets
 * no longer agree: then the quote and value alone pair a record with the nearest fresh one, and the stored record
 * moves to the fresh offsets ({@link #moves}), so a user's decision follows its clause.
 */
final class ReextractionPlan {

    /**
     * A stored record as the plan sees it.
     *
     * @param identity      quote, offsets and extracted value
     * @param looseIdentity quote and extracted value, without offsets
     */
    record Stored(long id, RecordStatus status, String identity, String looseIdentity, String originName, int start) {
    }

    /** A freshly extracted record as the plan sees it. */
    record Fresh(String identity, String looseIdentity, String name, int start) {
    }

    /** fresh index → id of the auto row it updates */
    final Map<Integer, Long> updates = new LinkedHashMap<>();
    /** fresh indexes to insert as new auto rows */
    final List<Integer> inserts = new ArrayList<>();
    /** auto rows the fresh extraction no longer yields */
    final List<Long> deletes = new ArrayList<>();
    /** id of a stored row (auto or decided by the user) → fresh index whose offsets it takes */
    final Map<Long, Integer> moves = new LinkedHashMap<>();

    private ReextractionPlan() {
    }

    static ReextractionPlan of(List<Stored> stored, List<Fresh> fresh) {
        ReextractionPlan plan = new ReextractionPlan();
        Stored[] pairedWith = new Stored[fresh.size()];
        Set<Long> used = new HashSet<>();
        for (boolean exact : new boolean[] {true, false}) {
            for (boolean sameName : new boolean[] {true, false}) {
                for (int i = 0; i < fresh.size(); i++) {
                    if (pairedWith[i] == null) {
                        Stored match = best(stored, used, fresh.get(i), exact, sameName);
                        if (match != null) {
                            pairedWith[i] = match;
                            used.add(match.id());
                        }
                    }
                }
            }
        }
        for (int i = 0; i < fresh.size(); i++) {
            Stored s = pairedWith[i];
            if (s != null && !s.identity().equals(fresh.get(i).identity())) {
                plan.moves.put(s.id(), i);
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

    /** The unused stored record that is the same as {@code f}; among loose matches, the one nearest to it. */
    private static Stored best(List<Stored> stored, Set<Long> used, Fresh f, boolean exact, boolean sameName) {
        Stored best = null;
        for (Stored s : stored) {
            boolean same = exact ? s.identity().equals(f.identity()) : s.looseIdentity().equals(f.looseIdentity());
            if (!used.contains(s.id()) && same && (!sameName || s.originName().equals(f.name()))
                    && (best == null || Math.abs(s.start() - f.start()) < Math.abs(best.start() - f.start()))) {
                best = s;
            }
        }
        return best;
    }
}

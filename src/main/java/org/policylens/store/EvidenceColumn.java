package org.policylens.store;

import java.util.ArrayList;
import java.util.List;
import org.policylens.model.Evidence;

/**
 * The evidence column of passage_theme. Since schema 10 it is written compactly: per item its start, end, weight and
 * term joined by char(31), items joined by char(30), nothing for no evidence; e.g. {@code 12␟16␟1␟质量强市}. The JSON
 * that libraries before hold ({@link EvidenceJson}: {@code [{"term":"质量强市","start":12,"end":16,"weight":1.0}]},
 * about three times as long) is still read, and still written for the rare evidence the compact form cannot hold (a
 * null term, or a term containing a separator). The two cannot be confused: JSON starts with '[', the compact form
 * with a digit or '-' (a start offset), or is empty.
 */
final class EvidenceColumn {

    private static final char ITEM = '\u001e';
    private static final char FIELD = '\u001f';

    private EvidenceColumn() {
    }

    static String write(List<Evidence> evidence) {
        StringBuilder out = new StringBuilder(evidence.size() * 24);
        for (Evidence e : evidence) {
            if (e.term() == null || e.term().indexOf(ITEM) >= 0 || e.term().indexOf(FIELD) >= 0) {
                return EvidenceJson.write(evidence);
            }
            if (!out.isEmpty()) {
                out.append(ITEM);
            }
            out.append(e.start()).append(FIELD).append(e.end()).append(FIELD);
            appendWeight(out, e.weight());
            out.append(FIELD).append(e.term());
        }
        return out.toString();
    }

    /** A weight as the shortest text that parses back to the same double; "1" rather than "1.0". */
    private static void appendWeight(StringBuilder out, double weight) {
        int whole = (int) weight;
        if (whole == weight && (whole != 0 || Double.doubleToRawLongBits(weight) == 0)) {
            // Most weights are whole (1, 2, 3): skip Double.toString, the dearest part of writing evidence.
            out.append(whole);
            return;
        }
        String text = Double.toString(weight);
        out.append(text, 0, text.endsWith(".0") ? text.length() - 2 : text.length());
    }

    /** Reads either form. */
    static List<Evidence> read(String stored) {
        if (stored.startsWith("[")) {
            return EvidenceJson.read(stored);
        }
        if (stored.isEmpty()) {
            return List.of();
        }
        List<Evidence> out = new ArrayList<>();
        int at = 0;
        while (true) {
            int startEnd = field(stored, at);
            int endEnd = field(stored, startEnd + 1);
            int weightEnd = field(stored, endEnd + 1);
            int termEnd = stored.indexOf(ITEM, weightEnd + 1);
            termEnd = termEnd < 0 ? stored.length() : termEnd;
            try {
                out.add(new Evidence(stored.substring(weightEnd + 1, termEnd),
                        Integer.parseInt(stored, at, startEnd, 10), Integer.parseInt(stored, startEnd + 1, endEnd, 10),
                        Double.parseDouble(stored.substring(endEnd + 1, weightEnd))));
            } catch (NumberFormatException e) {
                throw malformed(stored);
            }
            if (termEnd == stored.length()) {
                return List.copyOf(out);
            }
            at = termEnd + 1;
        }
    }

    /** Where the field that begins at {@code from} ends (at a field separator before the item's end). */
    private static int field(String stored, int from) {
        int end = stored.indexOf(FIELD, from);
        int itemEnd = stored.indexOf(ITEM, from);
        if (end < 0 || itemEnd >= 0 && itemEnd < end) {
            throw malformed(stored);
        }
        return end;
    }

    private static StoreException malformed(String stored) {
        return new StoreException("stored theme evidence is neither JSON nor start␟end␟weight␟term items: " + stored);
    }
}

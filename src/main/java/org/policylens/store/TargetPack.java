package org.policylens.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policylens.model.Comparator;
import org.policylens.model.RecordStatus;
import org.policylens.model.Target;
import org.policylens.model.TargetRecord;

/**
 * A document's targets packed into one text (table target_pack, made by the view target_packed of migration V9): the
 * whole library is read as one value per document instead of ~100,000 rows of 13 columns, whose per-column driver
 * calls cost three quarters of building the target comparison. A pack is derived data: every write of targets in
 * {@link TargetRepository} rewrites the packs of the documents it touched, in its transaction, and triggers delete the
 * pack of a document whose target rows change any other way, so a pack that exists is up to date.
 */
final class TargetPack {

    private static final byte FIELD = 0x1f;
    private static final byte TARGET = 0x1e;

    /**
     * Strings a library repeats (indicators, units, group keys) and years, one copy each per read, as
     * {@link TargetRepository}'s row reader keeps them.
     */
    private final Map<String, String> strings = new HashMap<>();
    private final Map<Integer, Integer> years = new HashMap<>();

    /** Rewrites the pack of a document from its target rows (none when it has no targets). */
    static void rewrite(Connection c, long documentId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT OR REPLACE INTO target_pack (document_id, rows)
                SELECT document_id, rows FROM target_packed WHERE document_id = ?""")) {
            st.setLong(1, documentId);
            st.executeUpdate();
        }
    }

    /** Rewrites the packs of the documents these targets belong to, once per document. */
    static void rewriteDocumentsOf(Connection c, Collection<Long> targetIds) throws SQLException {
        Set<Long> documents = new LinkedHashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT document_id FROM target WHERE id = ?")) {
            for (long id : targetIds) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        documents.add(rs.getLong(1));
                    }
                }
            }
        }
        for (long document : documents) {
            rewrite(c, document);
        }
    }

    /** Appends the targets of one document's pack to {@code out}, in library order. */
    void read(byte[] pack, RecordTable.DocumentRef document, List<TargetRecord> out) {
        Fields fields = new Fields(pack);
        while (fields.hasMore()) {
            long id = fields.nextLong();
            RecordStatus status = status(fields.next());
            String indicator = shared(fields.next());
            double value = number(fields.next());
            String valueMax = fields.next();
            String unit = nullableText(fields.next());
            Comparator comparator = Comparator.fromSymbol(fields.next());
            String year = fields.next();
            boolean perYear = fields.next().equals("1");
            String quote = fields.next();
            int start = Math.toIntExact(fields.nextLong());
            int end = Math.toIntExact(fields.nextLong());
            String groupKey = nullableText(fields.next());
            fields.endTarget();
            Target target = new Target(indicator, value, valueMax.isEmpty() ? null : number(valueMax), unit,
                    comparator, year.isEmpty() ? null : years.computeIfAbsent(Integer.parseInt(year), y -> y),
                    perYear, quote, start, end);
            out.add(new TargetRecord(id, document.slug(), document.region(), target, status, groupKey));
        }
    }

    private String shared(String value) {
        return strings.computeIfAbsent(value, s -> s);
    }

    /** A nullable text is packed as '' for NULL and '=' before the text otherwise. */
    private String nullableText(String packed) {
        return packed.isEmpty() ? null : shared(packed.substring(1));
    }

    /** SQLite writes a REAL as the shortest text that reads back as the same double, and infinities as Inf. */
    private static double number(String text) {
        return switch (text) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static RecordStatus status(String code) {
        return switch (code) {
            case "auto" -> RecordStatus.AUTO;
            case "confirmed" -> RecordStatus.CONFIRMED;
            case "edited" -> RecordStatus.EDITED;
            case "rejected" -> RecordStatus.REJECTED;
            default -> RecordStatus.fromCode(code);
        };
    }

    /**
     * The fields of a pack in order, read from its UTF-8 bytes (the separators are ASCII, so never part of another
     * character): no text of the whole pack is made, only one per field. Each target's last field ends at a target
     * separator or at the end.
     */
    private static final class Fields {

        private final byte[] pack;
        private int position;
        /** Whether the last field read was its target's last (a target separator or the end came after it). */
        private boolean targetEnded;

        Fields(byte[] pack) {
            this.pack = pack;
        }

        boolean hasMore() {
            return position < pack.length;
        }

        /** The next field of the current target. */
        String next() {
            int start = position;
            int end = endOfField();
            return new String(pack, start, end - start, StandardCharsets.UTF_8);
        }

        /** The next field, an integer written in decimal. */
        long nextLong() {
            int start = position;
            int end = endOfField();
            boolean negative = end > start && pack[start] == '-';
            int first = negative ? start + 1 : start;
            if (first == end || end - first > 18) {
                return Long.parseLong(new String(pack, start, end - start, StandardCharsets.US_ASCII));
            }
            long value = 0;
            for (int i = first; i < end; i++) {
                int digit = pack[i] - '0';
                if (digit < 0 || digit > 9) {
                    throw malformed("not an integer");
                }
                value = value * 10 + digit;
            }
            return negative ? -value : value;
        }

        /** Finds the end of the current field and moves past its separator. */
        private int endOfField() {
            if (targetEnded) {
                throw malformed("a target has fewer fields than expected");
            }
            int end = position;
            while (end < pack.length && pack[end] != FIELD && pack[end] != TARGET) {
                end++;
            }
            targetEnded = end == pack.length || pack[end] == TARGET;
            position = end + 1;
            return end;
        }

        /** Checks that the target's fields were all read; the next field is the next target's first. */
        void endTarget() {
            if (!targetEnded) {
                throw malformed("a target has more fields than expected");
            }
            targetEnded = false;
        }

        private StoreException malformed(String problem) {
            return new StoreException("unreadable target pack (" + problem + "): "
                    + new String(pack, 0, Math.min(pack.length, 200), StandardCharsets.UTF_8));
        }
    }
}

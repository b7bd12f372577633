package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The index of one- and two-character search terms ({@code passage_short}, migration V6): per passage, each distinct
 * unigram and bigram of the folded text with its number of occurrences (overlapping ones counted, as
 * {@link HitMarker} counts them), encoded in one token so that a term's tokens sort from the most occurrences down.
 */
final class ShortTermIndex {

    /** Digits of the inverted count; a count above {@link #MAX_COUNT} is stored as MAX_COUNT (a lower bound). */
    static final int COUNT_DIGITS = 6;
    static final int MAX_COUNT = 999_999;

    private ShortTermIndex() {
    }

    /**
     * Whether a search term can be answered from the index: one or two characters, none of them whitespace or an
     * ASCII control character (those are never indexed).
     */
    static boolean covers(String term) {
        int n = term.codePointCount(0, term.length());
        return (n == 1 || n == 2) && term.codePoints().allMatch(ShortTermIndex::indexable);
    }

    private static boolean indexable(int cp) {
        return cp > ' ' && cp != 0x7f;
    }

    /** The first token of a term's range: the most occurrences. */
    static String first(String term) {
        return prefix(term) + "0".repeat(COUNT_DIGITS);
    }

    /** The last token of a term's range that still has at least {@code count} occurrences. */
    static String atLeast(String term, int count) {
        return prefix(term) + inverted(Math.max(1, Math.min(count, MAX_COUNT)));
    }

    /** The occurrence count a token of {@code term}'s range stands for. */
    static int count(String token) {
        return MAX_COUNT - Integer.parseInt(token.substring(token.length() - COUNT_DIGITS));
    }

    private static String prefix(String term) {
        return term.codePointCount(0, term.length()) + term;
    }

    private static String inverted(int count) {
        String digits = Integer.toString(MAX_COUNT - count);
        return "0".repeat(COUNT_DIGITS - digits.length()) + digits;
    }

    /** The space-separated tokens for a passage's folded text. */
    static String tokens(String folded) {
        Map<String, int[]> counts = new HashMap<>();
        int previous = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (indexable(cp)) {
                counts.computeIfAbsent(folded.substring(i, next), k -> new int[1])[0]++;
                if (previous >= 0) {
                    counts.computeIfAbsent(folded.substring(previous, next), k -> new int[1])[0]++;
                }
                previous = i;
            } else {
                previous = -1;
            }
            i = next;
        }
        StringBuilder out = new StringBuilder(counts.size() * 12);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String gram = e.getKey();
            out.append(gram.codePointCount(0, gram.length()) == 1 ? '1' : '2').append(gram)
                    .append(inverted(Math.min(e.getValue()[0], MAX_COUNT)));
        }
        return out.toString();
    }

    /**
     * Indexes the passages of the documents just inserted: the one call the store makes per batch of new documents
     * (and per replaced document), after their passages are in.
     */
    static void indexDocuments(Connection c, List<Long> documentIds) throws SQLException {
        if (documentIds.isEmpty()) {
            return;
        }
        // Ids are longs, so joining them into the statement cannot inject anything.
        index(c, "SELECT id, folded FROM passage WHERE document_id IN ("
                + documentIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
    }

    /** Builds the index for every passage of an existing library (migration V6). */
    static void rebuild(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM passage_short");
        }
        index(c, "SELECT id, folded FROM passage");
    }

    private static void index(Connection c, String passages) throws SQLException {
        try (Statement read = c.createStatement(); ResultSet rs = read.executeQuery(passages);
             PreparedStatement st = c.prepareStatement("INSERT INTO passage_short (rowid, grams) VALUES (?, ?)")) {
            int pending = 0;
            while (rs.next()) {
                st.setLong(1, rs.getLong(1));
                st.setString(2, tokens(rs.getString(2)));
                st.addBatch();
                if (++pending == 1000) {
                    st.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                st.executeBatch();
            }
        }
    }
}

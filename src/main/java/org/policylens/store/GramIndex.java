package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the search index (migration V7): an inverted index of the unigrams and bigrams of every passage's folded text
 * (see {@link Grams}, {@link GramSegmentBuilder}), in segments. A segment covers a contiguous range of passage ids and
 * is written once, in the transaction that stores its passages; a batch of imported documents becomes one segment.
 *
 * <p>Why not SQLite's FTS5: its trigram index costs about 0.7 µs of CPU per character of text, so indexing a
 * 100 MB library alone takes longer than the whole import may; it cannot match one- or two-character terms (质, 质量),
 * which needed a second index. Building these postings in Java is about ten times cheaper, and one index answers terms
 * of any length.
 *
 * <p>Passages are never updated in place (a trigger forbids it). A deleted passage is recorded in
 * {@code gram_removed} by a trigger; {@link #compact} rebuilds the segments that held it, in the same transaction as
 * the delete. Small segments (documents imported one by one) are merged once a run of them builds up, so a search reads
 * a bounded number of rows per gram.
 */
final class GramIndex {

    /** A segment with fewer passages than this is small (a document or a few imported on their own). */
    static final int SMALL_SEGMENT = 1024;
    /** How many small segments may follow each other before they are merged into one. */
    static final int SMALL_RUN = 8;
    /** Passages per segment when the whole index is built at once. */
    static final int REBUILD_SEGMENT = 4096;

    private GramIndex() {
    }

    /** Indexes the passages of newly stored documents, as one segment. */
    static void indexDocuments(Connection c, List<Long> documentIds) throws SQLException {
        if (documentIds.isEmpty()) {
            return;
        }
        compact(c);
        long first;
        long last;
        try (PreparedStatement st = c.prepareStatement(
                "SELECT min(id), max(id) FROM passage WHERE document_id IN (SELECT value FROM json_each(?))")) {
            st.setString(1, documentIds.toString());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                first = rs.getLong(1);
                if (rs.wasNull()) {
                    return;
                }
                last = rs.getLong(2);
            }
        }
        // Never index a passage twice: a range starts after everything already indexed.
        first = Math.max(first, lastIndexedPassage(c) + 1);
        if (first <= last) {
            buildSegment(c, first, last);
        }
        mergeSmallTail(c);
    }

    /**
     * Indexes newly stored passages, as one segment, from grams computed before they were stored (see
     * {@link SearchForm}).
     *
     * @param passageIds the passages' ids, each with its grams at the same position of {@code grams}
     */
    static void indexPassages(Connection c, List<Long> passageIds, List<PassageGrams> grams) throws SQLException {
        if (passageIds.isEmpty()) {
            return;
        }
        compact(c);
        long after = lastIndexedPassage(c);
        Integer[] order = new Integer[passageIds.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing(passageIds::get));
        GramSegmentBuilder builder = new GramSegmentBuilder();
        for (int i : order) {
            // Never index a passage twice (the same guard as indexDocuments).
            if (passageIds.get(i) > after) {
                builder.add(passageIds.get(i), grams.get(i));
            }
        }
        if (!builder.isEmpty()) {
            write(c, builder);
        }
        mergeSmallTail(c);
    }

    /** Removes deleted passages from the index by rebuilding the segments that held them. */
    static void compact(Connection c) throws SQLException {
        List<Long> removed = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT passage_id FROM gram_removed ORDER BY passage_id")) {
            while (rs.next()) {
                removed.add(rs.getLong(1));
            }
        }
        if (removed.isEmpty()) {
            return;
        }
        for (long[] segment : segments(c)) {
            boolean touched = removed.stream().anyMatch(id -> id >= segment[1] && id <= segment[2]);
            if (touched) {
                deleteSegment(c, segment[0]);
                buildSegment(c, segment[1], segment[2]);
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM gram_removed");
        }
    }

    /** Builds the whole index anew from the stored passages (migration V7). */
    static void rebuild(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM gram_posting");
            st.execute("DELETE FROM gram_segment");
            st.execute("DELETE FROM gram_removed");
        }
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery(
                     "SELECT id, " + FoldedColumn.sql("passage") + " FROM passage ORDER BY id")) {
            GramSegmentBuilder builder = new GramSegmentBuilder();
            while (rs.next()) {
                builder.add(rs.getLong(1), rs.getString(2));
                if (builder.passages() == REBUILD_SEGMENT) {
                    write(c, builder);
                    builder = new GramSegmentBuilder();
                }
            }
            if (!builder.isEmpty()) {
                write(c, builder);
            }
        }
    }

    /** Merges the newest segments into one once {@link #SMALL_RUN} small ones follow each other. */
    private static void mergeSmallTail(Connection c) throws SQLException {
        List<long[]> segments = segments(c);
        int run = 0;
        for (int i = segments.size() - 1; i >= 0 && segments.get(i)[3] < SMALL_SEGMENT; i--) {
            run++;
        }
        if (run < SMALL_RUN) {
            return;
        }
        List<long[]> tail = segments.subList(segments.size() - run, segments.size());
        for (long[] segment : tail) {
            deleteSegment(c, segment[0]);
        }
        buildSegment(c, tail.get(0)[1], tail.get(tail.size() - 1)[2]);
    }

    private static long lastIndexedPassage(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(last_passage), 0) FROM gram_segment")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every segment as {id, first passage, last passage, passages}, oldest first. */
    private static List<long[]> segments(Connection c) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, first_passage, last_passage, passages FROM gram_segment ORDER BY first_passage")) {
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            }
        }
        return out;
    }

    private static void buildSegment(Connection c, long first, long last) throws SQLException {
        GramSegmentBuilder builder = new GramSegmentBuilder();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, " + FoldedColumn.sql("passage") + " FROM passage WHERE id BETWEEN ? AND ? ORDER BY id")) {
            st.setLong(1, first);
            st.setLong(2, last);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    builder.add(rs.getLong(1), rs.getString(2));
                }
            }
        }
        if (!builder.isEmpty()) {
            write(c, builder);
        }
    }

    private static void write(Connection c, GramSegmentBuilder builder) throws SQLException {
        long segment;
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO gram_segment (first_passage, last_passage, passages, characters, lengths, buckets)
                VALUES (?, ?, ?, ?, ?, ?)
                RETURNING id""")) {
            st.setLong(1, builder.firstPassage());
            st.setLong(2, builder.lastPassage());
            st.setInt(3, builder.passages());
            st.setLong(4, builder.characters());
            st.setBytes(5, builder.lengths());
            st.setInt(6, builder.buckets());
            segment = Database.insertedId(st);
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO gram_posting (segment_id, bucket, postings) VALUES (?, ?, ?)")) {
            int pending = 0;
            byte[][] buckets = builder.bucketContents();
            for (int b = 0; b < buckets.length; b++) {
                if (buckets[b].length == 0) {
                    continue;
                }
                st.setLong(1, segment);
                st.setInt(2, b);
                st.setBytes(3, buckets[b]);
                st.addBatch();
                if (++pending == 4096) {
                    st.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                st.executeBatch();
            }
        }
    }

    private static void deleteSegment(Connection c, long segment) throws SQLException {
        for (String sql : List.of("DELETE FROM gram_posting WHERE segment_id = ?",
                "DELETE FROM gram_segment WHERE id = ?")) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, segment);
                st.executeUpdate();
            }
        }
    }
}

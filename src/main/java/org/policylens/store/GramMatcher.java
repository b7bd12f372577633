package org.policylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the passages that contain a search term, with its number of occurrences in each, from the index that
 * {@link GramIndex} writes. A term of one code point is a unigram lookup and of two a bigram lookup. A longer term is a
 * phrase of bigrams: a passage matches at offset p when each bigram of a covering subset (the 1st, 3rd, 5th … and the
 * last) starts at p plus its offset in the term. Occurrences are counted overlapping ({@code aa} twice in
 * {@code aaa}), as {@link HitMarker} counts them. Works within one read of the library (the caller's connection).
 */
final class GramMatcher {

    /** Passages in ascending id order with the term's occurrences in each. */
    record TermMatches(long[] passages, int[] counts) {

        int size() {
            return passages.length;
        }
    }

    /** One segment's postings of a gram: the segment's first passage id (the base of the differences) and bytes. */
    private record SegmentPosting(long segment, long base, byte[] bytes) {
    }

    /**
     * Each segment's passage lengths (ids and lengths, ascending), kept across searches. Safe because a segment is
     * never changed once written and segment ids are never reused (AUTOINCREMENT); segments that no longer exist are
     * dropped whenever a search lists the segments, so it holds at most the library's passages.
     */
    static final class LengthCache {
        private final Map<Long, long[][]> bySegment = new java.util.concurrent.ConcurrentHashMap<>();
    }

    private final Connection connection;
    private final long passages;
    private final long characters;
    private final Map<Long, long[][]> lengthsBySegment;
    private long[] segmentStarts;
    private long[] segmentIds;
    private int[] segmentBuckets;

    private GramMatcher(Connection connection, long passages, long characters, LengthCache lengths) {
        this.connection = connection;
        this.passages = passages;
        this.characters = characters;
        this.lengthsBySegment = lengths.bySegment;
    }

    static GramMatcher open(Connection c, LengthCache lengths) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT coalesce(sum(passages), 0), coalesce(sum(characters), 0) FROM gram_segment")) {
            rs.next();
            return new GramMatcher(c, rs.getLong(1), rs.getLong(2), lengths);
        }
    }

    /** Passages in the index (for ranking). */
    long passages() {
        return passages;
    }

    /** Average passage length in code points (for ranking). */
    double averageLength() {
        return passages == 0 ? 0 : (double) characters / passages;
    }

    TermMatches match(String term) throws SQLException {
        int[] cps = term.codePoints().toArray();
        if (cps.length == 1) {
            return counts(Grams.unigram(cps[0]));
        }
        if (cps.length == 2) {
            return counts(Grams.bigram(cps[0], cps[1]));
        }
        return phrase(term, cps);
    }

    private TermMatches counts(long gram) throws SQLException {
        boolean bigram = Grams.isBigram(gram);
        LongIntList out = new LongIntList();
        for (SegmentPosting posting : postings(gram)) {
            VarInts.Reader r = new VarInts.Reader(posting.bytes());
            long passage = posting.base();
            while (r.hasMore()) {
                passage += r.read();
                int count = r.readInt();
                if (bigram) {
                    r.skip(count);
                }
                out.add(passage, count);
            }
        }
        return out.toMatches();
    }

    private TermMatches phrase(String term, int[] cps) throws SQLException {
        // Bigram i starts at code point i; cover the term with bigrams 0, 2, 4, … and the last one.
        List<Integer> cover = new ArrayList<>();
        for (int i = 0; i + 1 < cps.length; i += 2) {
            cover.add(i);
        }
        if (cover.get(cover.size() - 1) != cps.length - 2) {
            cover.add(cps.length - 2);
        }
        int k = cover.size();
        int[] charOffset = new int[k];
        List<Map<Long, SegmentPosting>> bySegment = new ArrayList<>(k);
        Map<Long, Map<Long, SegmentPosting>> fetched = new HashMap<>();
        List<SegmentPosting> driverPostings = null;
        for (int j = 0; j < k; j++) {
            int i = cover.get(j);
            charOffset[j] = term.offsetByCodePoints(0, i);
            long gram = Grams.bigram(cps[i], cps[i + 1]);
            Map<Long, SegmentPosting> postings = fetched.get(gram);
            if (postings == null) {
                postings = new HashMap<>();
                List<SegmentPosting> ordered = postings(gram);
                for (SegmentPosting p : ordered) {
                    postings.put(p.segment(), p);
                }
                fetched.put(gram, postings);
                if (j == 0) {
                    driverPostings = ordered;
                }
            }
            if (postings.isEmpty()) {
                return new TermMatches(new long[0], new int[0]);
            }
            bySegment.add(postings);
        }
        LongIntList out = new LongIntList();
        for (SegmentPosting driver : driverPostings) {
            Decoded[] lists = new Decoded[k];
            boolean all = true;
            for (int j = 0; j < k && all; j++) {
                SegmentPosting p = bySegment.get(j).get(driver.segment());
                all = p != null;
                if (all) {
                    lists[j] = Decoded.of(p);
                }
            }
            if (all) {
                matchSegment(lists, charOffset, out);
            }
        }
        return out.toMatches();
    }

    /** Intersects the decoded bigram lists of one segment by passage, then checks the offsets line up. */
    private static void matchSegment(Decoded[] lists, int[] charOffset, LongIntList out) {
        int[] at = new int[lists.length];
        Decoded driver = lists[0];
        for (int d = 0; d < driver.size; d++) {
            long passage = driver.passages[d];
            boolean everywhere = true;
            for (int j = 1; j < lists.length && everywhere; j++) {
                Decoded list = lists[j];
                while (at[j] < list.size && list.passages[at[j]] < passage) {
                    at[j]++;
                }
                everywhere = at[j] < list.size && list.passages[at[j]] == passage;
            }
            if (!everywhere) {
                continue;
            }
            int count = 0;
            for (int p = driver.positionStart[d]; p < driver.positionStart[d + 1]; p++) {
                int start = driver.positions[p];
                boolean aligned = true;
                for (int j = 1; j < lists.length && aligned; j++) {
                    Decoded list = lists[j];
                    aligned = Arrays.binarySearch(list.positions, list.positionStart[at[j]],
                            list.positionStart[at[j] + 1], start + charOffset[j]) >= 0;
                }
                if (aligned) {
                    count++;
                }
            }
            if (count > 0) {
                out.add(passage, count);
            }
        }
    }

    /** A passage's length in code points, from its segment's length list. */
    int lengthOf(long passage) throws SQLException {
        if (segmentStarts == null) {
            loadSegments();
        }
        int i = Arrays.binarySearch(segmentStarts, passage);
        int segment = i >= 0 ? i : -i - 2;
        if (segment < 0) {
            return 0;
        }
        long[][] lengths = lengthsBySegment.get(segmentIds[segment]);
        if (lengths == null) {
            lengths = readLengths(segmentIds[segment], segmentStarts[segment]);
            lengthsBySegment.put(segmentIds[segment], lengths);
        }
        int j = Arrays.binarySearch(lengths[0], passage);
        return j >= 0 ? (int) lengths[1][j] : 0;
    }

    private void loadSegments() throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, first_passage, buckets FROM gram_segment ORDER BY first_passage")) {
            while (rs.next()) {
                rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            }
        }
        segmentIds = rows.stream().mapToLong(r -> r[0]).toArray();
        segmentStarts = rows.stream().mapToLong(r -> r[1]).toArray();
        segmentBuckets = rows.stream().mapToInt(r -> (int) r[2]).toArray();
        // Forget segments that merges and compaction have replaced since, so the cache stays the library's size.
        java.util.Set<Long> current = new java.util.HashSet<>();
        for (long id : segmentIds) {
            current.add(id);
        }
        lengthsBySegment.keySet().retainAll(current);
    }

    private long[][] readLengths(long segment, long base) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT lengths FROM gram_segment WHERE id = ?")) {
            st.setLong(1, segment);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                VarInts.Reader r = new VarInts.Reader(rs.getBytes(1));
                LongIntList out = new LongIntList();
                long passage = base;
                while (r.hasMore()) {
                    passage += r.read();
                    out.add(passage, r.readInt());
                }
                TermMatches m = out.toMatches();
                long[] lengths = Arrays.stream(m.counts()).asLongStream().toArray();
                return new long[][] {m.passages(), lengths};
            }
        }
    }

    /** A gram's postings in every segment that has it, in passage order. */
    private List<SegmentPosting> postings(long gram) throws SQLException {
        if (segmentStarts == null) {
            loadSegments();
        }
        List<SegmentPosting> out = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT postings FROM gram_posting WHERE segment_id = ? AND bucket = ?")) {
            for (int i = 0; i < segmentIds.length; i++) {
                st.setLong(1, segmentIds[i]);
                st.setInt(2, Grams.bucket(gram, segmentBuckets[i]));
                try (ResultSet rs = st.executeQuery()) {
                    byte[] bytes = rs.next() ? find(rs.getBytes(1), gram) : null;
                    if (bytes != null) {
                        out.add(new SegmentPosting(segmentIds[i], segmentStarts[i], bytes));
                    }
                }
            }
        }
        return out;
    }

    /** A gram's postings within a bucket row, or null. */
    private static byte[] find(byte[] bucket, long gram) {
        VarInts.Reader r = new VarInts.Reader(bucket);
        while (r.hasMore()) {
            long key = r.read();
            int length = r.readInt();
            if (key == gram) {
                return r.readBytes(length);
            }
            r.skipBytes(length);
        }
        return null;
    }

    /** A bigram's postings in one segment, decoded: passages, and their offsets in one flat array. */
    private static final class Decoded {
        final long[] passages;
        final int[] positionStart;
        final int[] positions;
        final int size;

        private Decoded(long[] passages, int[] positionStart, int[] positions, int size) {
            this.passages = passages;
            this.positionStart = positionStart;
            this.positions = positions;
            this.size = size;
        }

        static Decoded of(SegmentPosting posting) {
            VarInts.Reader r = new VarInts.Reader(posting.bytes());
            long[] passages = new long[16];
            int[] starts = new int[17];
            int[] positions = new int[64];
            int n = 0;
            int p = 0;
            long passage = posting.base();
            while (r.hasMore()) {
                passage += r.read();
                int count = r.readInt();
                if (n + 1 >= passages.length) {
                    passages = Arrays.copyOf(passages, passages.length * 2);
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                if (p + count > positions.length) {
                    positions = Arrays.copyOf(positions, Math.max(positions.length * 2, p + count));
                }
                passages[n] = passage;
                starts[n] = p;
                int offset = 0;
                for (int i = 0; i < count; i++) {
                    offset += r.readInt();
                    positions[p++] = offset;
                }
                n++;
            }
            starts[n] = p;
            return new Decoded(passages, starts, positions, n);
        }
    }

    /** A growable list of (passage, count) pairs. */
    private static final class LongIntList {
        private long[] passages = new long[64];
        private int[] counts = new int[64];
        private int size;

        void add(long passage, int count) {
            if (size == passages.length) {
                passages = Arrays.copyOf(passages, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            passages[size] = passage;
            counts[size++] = count;
        }

        TermMatches toMatches() {
            return new TermMatches(Arrays.copyOf(passages, size), Arrays.copyOf(counts, size));
        }
    }
}

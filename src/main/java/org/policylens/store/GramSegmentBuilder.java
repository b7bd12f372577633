package org.policylens.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds one segment of the search index from passages given in ascending id order. Per gram it writes a posting
 * list: for each passage that has the gram, the id (as the difference to the previous one), the number of occurrences
 * and, for a bigram, the char offsets where it starts in the folded text (first absolute, then differences). Offsets
 * let a longer term be matched as a phrase of bigrams without reading passage text; unigrams only need their counts.
 * Per passage it also records the length in code points, which ranking (bm25) needs.
 *
 * <p>Postings are stored in buckets, not one row per gram: a batch of documents has tens of thousands of distinct
 * grams, and writing a row for each was most of the cost of storing an import. A bucket row holds, for each of its
 * grams, the gram's key, the length of its postings and the postings ({@link Grams#bucket} picks the row).
 */
final class GramSegmentBuilder {

    /** Grams per bucket row, on average: few rows to write, and a bucket stays small to read. */
    static final int GRAMS_PER_BUCKET = 16;

    private final LongIntHashMap segmentGrams;
    private final List<VarInts.Writer> postings = new ArrayList<>();
    private long[] gramKeys;
    private long[] lastPassage;

    private final VarInts.Writer lengths = new VarInts.Writer();
    private long lastLengthPassage;
    private long firstPassage = -1;
    private long lastPassageId = -1;
    private int passages;
    private long characters;

    GramSegmentBuilder() {
        this(1 << 14);
    }

    /** A builder sized for about {@code expectedGrams} distinct grams (it grows past that). */
    GramSegmentBuilder(int expectedGrams) {
        segmentGrams = new LongIntHashMap(expectedGrams);
        gramKeys = new long[expectedGrams];
        lastPassage = new long[expectedGrams];
    }

    /** Adds a passage; ids must ascend. */
    void add(long passageId, String folded) {
        add(passageId, PassageGrams.of(folded));
    }

    /** Adds a passage whose grams were computed beforehand; ids must ascend. */
    void add(long passageId, PassageGrams grams) {
        if (passageId <= lastPassageId) {
            throw new IllegalArgumentException("passages must be added in ascending id order");
        }
        if (firstPassage < 0) {
            firstPassage = passageId;
            lastLengthPassage = passageId;
        }
        lastPassageId = passageId;
        passages++;
        for (int i = 0; i < grams.keys.length; i++) {
            append(passageId, grams, i);
        }
        lengths.write(passageId - lastLengthPassage);
        lengths.write(grams.codePoints);
        lastLengthPassage = passageId;
        characters += grams.codePoints;
    }

    private void append(long passageId, PassageGrams grams, int i) {
        int gram = gram(grams.keys[i]);
        VarInts.Writer out = postings.get(gram);
        out.write(passageId - lastPassage[gram]);
        lastPassage[gram] = passageId;
        out.write(grams.counts[i]);
        int previous = 0;
        for (int o = grams.offsetStart[i]; o < grams.offsetStart[i + 1]; o++) {
            out.write(grams.offsets[o] - previous);
            previous = grams.offsets[o];
        }
    }

    /** The number of a gram in this segment, adding it when new. */
    private int gram(long key) {
        int gram = segmentGrams.putIfAbsent(key, postings.size());
        if (gram == postings.size()) {
            postings.add(new VarInts.Writer());
            if (gram == gramKeys.length) {
                gramKeys = Arrays.copyOf(gramKeys, gram * 2);
                lastPassage = Arrays.copyOf(lastPassage, gram * 2);
            }
            gramKeys[gram] = key;
            lastPassage[gram] = firstPassage;
        }
        return gram;
    }

    /**
     * Adds a document's passages as ids {@code firstId}, {@code firstId + 1}, ...: the same segment as adding each of
     * its passages with those ids. Ids must ascend.
     */
    void add(long firstId, DocumentPostings part) {
        int count = part.passages();
        if (count == 0) {
            return;
        }
        if (firstId <= lastPassageId) {
            throw new IllegalArgumentException("passages must be added in ascending id order");
        }
        if (firstPassage < 0) {
            firstPassage = firstId;
            lastLengthPassage = firstId;
        }
        byte[] bytes = part.bytes;
        for (int g = 0; g < part.keys.length; g++) {
            int gram = gram(part.keys[g]);
            VarInts.Writer out = postings.get(gram);
            // The part's first number is its first passage (counted from 0); here it becomes a difference of ids.
            int at = part.start[g];
            int rest = VarInts.endOf(bytes, at);
            out.write(firstId + VarInts.readAt(bytes, at) - lastPassage[gram]);
            out.writeBytes(bytes, rest, part.start[g + 1] - rest);
            lastPassage[gram] = firstId + part.lastPassage[g];
        }
        for (int i = 0; i < count; i++) {
            lengths.write(firstId + i - lastLengthPassage);
            lengths.write(part.codePoints[i]);
            lastLengthPassage = firstId + i;
            characters += part.codePoints[i];
        }
        passages += count;
        lastPassageId = firstId + count - 1;
    }

    /** This builder's passages, numbered 0..n-1, as a document's part of a segment (see {@link DocumentPostings}). */
    DocumentPostings asDocumentPart(List<PassageGrams> passages) {
        int grams = postings.size();
        int[] start = new int[grams + 1];
        int size = 0;
        for (int g = 0; g < grams; g++) {
            start[g] = size;
            size += postings.get(g).size();
        }
        start[grams] = size;
        byte[] bytes = new byte[size];
        int[] last = new int[grams];
        for (int g = 0; g < grams; g++) {
            postings.get(g).copyTo(bytes, start[g]);
            last[g] = (int) lastPassage[g];
        }
        int[] codePoints = new int[passages.size()];
        for (int i = 0; i < codePoints.length; i++) {
            codePoints[i] = passages.get(i).codePoints;
        }
        return new DocumentPostings(Arrays.copyOf(gramKeys, grams), bytes, start, last, codePoints);
    }

    boolean isEmpty() {
        return passages == 0;
    }

    long firstPassage() {
        return firstPassage;
    }

    long lastPassage() {
        return lastPassageId;
    }

    int passages() {
        return passages;
    }

    long characters() {
        return characters;
    }

    byte[] lengths() {
        return lengths.toByteArray();
    }

    /** How many bucket rows this segment's grams go into. */
    int buckets() {
        return Math.max(1, postings.size() / GRAMS_PER_BUCKET);
    }

    /** The bucket rows' contents, index = bucket number; empty buckets are empty arrays. */
    byte[][] bucketContents() {
        int buckets = buckets();
        VarInts.Writer[] out = new VarInts.Writer[buckets];
        for (int i = 0; i < postings.size(); i++) {
            int b = Grams.bucket(gramKeys[i], buckets);
            if (out[b] == null) {
                out[b] = new VarInts.Writer();
            }
            byte[] bytes = postings.get(i).toByteArray();
            out[b].write(gramKeys[i]);
            out[b].write(bytes.length);
            out[b].writeBytes(bytes);
        }
        byte[][] contents = new byte[buckets][];
        for (int b = 0; b < buckets; b++) {
            contents[b] = out[b] == null ? new byte[0] : out[b].toByteArray();
        }
        return contents;
    }
}

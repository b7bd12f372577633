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

    private final LongIntHashMap segmentGrams = new LongIntHashMap(1 << 14);
    private final List<VarInts.Writer> postings = new ArrayList<>();
    private long[] gramKeys = new long[1 << 14];
    private long[] lastPassage = new long[1 << 14];

    private final VarInts.Writer lengths = new VarInts.Writer();
    private long lastLengthPassage;
    private long firstPassage = -1;
    private long lastPassageId = -1;
    private int passages;
    private long characters;

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
        long key = grams.keys[i];
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

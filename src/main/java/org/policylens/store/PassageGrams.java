package org.policylens.store;

import java.util.Arrays;

/**
 * One passage's grams for the search index (see {@link Grams}): each distinct gram in order of first occurrence, its
 * number of occurrences and, for a bigram, the char offsets where it starts; and the passage's length in code points.
 * Computing this is most of the cost of indexing and needs nothing from the library, so an import computes it on its
 * analysis threads ({@link SearchForm}) and the storing thread only appends it to a segment.
 */
public final class PassageGrams {

    final long[] keys;
    final int[] counts;
    /** Bigram i's offsets are {@code offsets[offsetStart[i] .. offsetStart[i + 1])}; unigrams have none. */
    final int[] offsetStart;
    final int[] offsets;
    final int codePoints;

    private PassageGrams(long[] keys, int[] counts, int[] offsetStart, int[] offsets, int codePoints) {
        this.keys = keys;
        this.counts = counts;
        this.offsetStart = offsetStart;
        this.offsets = offsets;
        this.codePoints = codePoints;
    }

    /** The grams of a passage's folded text. */
    static PassageGrams of(String folded) {
        LongIntHashMap slots = new LongIntHashMap(Math.max(16, folded.length() * 2));
        int capacity = Math.max(4, folded.length() * 2);
        long[] keys = new long[capacity];
        int[] counts = new int[capacity];
        // Occurrences of bigrams as a linked list per slot, kept in arrays.
        int[] head = new int[capacity];
        int[] tail = new int[capacity];
        int[] at = new int[Math.max(4, folded.length())];
        int[] next = new int[at.length];
        int distinct = 0;
        int occurrences = 0;
        int codePoints = 0;
        int previous = -1;
        int previousAt = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            codePoints++;
            if (Grams.indexable(cp)) {
                int slot = slots.putIfAbsent(Grams.unigram(cp), distinct);
                if (slot == distinct) {
                    keys[distinct] = Grams.unigram(cp);
                    head[distinct++] = -1;
                }
                counts[slot]++;
                if (previous >= 0) {
                    long key = Grams.bigram(previous, cp);
                    slot = slots.putIfAbsent(key, distinct);
                    if (slot == distinct) {
                        keys[distinct] = key;
                        head[distinct++] = -1;
                    }
                    counts[slot]++;
                    at[occurrences] = previousAt;
                    next[occurrences] = -1;
                    if (head[slot] < 0) {
                        head[slot] = occurrences;
                    } else {
                        next[tail[slot]] = occurrences;
                    }
                    tail[slot] = occurrences++;
                }
                previous = cp;
                previousAt = i;
            } else {
                previous = -1;
            }
            i += Character.charCount(cp);
        }
        int[] offsetStart = new int[distinct + 1];
        int[] offsets = new int[occurrences];
        int o = 0;
        for (int slot = 0; slot < distinct; slot++) {
            offsetStart[slot] = o;
            for (int occurrence = head[slot]; occurrence >= 0; occurrence = next[occurrence]) {
                offsets[o++] = at[occurrence];
            }
        }
        offsetStart[distinct] = o;
        return new PassageGrams(Arrays.copyOf(keys, distinct), Arrays.copyOf(counts, distinct), offsetStart, offsets,
                codePoints);
    }
}

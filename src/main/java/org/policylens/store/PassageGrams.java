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

    /**
     * Working arrays for {@link #of}, one set per thread: indexing allocates only the compact result, not several
     * arrays per passage (which made indexing the largest source of garbage in an import).
     */
    private static final class Scratch {
        private static final int KEEP_AT_MOST = 1 << 14;

        LongIntHashMap slots = new LongIntHashMap(256);
        long[] keys = new long[512];
        int[] counts = new int[512];
        int[] head = new int[512];
        int[] tail = new int[512];
        int[] at = new int[256];
        int[] next = new int[256];

        void ensure(int length) {
            int capacity = Math.max(4, length * 2);
            if (keys.length < capacity) {
                keys = new long[capacity];
                counts = new int[capacity];
                head = new int[capacity];
                tail = new int[capacity];
            }
            if (at.length < length) {
                at = new int[length];
                next = new int[length];
            }
            if (slots.capacity() > KEEP_AT_MOST) {
                // A very long passage grew the map; clearing it for every short passage after would cost more.
                slots = new LongIntHashMap(256);
            } else {
                slots.clear();
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Passages longer than this (a file without line breaks) get working arrays of their own, not kept. */
    private static final int KEPT_SCRATCH_LENGTH = 1 << 14;

    /** The grams of a passage's folded text. */
    static PassageGrams of(String folded) {
        Scratch scratch = folded.length() > KEPT_SCRATCH_LENGTH ? new Scratch() : SCRATCH.get();
        scratch.ensure(folded.length());
        LongIntHashMap slots = scratch.slots;
        long[] keys = scratch.keys;
        int[] counts = scratch.counts;
        // Occurrences of bigrams as a linked list per slot, kept in arrays.
        int[] head = scratch.head;
        int[] tail = scratch.tail;
        int[] at = scratch.at;
        int[] next = scratch.next;
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
                    counts[distinct] = 0;
                    head[distinct++] = -1;
                }
                counts[slot]++;
                if (previous >= 0) {
                    long key = Grams.bigram(previous, cp);
                    slot = slots.putIfAbsent(key, distinct);
                    if (slot == distinct) {
                        keys[distinct] = key;
                        counts[distinct] = 0;
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

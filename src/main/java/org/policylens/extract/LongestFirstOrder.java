package org.policylens.extract;

import java.util.Arrays;

/**
 * The order in which {@link ThemeClassifier} lets keyword matches claim text: longest first, then by start, theme and
 * term. Sorting a passage's matches through a comparator was a fifth of scoring its keywords (an interface call per
 * comparison, and the fields read through the match and its term each time); here each match's four fields are
 * packed into one long, in order of precedence, and the longs are sorted as numbers. The fields' ranges are known
 * (a match lies inside the passage; themes and terms are indexes into the codebook), so the packing is exact; when
 * they do not fit in 63 bits together, which no real codebook and passage come near, {@link #sort} says so.
 */
final class LongestFirstOrder {

    private final int startBits;
    private final int themeBits;
    private final int termBits;
    private final long longestLength;

    /** The bits each field of a key takes. */
    private LongestFirstOrder(int lengthBits, int startBits, int themeBits, int termBits) {
        this.startBits = startBits;
        this.themeBits = themeBits;
        this.termBits = termBits;
        this.longestLength = (1L << lengthBits) - 1;
    }

    /**
     * The indexes of the matches in order, equal matches in the order given; or null when their fields cannot be
     * packed (the caller then sorts with a comparator). Match i spans {@code [starts[i], ends[i])} of a text of
     * {@code textLength} chars and is term {@code terms[i]} (of {@code termCount}) of theme {@code themes[i]} (of
     * {@code themeCount}).
     */
    static int[] sort(int[] starts, int[] ends, int[] themes, int[] terms, int textLength, int themeCount,
                      int termCount) {
        int lengthBits = bitsFor(textLength);
        int startBits = bitsFor(textLength);
        int themeBits = bitsFor(themeCount);
        int termBits = bitsFor(termCount);
        int indexBits = bitsFor(starts.length);
        if (lengthBits + startBits + themeBits + termBits + indexBits > 63) {
            return null;
        }
        LongestFirstOrder order = new LongestFirstOrder(lengthBits, startBits, themeBits, termBits);
        long[] keys = new long[starts.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = order.key(ends[i] - starts[i], starts[i], themes[i], terms[i]) << indexBits | i;
        }
        Arrays.sort(keys);
        int[] out = new int[keys.length];
        long indexMask = (1L << indexBits) - 1;
        for (int i = 0; i < keys.length; i++) {
            out[i] = (int) (keys[i] & indexMask);
        }
        return out;
    }

    /** Longer first: the length is stored as its distance from the longest possible. */
    private long key(int length, int start, int theme, int term) {
        return ((longestLength - length) << startBits | start) << themeBits + termBits
                | (long) theme << termBits | term;
    }

    /** Bits that hold every value in [0, bound]. */
    private static int bitsFor(int bound) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, bound));
    }
}

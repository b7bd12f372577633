package org.policylens.extract;

import java.util.Arrays;

/**
 * The order in which {@link ThemeClassifier} lets keyword matches claim text: longest first, then by start, theme and
 * term. Sorting a passage's matches through a comparator was a fifth of scoring its keywords (an interface call per
 * comparison, and the fields read through the match and its term each time); here each match's four fields are
 * packed into one long, in order of precedence and followed by the match's index, and the longs are sorted as
 * numbers. The fields' ranges are known (a match lies inside the passage; themes and terms are indexes into the
 * codebook), so the packing is exact; when they do not fit in 63 bits together, which no real codebook and passage
 * come near, {@link #sort} says so.
 */
final class LongestFirstOrder {

    private LongestFirstOrder() {
    }

    /**
     * The indexes of the matches in order, equal matches in the order given; or null when their fields cannot be
     * packed (the caller then sorts with a comparator). Match i spans {@code [starts[i], ends[i])} of a text of
     * {@code textLength} chars and is term {@code terms[i]} (of {@code termCount}) of theme {@code themes[i]} (of
     * {@code themeCount}).
     */
    static int[] sort(int[] starts, int[] ends, int[] themes, int[] terms, int textLength, int themeCount,
                      int termCount) {
        int positionBits = bitsFor(textLength); // a start, and a length, are at most the text's length
        int themeBits = bitsFor(themeCount);
        int termBits = bitsFor(termCount);
        int indexBits = bitsFor(starts.length);
        if (2 * positionBits + themeBits + termBits + indexBits > 63) {
            return null;
        }
        long longest = (1L << positionBits) - 1;
        long[] keys = new long[starts.length];
        for (int i = 0; i < keys.length; i++) {
            // Longer first: the length is packed as its distance from the longest possible.
            long key = (longest - (ends[i] - starts[i])) << positionBits | starts[i];
            key = (key << themeBits | themes[i]) << termBits | terms[i];
            keys[i] = key << indexBits | i;
        }
        Arrays.sort(keys);
        int[] out = new int[keys.length];
        long indexMask = (1L << indexBits) - 1;
        for (int i = 0; i < keys.length; i++) {
            out[i] = (int) (keys[i] & indexMask);
        }
        return out;
    }

    /** Bits that hold every value in [0, bound]. */
    private static int bitsFor(int bound) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, bound));
    }
}

package org.policylens.store;

/**
 * The grams the search index ({@link GramIndex}) keeps: every indexable code point (unigram) and every pair of
 * adjacent indexable code points (bigram) of a passage's folded text, packed into a {@code long}: a unigram is its code
 * point, a bigram sets {@link #BIGRAM} above the two 21-bit code points. Whitespace and ASCII control characters are
 * not indexed: a search term never contains whitespace, and a term with a control character is matched by scanning.
 */
final class Grams {

    static final long BIGRAM = 1L << 42;
    private static final int CODE_POINT_BITS = 21;
    private static final long CODE_POINT_MASK = (1L << CODE_POINT_BITS) - 1;

    private Grams() {
    }

    static boolean indexable(int cp) {
        return cp > ' ' && cp != 0x7f;
    }

    /** Whether every code point of a (non-empty) search term is indexed, so the index can answer it. */
    static boolean covers(String term) {
        return !term.isEmpty() && term.codePoints().allMatch(Grams::indexable);
    }

    static long unigram(int cp) {
        return cp;
    }

    static long bigram(int first, int second) {
        return BIGRAM | ((long) first << CODE_POINT_BITS) | second;
    }

    static boolean isBigram(long key) {
        return (key & BIGRAM) != 0;
    }

    /** Which of a segment's {@code buckets} rows holds a gram's postings. */
    static int bucket(long key, int buckets) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) Long.remainderUnsigned(h ^ (h >>> 29), buckets);
    }

    /** The gram as text (for messages and tests). */
    static String text(long key) {
        int second = (int) (key & CODE_POINT_MASK);
        if (!isBigram(key)) {
            return new String(Character.toChars(second));
        }
        int first = (int) ((key >>> CODE_POINT_BITS) & CODE_POINT_MASK);
        return new StringBuilder(4).appendCodePoint(first).appendCodePoint(second).toString();
    }
}

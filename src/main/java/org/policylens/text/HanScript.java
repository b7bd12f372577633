package org.policylens.text;

/**
 * Whether a char is a Han character, as {@link Character.UnicodeScript#of} says, by table lookup: the rules of this
 * genre ask it of nearly every char of a document, and {@code UnicodeScript.of} is a binary search each time.
 */
public final class HanScript {

    private HanScript() {
    }

    /** True if {@code Character.UnicodeScript.of(c) == HAN}; surrogates are never Han on their own. */
    public static boolean isHan(char c) {
        return (Table.HAN[c >>> 6] & 1L << c) != 0;
    }

    /** Built on first use (holder idiom: thread-safe without locking). */
    private static final class Table {
        static final long[] HAN = build();

        private static long[] build() {
            long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
            return bits;
        }
    }
}

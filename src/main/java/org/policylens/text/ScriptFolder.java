package org.policylens.text;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds text for search and comparison: Traditional → Simplified characters, full-width ASCII → half-width, and the
 * ideographic space U+3000 → an ordinary space.
 *
 * <p>Folding is char-for-char: the result has the same length as the input and the char at index {@code i} of the
 * result is the folding of the char at index {@code i} of the input. That is what lets an offset found in folded text
 * highlight the right characters of the original. Where ICU would turn one character into a different number of
 * chars (rare), the original character is kept, and surrogate pairs are left alone.
 *
 * <p>Folding a character is a table lookup. The table covers every BMP character and is built once, lazily, the first
 * time anything is folded (the holder-class idiom makes that thread-safe without locking afterwards).
 */
public final class ScriptFolder {

    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private ScriptFolder() {
    }

    /** The folded form of {@code text}; same length, char-for-char. Null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        char[] table = Table.FOLDED;
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char folded = table[chars[i]];
            if (folded != chars[i]) {
                chars[i] = folded;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    /** The folded form of one char; surrogates are returned unchanged. */
    public static char fold(char c) {
        return Table.FOLDED[c];
    }

    /** True if folding changes {@code c}, e.g. for a Traditional character that has a distinct Simplified form. */
    public static boolean changes(char c) {
        return Table.FOLDED[c] != c;
    }

    /** Lazily built lookup table: index = char, value = folded char. */
    private static final class Table {
        static final char[] FOLDED = build();

        private static char[] build() {
            char[] table = new char[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                table[c] = (char) c;
            }
            for (char c = FULL_WIDTH_FIRST; c <= FULL_WIDTH_LAST; c++) {
                table[c] = (char) (c - FULL_WIDTH_OFFSET);
            }
            table[IDEOGRAPHIC_SPACE] = ' ';
            // Only Han characters can change under Hant-Hans; asking ICU about the other ~37k BMP chars would only
            // make the first fold slower.
            Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (Character.isSurrogate((char) c)
                        || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                    continue;
                }
                String simplified = toSimplified.transliterate(String.valueOf((char) c));
                if (simplified.length() == 1) {
                    table[c] = simplified.charAt(0);
                }
            }
            resolveChains(table);
            return table;
        }

        /**
         * ICU maps a few characters to a character that itself maps further (薴 → 苧 → 苎), and a few pairs onto
         * each other (苎 ↔ 苧). Following chains to their end, and sending every member of a cycle to its smallest
         * char, makes folding idempotent, so a query typed in any of those forms matches text written in any other.
         */
        private static void resolveChains(char[] table) {
            char[] direct = table.clone();
            for (int c = 0; c < table.length; c++) {
                List<Character> chain = new ArrayList<>();
                char current = (char) c;
                while (direct[current] != current && !chain.contains(current) && chain.size() < 16) {
                    chain.add(current);
                    current = direct[current];
                }
                int cycleStart = chain.indexOf(current);
                if (cycleStart < 0) {
                    table[c] = current;
                } else {
                    char smallest = current;
                    for (int i = cycleStart; i < chain.size(); i++) {
                        smallest = (char) Math.min(smallest, chain.get(i));
                    }
                    table[c] = smallest;
                }
            }
        }
    }
}

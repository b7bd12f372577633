package org.policylens.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
 * time anything is folded (the holder-class idiom makes that thread-safe without locking afterwards). Its Traditional →
 * Simplified part is ICU's Hant-Hans, with chains such as 薴 → 苧 → 苎 followed to their end so that folding is
 * idempotent; it ships precomputed, because asking ICU about every Han character took most of a second at each start.
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
        /** Traditional → Simplified pairs derived from ICU's Hant-Hans at build time (see HantHansTable in tests). */
        private static final String HANT_HANS = "/org/policylens/text/hant-hans.txt";

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
            String pairs = hantHansPairs();
            for (int i = 0; i + 1 < pairs.length(); i += 3) {
                table[pairs.charAt(i)] = pairs.charAt(i + 1);
            }
            return table;
        }

        /** The resource's lines: a Traditional char, its Simplified char, a newline. */
        private static String hantHansPairs() {
            try (InputStream in = ScriptFolder.class.getResourceAsStream(HANT_HANS)) {
                if (in == null) {
                    throw new IllegalStateException(HANT_HANS + " is missing from the build");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + HANT_HANS, e);
            }
        }
    }
}

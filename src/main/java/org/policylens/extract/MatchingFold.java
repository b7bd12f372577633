package org.policylens.extract;

import com.ibm.icu.text.Transliterator;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A char-for-char folded copy of a document for rule matching: Traditional → Simplified, full-width → half-width.
 * The copy has the same length as the original, so an index found in it is the index of the same character in the
 * original, and quotes/units/indicators are cut from the original text.
 *
 * <p>This is a stop-gap for {@code org.policylens.text.ScriptFolder}, which is being written on another branch and
 * should replace it after the merge. Characters whose Simplified form is not exactly one char are left as they are.
 */
final class MatchingFold {

    private static final ConcurrentHashMap<Character, Character> CACHE = new ConcurrentHashMap<>();
    private static volatile Transliterator hantHans;

    private MatchingFold() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = foldChar(text.charAt(i));
        }
        return new String(out);
    }

    static char foldChar(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        if (c == '〜') {
            return '~';
        }
        if (c < 0x3400 || Character.isSurrogate(c)) {
            return c;
        }
        return CACHE.computeIfAbsent(c, MatchingFold::simplify);
    }

    private static char simplify(char c) {
        Transliterator t = hantHans;
        if (t == null) {
            synchronized (MatchingFold.class) {
                if (hantHans == null) {
                    hantHans = Transliterator.getInstance("Hant-Hans");
                }
                t = hantHans;
            }
        }
        String s;
        synchronized (t) {
            s = t.transliterate(String.valueOf(c));
        }
        return s.length() == 1 ? s.charAt(0) : c;
    }
}

package org.policylens.compare;

import com.ibm.icu.text.Transliterator;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Normal form of an indicator for comparison: Traditional → Simplified and full-width → half-width char for char,
 * quotes, brackets and whitespace dropped. A stop-gap for org.policylens.text.ScriptFolder (other branch), which
 * should replace the folding here after the merge.
 */
final class IndicatorText {

    private static final ConcurrentHashMap<Character, Character> CACHE = new ConcurrentHashMap<>();
    private static Transliterator hantHans;

    private IndicatorText() {
    }

    static String normalize(String indicator) {
        if (indicator == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(indicator.length());
        for (int i = 0; i < indicator.length(); i++) {
            char c = fold(indicator.charAt(i));
            if (Character.isWhitespace(c) || "“”\"'‘’《》()[]【】「」『』、,，".indexOf(c) >= 0) {
                continue;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Sørensen–Dice coefficient over character bigrams (unigrams for one-character strings). */
    static double dice(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String s : x) {
            if (y.contains(s)) {
                inter++;
            }
        }
        return 2.0 * inter / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s.length() == 1) {
            out.add(s);
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c < 0x3400 || Character.isSurrogate(c)) {
            return c;
        }
        return CACHE.computeIfAbsent(c, IndicatorText::simplify);
    }

    private static synchronized char simplify(char c) {
        if (hantHans == null) {
            hantHans = Transliterator.getInstance("Hant-Hans");
        }
        String s = hantHans.transliterate(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }
}

package org.policylens.compare;

import java.util.HashSet;
import java.util.Set;
import org.policylens.text.ScriptFolder;

/**
 * Normal form of an indicator for comparison: Traditional → Simplified and full-width → half-width char for char,
 * quotes, brackets and whitespace dropped.
 */
final class IndicatorText {

    private IndicatorText() {
    }

    static String normalize(String indicator) {
        if (indicator == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(indicator.length());
        for (int i = 0; i < indicator.length(); i++) {
            char c = ScriptFolder.fold(indicator.charAt(i));
            if (Character.isWhitespace(c) || "“”\"'‘’《》()[]【】「」『』、,，".indexOf(c) >= 0) {
                continue;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Sørensen–Dice coefficient over character bigrams (unigrams for one-character strings). */
    static double dice(String a, String b) {
        return dice(bigrams(a), bigrams(b));
    }

    /** {@link #dice(String, String)} over bigram sets made by {@link #bigrams}, for callers that reuse them. */
    static double dice(Set<String> x, Set<String> y) {
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

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s.length() == 1) {
            out.add(s);
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}

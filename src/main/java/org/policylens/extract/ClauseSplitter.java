package org.policylens.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text (half-width punctuation) into paragraphs (lines), sentences (。！？) and clauses (，；：).
 * Splitting is done on the folded copy so that full-width and half-width punctuation behave the same; ranges are
 * char indices valid in the original text too.
 */
final class ClauseSplitter {

    private ClauseSplitter() {
    }

    /** Non-blank lines, trimmed of surrounding whitespace. */
    static List<TextSpan> paragraphs(String folded) {
        List<TextSpan> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || folded.charAt(i) == '\n' || folded.charAt(i) == '\r') {
                addTrimmed(folded, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    /** Sentences of a range, ending after 。 ! ? (the stop is included). */
    static List<TextSpan> sentences(String folded, TextSpan range) {
        return split(folded, range, true);
    }

    /** Clauses of a range, split at , ; : and sentence stops (the separator is not included). */
    static List<TextSpan> clauses(String folded, TextSpan range) {
        return split(folded, range, false);
    }

    static boolean isSentenceStop(char c) {
        return c == '。' || c == '!' || c == '?';
    }

    static boolean isClauseSeparator(char c) {
        return c == ',' || c == ';' || c == ':' || isSentenceStop(c) || c == '\n' || c == '\r';
    }

    /** Sentences (split at stops, which they keep) or clauses (split at , ; : too, which they do not keep). */
    private static List<TextSpan> split(String folded, TextSpan range, boolean sentences) {
        List<TextSpan> out = new ArrayList<>();
        int start = range.start();
        int depth = 0; // separators inside brackets such as 各县(市、区) or (含绿色餐饮企业) do not split
        for (int i = range.start(); i < range.end(); i++) {
            char c = folded.charAt(i);
            if (c == '(' || c == '[' || c == '【') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '】') && depth > 0) {
                depth--;
            } else if (isSentenceStop(c) || !sentences && depth == 0 && (c == ',' || c == ';' || c == ':')) {
                int end = sentences ? i + 1 : i;
                addTrimmed(folded, start, end, out);
                start = i + 1;
                depth = 0;
            }
        }
        addTrimmed(folded, start, range.end(), out);
        return out;
    }

    private static void addTrimmed(String s, int start, int end, List<TextSpan> out) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(start, end));
        }
    }
}

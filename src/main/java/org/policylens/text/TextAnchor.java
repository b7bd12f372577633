package org.policylens.text;

import java.util.Optional;
import org.policylens.model.TextQuote;

/**
 * Finds a quoted span again in a text that may have changed: among every place the quote occurs (script-folded, so a
 * Traditional↔Simplified edit does not lose it), the one whose surrounding text best matches the stored prefix and
 * suffix; on a tie, the one spelled as before, then the one nearest the old position.
 */
public final class TextAnchor {

    private TextAnchor() {
    }

    /** Describes {@code [start, end)} (code point offsets) of {@code text} with quote, prefix and suffix. */
    public static TextQuote capture(String text, int start, int end) {
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end > length || start >= end) {
            throw new IllegalArgumentException("span " + start + ".." + end + " is not inside a text of " + length);
        }
        return new TextQuote(start, end, CodePoints.substring(text, start, end),
                CodePoints.substring(text, Math.max(0, start - TextQuote.CONTEXT), start),
                CodePoints.substring(text, end, Math.min(length, end + TextQuote.CONTEXT)));
    }

    /** The quote's new place in {@code text}, described afresh, or empty when the text no longer contains it. */
    public static Optional<TextQuote> find(String text, TextQuote old) {
        if (old.exact().isEmpty()) {
            return Optional.empty();
        }
        // Every place the quote occurs, in either script: a Traditional/Simplified edit must not send the annotation
        // to another occurrence that happens to be spelled as before.
        String foldedText = ScriptFolder.fold(text);
        String needle = ScriptFolder.fold(old.exact());
        TextQuote foldedOld = new TextQuote(old.start(), old.end(), needle, ScriptFolder.fold(old.prefix()),
                ScriptFolder.fold(old.suffix()));
        int needleLength = needle.codePointCount(0, needle.length());
        int bestStart = -1;
        long bestScore = Long.MIN_VALUE;
        for (int at = foldedText.indexOf(needle); at >= 0; at = foldedText.indexOf(needle, at + 1)) {
            int start = text.codePointCount(0, at);
            int end = start + needleLength;
            // Context decides; the same spelling, then nearness to the old place, only break ties.
            boolean sameSpelling = text.startsWith(old.exact(), at);
            long score = contextScore(foldedText, foldedOld, start, end) * 1_000_000L + (sameSpelling ? 100_000 : 0)
                    - Math.min(Math.abs(start - old.start()), 99_999);
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        return bestStart < 0 ? Optional.empty() : Optional.of(capture(text, bestStart, bestStart + needleLength));
    }

    /** Characters of the stored prefix (read backwards) and suffix that agree with the text around a candidate. */
    private static int contextScore(String text, TextQuote old, int start, int end) {
        TextQuote here = capture(text, start, end);
        return commonSuffix(here.prefix(), old.prefix()) + commonPrefix(here.suffix(), old.suffix());
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}

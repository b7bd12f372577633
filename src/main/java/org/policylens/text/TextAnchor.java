package org.policylens.text;

import java.util.Optional;
import org.policylens.model.TextQuote;

/**
 * Finds a quoted span again in a text that may have changed. The old position is tried first, then every place the
 * quote occurs (exactly, then script-folded so a Traditional↔Simplified edit does not lose it), preferring the one
 * whose surrounding text best matches the stored prefix and suffix and, on a tie, the one nearest the old position.
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
        int length = text.codePointCount(0, text.length());
        int oldEnd = old.start() + old.exact().codePointCount(0, old.exact().length());
        if (old.start() >= 0 && oldEnd <= length
                && CodePoints.substring(text, old.start(), oldEnd).equals(old.exact())
                && contextScore(text, old, old.start(), oldEnd) == contextScore(old)) {
            return Optional.of(capture(text, old.start(), oldEnd));
        }
        Optional<TextQuote> exact = best(text, text, old.exact(), old);
        return exact.isPresent() ? exact : best(ScriptFolder.fold(text), text, ScriptFolder.fold(old.exact()), old);
    }

    private static Optional<TextQuote> best(String haystack, String original, String needle, TextQuote old) {
        int bestStart = -1;
        long bestScore = Long.MIN_VALUE;
        int needleLength = needle.codePointCount(0, needle.length());
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int start = original.codePointCount(0, at);
            int end = start + needleLength;
            // Context decides; distance from the old place only breaks ties.
            long score = (long) contextScore(original, old, start, end) * 1_000_000L - Math.abs(start - old.start());
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        return bestStart < 0 ? Optional.empty() : Optional.of(capture(original, bestStart, bestStart + needleLength));
    }

    /** Characters of the stored prefix (read backwards) and suffix that agree with the text around a candidate. */
    private static int contextScore(String text, TextQuote old, int start, int end) {
        TextQuote here = capture(text, start, end);
        return commonSuffix(here.prefix(), old.prefix()) + commonPrefix(here.suffix(), old.suffix());
    }

    private static int contextScore(TextQuote old) {
        return old.prefix().length() + old.suffix().length();
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

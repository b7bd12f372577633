package org.policylens.extract;

import com.ibm.icu.text.Transliterator;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Length-preserving folding for theme matching: Traditional → Simplified per character and full-width ASCII →
 * half-width, so a code point offset in the folded text is the same offset in the original.
 *
 * <p>Temporary: {@code text.ScriptFolder.fold(String)} does the same and is being written on another branch; once
 * it is merged, {@link #fold(String)} should delegate to it and this class can go.
 */
final class ThemeTextFolding {

    private static final Transliterator HANT_TO_HANS = Transliterator.getInstance("Hant-Hans");
    /** Transliterating one character at a time is slow; documents reuse few distinct characters. */
    private static final ConcurrentHashMap<Integer, Integer> CACHE = new ConcurrentHashMap<>();

    private ThemeTextFolding() {
    }

    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(foldCodePoint(cp)));
        return out.toString();
    }

    static int foldCodePoint(int cp) {
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            return cp - 0xFEE0;
        }
        if (cp == 0x3000) {
            return ' ';
        }
        if (cp < 0x2E80) {
            return cp;
        }
        return CACHE.computeIfAbsent(cp, ThemeTextFolding::toSimplified);
    }

    private static int toSimplified(int cp) {
        String folded;
        synchronized (HANT_TO_HANS) {
            folded = HANT_TO_HANS.transliterate(new String(Character.toChars(cp)));
        }
        // Keep the original where the mapping is not one code point to one, so offsets stay valid.
        return folded.codePointCount(0, folded.length()) == 1 ? folded.codePointAt(0) : cp;
    }
}

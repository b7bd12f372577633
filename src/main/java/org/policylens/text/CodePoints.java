package org.policylens.text;

/**
 * Converts between Java char indices and Unicode code point offsets. Stored offsets (sections, passages, targets,
 * annotations) are code point offsets, so that a character outside the BMP counts as one character everywhere,
 * not as two UTF-16 chars.
 */
public final class CodePoints {

    private CodePoints() {
    }

    /** Number of code points in {@code text}. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The code point offset of char index {@code charIndex} (0 ≤ charIndex ≤ text.length()). */
    public static int toCodePointOffset(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /** The char index of code point offset {@code codePointOffset} (0 ≤ offset ≤ length(text)). */
    public static int toCharIndex(String text, int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }

    /** The text between two code point offsets, start inclusive, end exclusive. */
    public static String substring(String text, int startCodePoint, int endCodePoint) {
        if (startCodePoint > endCodePoint) {
            throw new IndexOutOfBoundsException("start " + startCodePoint + " > end " + endCodePoint);
        }
        int start = toCharIndex(text, startCodePoint);
        int end = text.offsetByCodePoints(start, endCodePoint - startCodePoint);
        return text.substring(start, end);
    }

    /**
     * Maps char indices of one text to code point offsets in constant time per call after a single pass; use it when
     * converting many offsets of the same text (a whole document's passages).
     */
    public static final class Index {
        private final int[] codePointAtChar;

        public Index(String text) {
            codePointAtChar = new int[text.length() + 1];
            int codePoint = 0;
            for (int i = 0; i < text.length(); i++) {
                // The low half of a surrogate pair belongs to the same code point as its high half.
                if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0
                        && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    codePointAtChar[i] = codePoint++;
                } else {
                    codePointAtChar[i] = codePoint - 1;
                }
            }
            codePointAtChar[text.length()] = codePoint;
        }

        /** The code point offset of char index {@code charIndex}. */
        public int toCodePointOffset(int charIndex) {
            return codePointAtChar[charIndex];
        }
    }
}

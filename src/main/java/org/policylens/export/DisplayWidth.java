package org.policylens.export;

/**
 * How wide text looks in a spreadsheet column, in units of one Latin character. Chinese characters and full-width
 * forms take two, which is why a width from {@code String.length()} leaves Chinese columns cut off.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The width of the widest line of {@code text}. */
    static int of(String text) {
        int widest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                widest = Math.max(widest, current);
                current = 0;
            } else {
                current += isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(widest, current);
    }

    /** East Asian wide and full-width ranges (CJK ideographs, kana, hangul, CJK punctuation, full-width forms). */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Lines {@code text} takes when wrapped in a column {@code columnWidth} characters wide. */
    static int wrappedLines(String text, int columnWidth) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (of(line) + columnWidth - 1) / columnWidth);
        }
        return lines;
    }
}

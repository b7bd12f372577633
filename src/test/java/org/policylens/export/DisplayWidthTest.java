package org.policylens.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisplayWidthTest {

    @Test
    void chineseAndFullWidthCountDouble() {
        assertEquals(6, DisplayWidth.of("质量ab"));
        assertEquals(4, DisplayWidth.of("（一）".substring(0, 2)));
        assertEquals(3, DisplayWidth.of("96%"));
        assertEquals(2, DisplayWidth.of("𠀀"), "an ideograph outside the BMP is one wide character");
        assertEquals(0, DisplayWidth.of(""));
    }

    @Test
    void theWidestLineCounts() {
        assertEquals(8, DisplayWidth.of("ab\n质量强省\nc"));
    }

    @Test
    void wrappedLinesCountEachLineAtLeastOnce() {
        assertEquals(1, DisplayWidth.wrappedLines("", 10));
        assertEquals(2, DisplayWidth.wrappedLines("质量强省建设纲要", 10));
        assertEquals(3, DisplayWidth.wrappedLines("a\n\nb", 10));
    }
}

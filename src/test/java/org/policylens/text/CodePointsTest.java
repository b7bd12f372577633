package org.policylens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CodePointsTest {

    /** 𠀀 (U+20000) takes two Java chars but is one character. */
    private static final String TEXT = "质量\uD840\uDC00强省";

    @Test
    void convertsBetweenCharIndicesAndCodePointOffsets() {
        assertEquals(5, CodePoints.length(TEXT));
        assertEquals(6, TEXT.length());
        assertEquals(2, CodePoints.toCodePointOffset(TEXT, 2));
        assertEquals(3, CodePoints.toCodePointOffset(TEXT, 4));
        assertEquals(4, CodePoints.toCharIndex(TEXT, 3));
        assertEquals(6, CodePoints.toCharIndex(TEXT, 5));
    }

    @Test
    void substringsByCodePointOffsets() {
        assertEquals("\uD840\uDC00强", CodePoints.substring(TEXT, 2, 4));
        assertEquals("强省", CodePoints.substring(TEXT, 3, 5));
        assertEquals("", CodePoints.substring(TEXT, 5, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> CodePoints.substring(TEXT, 3, 2));
    }

    @Test
    void indexAgreesWithDirectConversion() {
        CodePoints.Index index = new CodePoints.Index(TEXT);
        assertEquals(0, index.toCodePointOffset(0));
        assertEquals(2, index.toCodePointOffset(2));
        assertEquals(3, index.toCodePointOffset(4));
        assertEquals(5, index.toCodePointOffset(6));
    }

    @Property
    void indexMatchesCodePointCountAtEveryCharBoundary(@ForAll String text) {
        CodePoints.Index index = new CodePoints.Index(text);
        for (int i = 0; i <= text.length(); i++) {
            boolean insidePair = i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            if (!insidePair) {
                assertEquals(text.codePointCount(0, i), index.toCodePointOffset(i));
            }
        }
    }
}

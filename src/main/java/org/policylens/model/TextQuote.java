package org.policylens.model;

/**
 * A span of a text described the W3C Web Annotation way: the exact quote with some context before and after
 * (TextQuoteSelector) and its code point offsets (TextPositionSelector).
 */
public record TextQuote(int start, int end, String exact, String prefix, String suffix) {

    /** How many code points of context are kept on each side. */
    public static final int CONTEXT = 32;
}

package org.policylens.model;

/**
 * A matched term that made the classifier assign a theme.
 *
 * @param term   the codebook term or heading pattern that matched (Simplified)
 * @param start  code point offset of the match within the passage text; -1 when the match is in a heading above
 *               the passage rather than in the passage itself
 * @param end    code point offset after the match; -1 for a heading match
 * @param weight what this match contributed to the theme's score
 */
public record Evidence(String term, int start, int end, double weight) {

    /** Whether the evidence points into the passage text (false: it comes from a heading above it). */
    public boolean inText() {
        return start >= 0;
    }
}

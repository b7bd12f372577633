package org.policylens.model;

import java.util.Objects;

/**
 * A term that signals a theme, with how strongly it does so.
 *
 * @param term   the term in Simplified characters (text is folded before matching, so it also finds Traditional)
 * @param weight evidence strength: about 3 for a defining term (计量, 驰名商标), 1–2 for a typical one, below 1 for
 *               a weak hint that only counts together with others
 */
public record Keyword(String term, double weight) {

    public Keyword {
        Objects.requireNonNull(term, "term");
        if (term.isBlank()) {
            throw new IllegalArgumentException("keyword term must not be blank");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("keyword weight must be positive: " + term + " " + weight);
        }
    }
}

package org.policylens.model;

import java.util.List;
import java.util.Objects;

/**
 * A theme given to a passage, with the reasons.
 *
 * @param code     the theme code
 * @param score    the summed evidence weight; higher means more central to the passage
 * @param evidence the matches behind the score, in text order (heading matches first)
 */
public record ThemeAssignment(String code, double score, List<Evidence> evidence) {

    public ThemeAssignment {
        Objects.requireNonNull(code, "code");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}

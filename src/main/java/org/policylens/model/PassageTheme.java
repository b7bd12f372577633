package org.policylens.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A theme as a passage carries it.
 *
 * @param code     the theme code
 * @param source   {@link CodingSource#AUTO} from the classifier, {@link CodingSource#MANUAL} when a user added or
 *                 confirmed it
 * @param score    the classifier's score (0 for a theme only the user gave)
 * @param evidence the classifier's matches (empty for a theme only the user gave)
 */
public record PassageTheme(String code, CodingSource source, double score, List<Evidence> evidence) {

    public PassageTheme {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The distinct matched terms, in evidence order: what a reader needs to see why the theme was given. */
    public List<String> terms() {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        evidence.forEach(e -> terms.add(e.term()));
        return List.copyOf(terms);
    }
}

package org.policylens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import org.policylens.text.CodePoints;
import org.policylens.text.SearchKey;

/**
 * Finds where search terms occur in a passage. Matching is on the search key (Traditional folded to Simplified,
 * full-width to half-width, ASCII lower case), so 質量 matches 质量; the key has the original's length, so a match in
 * it is a match at the same place in the original.
 */
final class TermMatcher {

    /** A half-open code point range of a passage. */
    record Range(int start, int end) {
    }

    private TermMatcher() {
    }

    /** The terms of a query: whitespace-separated, as search keys; none for a blank query. */
    static List<String> terms(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        for (String term : SearchKey.of(query.strip()).split("\\s+")) {
            // A leading '-' excludes a term in the search syntax; excluded terms are never highlighted.
            if (!term.isEmpty() && !term.startsWith("-")) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** Non-overlapping occurrences of each term in {@code text}, in code points, sorted by start. */
    static List<Range> find(String text, List<String> terms) {
        List<Range> ranges = new ArrayList<>();
        if (terms.isEmpty()) {
            return ranges;
        }
        String key = SearchKey.of(text);
        for (String term : terms) {
            for (int at = key.indexOf(term); at >= 0; at = key.indexOf(term, at + term.length())) {
                ranges.add(new Range(CodePoints.toCodePointOffset(text, at),
                        CodePoints.toCodePointOffset(text, at + term.length())));
            }
        }
        ranges.sort(java.util.Comparator.comparingInt(Range::start));
        return ranges;
    }
}

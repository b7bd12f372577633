package org.policylens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import org.policylens.text.SearchKey;

/**
 * Splits a paragraph into plain and highlighted runs for the given search terms. Matching happens on the folded text
 * (so 质量 highlights 質量), and because folding keeps every character in place the runs cut the original text.
 */
final class HighlightedText {

    /** A run of text; {@code hit} when it matched a term. */
    record Run(String text, boolean hit) {
    }

    private HighlightedText() {
    }

    static List<Run> runs(String text, String query) {
        List<Run> runs = new ArrayList<>();
        if (query == null || query.isBlank()) {
            runs.add(new Run(text, false));
            return runs;
        }
        String folded = SearchKey.of(text);
        boolean[] marked = new boolean[text.length()];
        for (String term : SearchKey.of(query.strip()).split("\\s+")) {
            for (int at = folded.indexOf(term); at >= 0 && !term.isEmpty(); at = folded.indexOf(term, at + 1)) {
                for (int i = at; i < at + term.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                runs.add(new Run(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        if (runs.isEmpty()) {
            runs.add(new Run(text, false));
        }
        return runs;
    }
}

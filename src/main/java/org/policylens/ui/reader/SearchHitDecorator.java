package org.policylens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import org.policylens.model.Passage;
import org.policylens.model.SearchHit;

/**
 * Highlights the global search in the reader: every occurrence of the query's terms ({@code search-hit}), and the
 * exact spans of the result the user opened ({@code search-hit-current}), as the search service reported them.
 */
final class SearchHitDecorator implements PassageDecorator {

    static final String HIT = "search-hit";
    static final String CURRENT = "search-hit-current";

    private List<String> terms = List.of();
    private SearchHit openedHit;

    void setQuery(String query) {
        terms = TermMatcher.terms(query);
    }

    /** The result that was opened; its spans are marked in its passage of the open document. */
    void setOpenedHit(SearchHit hit) {
        openedHit = hit;
    }

    SearchHit openedHit() {
        return openedHit;
    }

    @Override
    public Decoration decorate(Passage passage) {
        List<Span> spans = new ArrayList<>();
        for (TermMatcher.Range range : TermMatcher.find(passage.text(), terms)) {
            spans.add(new Span(range.start(), range.end(), HIT, null));
        }
        if (openedHit != null && openedHit.start() == passage.start()) {
            for (var hit : openedHit.hits()) {
                spans.add(new Span(hit.start(), hit.end(), CURRENT, null));
            }
        }
        return Decoration.of(spans);
    }
}

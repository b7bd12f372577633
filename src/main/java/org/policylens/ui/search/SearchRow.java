package org.policylens.ui.search;

import org.policylens.model.SearchHit;

/** A row of the results list: a document's header, or one hit under it. */
public sealed interface SearchRow {

    /** The first row of a document's group. */
    record DocumentHeader(String slug, String title, int hitCount) implements SearchRow {
    }

    record HitRow(SearchHit hit) implements SearchRow {
    }
}

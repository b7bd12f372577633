package org.policylens.service;

import java.util.List;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchQuery;
import org.policylens.store.DocumentRepository;
import org.policylens.store.SearchRepository;

/** Searches all documents at once, Simplified or Traditional. */
public final class SearchService {

    private final SearchRepository search;
    private final DocumentRepository documents;

    public SearchService(SearchRepository search, DocumentRepository documents) {
        this.search = search;
        this.documents = documents;
    }

    /**
     * Ranked hits for a query.
     *
     * @throws UserException when the query names a document the library does not have
     */
    public List<SearchHit> search(SearchQuery query) {
        if (query.documentSlug() != null && documents.findBySlug(query.documentSlug()).isEmpty()) {
            throw new UserException("no document with slug '" + query.documentSlug() + "' in the library");
        }
        return search.search(query);
    }
}

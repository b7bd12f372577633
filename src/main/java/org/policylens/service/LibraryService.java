package org.policylens.service;

import java.util.List;
import org.policylens.model.DocumentContent;
import org.policylens.model.DocumentSummary;
import org.policylens.store.DocumentRepository;

/** Browsing the library: the documents it holds and their content. */
public final class LibraryService {

    private final DocumentRepository documents;

    public LibraryService(DocumentRepository documents) {
        this.documents = documents;
    }

    public List<DocumentSummary> documents() {
        return documents.list();
    }

    /**
     * @throws UserException when there is no such document
     */
    public DocumentSummary document(String slug) {
        return documents.findBySlug(slug)
                .orElseThrow(() -> new UserException("no document with slug '" + slug + "' in the library"));
    }

    public DocumentContent open(String slug) {
        DocumentSummary summary = document(slug);
        long id = summary.id();
        return new DocumentContent(summary, documents.text(id), documents.sections(id), documents.passages(id));
    }
}

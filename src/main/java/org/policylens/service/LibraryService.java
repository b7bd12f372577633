package org.policylens.service;

import java.nio.file.Path;
import java.util.List;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.RemovalImpact;
import org.policylens.model.DocumentContent;
import org.policylens.model.DocumentSummary;
import org.policylens.store.DocumentRepository;

/** Browsing the library: the documents it holds and their content. */
public final class LibraryService {

    private final DocumentRepository documents;
    private final LibraryBackups backups;

    public LibraryService(DocumentRepository documents, LibraryBackups backups) {
        this.documents = documents;
        this.backups = backups;
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

    /** What removing the document would take with it; show this before asking to confirm. */
    public RemovalImpact removalImpact(String slug) {
        return documents.removalImpact(document(slug).id());
    }

    /**
     * Removes a document with its annotations and decisions, after copying the whole library to a backup file.
     *
     * @return the backup, from which the document can be restored
     */
    public Path remove(String slug) {
        DocumentSummary doc = document(slug);
        Path backup = backups.backUp("before-removing-" + slug);
        documents.delete(doc.id());
        return backup;
    }

    /** Replaces a document's descriptive metadata (title, issuer, level, region, date, number). */
    public DocumentSummary editMetadata(String slug, DocumentMetadata edited) {
        DocumentSummary doc = document(slug);
        if (edited.title().isBlank()) {
            throw new UserException("a document needs a title");
        }
        if (edited.date() != null && !edited.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new UserException("the date '" + edited.date() + "' is not yyyy, yyyy-MM or yyyy-MM-dd");
        }
        documents.updateMetadata(doc.id(), edited);
        return document(slug);
    }
}

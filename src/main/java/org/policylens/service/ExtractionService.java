package org.policylens.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.policylens.extract.SubsidyExtractor;
import org.policylens.extract.TargetExtractor;
import org.policylens.model.DocumentSummary;
import org.policylens.store.DocumentRepository;
import org.policylens.store.ExtractionRepository;

/**
 * Reads targets and subsidies out of stored documents: on import (as a {@link DocumentAnalyzer}), on demand
 * ({@link #reextract}), and once for documents stored before extraction existed. A re-run keeps every record a user
 * confirmed, edited or rejected; only automatic records are replaced.
 */
public final class ExtractionService implements DocumentAnalyzer {

    private final DocumentRepository documents;
    private final ExtractionRepository extractions;
    private final TargetExtractor targetExtractor;
    private final SubsidyExtractor subsidyExtractor;
    private final Clock clock;

    public ExtractionService(DocumentRepository documents, ExtractionRepository extractions,
                             TargetExtractor targetExtractor, SubsidyExtractor subsidyExtractor, Clock clock) {
        this.documents = documents;
        this.extractions = extractions;
        this.targetExtractor = targetExtractor;
        this.subsidyExtractor = subsidyExtractor;
        this.clock = clock;
    }

    /** Extracts one stored document; one transaction. */
    @Override
    public void analyze(long documentId) {
        String text = documents.text(documentId);
        extractions.store(documentId, targetExtractor.extract(text), subsidyExtractor.extract(text),
                Instant.now(clock).toString());
    }

    /**
     * Runs extraction again on one document, or on all of them.
     *
     * @param slug the document, or null for the whole library
     * @return how many documents were extracted
     * @throws UserException when there is no document with that slug
     */
    public int reextract(String slug) {
        List<DocumentSummary> targets = slug == null ? documents.list() : List.of(documents.findBySlug(slug)
                .orElseThrow(() -> new UserException("no document with slug '" + slug + "' in the library")));
        targets.forEach(doc -> analyze(doc.id()));
        return targets.size();
    }

    /** Extracts documents that were stored before extraction existed (a library from an older version). */
    public int extractPending() {
        List<Long> pending = extractions.documentsNotExtracted();
        pending.forEach(this::analyze);
        return pending.size();
    }
}

package org.policylens.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.policylens.extract.SubsidyExtractor;
import org.policylens.extract.TargetExtractor;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Subsidy;
import org.policylens.model.Target;
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

    /** Extraction on import: the extractors run in the pure part, the records are merged in the store part. */
    @Override
    public Analysis begin() {
        return document -> {
            Extraction found = extract(document.text());
            return stored -> store(stored.id(), found);
        };
    }

    /** What the extractors found in one text. */
    private record Extraction(List<Target> targets, List<Subsidy> subsidies) {
    }

    private Extraction extract(String text) {
        return new Extraction(targetExtractor.extract(text), subsidyExtractor.extract(text));
    }

    private void store(long documentId, Extraction found) {
        extractions.store(documentId, found.targets(), found.subsidies(), Instant.now(clock).toString());
    }

    /** Extracts one stored document; one transaction. */
    private void extractStored(long documentId) {
        store(documentId, extract(documents.text(documentId)));
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
        targets.forEach(doc -> extractStored(doc.id()));
        return targets.size();
    }

    /**
     * How many targets and subsidies of a document the listings show (rejected ones left out): what an import reports
     * per document, cheap enough to ask after each one.
     */
    public ExtractionRepository.RecordCounts recordCounts(long documentId) {
        return extractions.counts(documentId);
    }

    /** Extracts documents that were stored before extraction existed (a library from an older version). */
    public int extractPending() {
        List<Long> pending = extractions.documentsNotExtracted();
        pending.forEach(this::extractStored);
        return pending.size();
    }
}

package org.policylens.service;

import org.policylens.model.ParsedDocument;

/**
 * Work that runs on every imported or replaced document: extraction of targets and subsidies, theme coding,
 * re-anchoring of annotations. It comes in two parts so that import can run the slow one in parallel: a pure part
 * computed from the parsed document alone (on any thread, no database), and a store part that writes its result once
 * the document is stored, inside the import's transaction. Analyzers are registered in {@link AppContext} so import
 * does not need to know them.
 */
@FunctionalInterface
public interface DocumentAnalyzer {

    /**
     * Starts analysing a run of documents. Called on the importing thread before the first document; reads from the
     * library what the pure part needs (such as the active codebook), so the pure part never has to.
     */
    Analysis begin();

    /** The pure part, for one run of documents. */
    @FunctionalInterface
    interface Analysis {

        /** What to store for {@code document}; thread-safe, reads nothing from the library. */
        Result analyze(ParsedDocument document);
    }

    /** The result of the pure part for one document: it knows how to store itself. */
    @FunctionalInterface
    interface Result {

        /** Stores the result for the document now stored as {@code document}; joins the caller's transaction. */
        void store(StoredDocument document);
    }
}

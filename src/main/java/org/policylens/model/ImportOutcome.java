package org.policylens.model;

/**
 * What importing one document did.
 *
 * @param status   whether it was stored or recognised as already present
 * @param document the stored document (for a duplicate: the one already in the library)
 * @param source   the file (or bundled entry) it came from
 */
public record ImportOutcome(Status status, DocumentSummary document, String source) {

    public enum Status {
        /** A new document was stored. */
        IMPORTED,
        /** The same text was already in the library; nothing changed. */
        DUPLICATE,
        /** An existing document was replaced by a new version of its text. */
        REPLACED
    }

    public boolean imported() {
        return status == Status.IMPORTED;
    }
}

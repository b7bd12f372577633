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
        IMPORTED, DUPLICATE
    }

    public boolean imported() {
        return status == Status.IMPORTED;
    }
}

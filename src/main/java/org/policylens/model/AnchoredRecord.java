package org.policylens.model;

/** A stored record tied to a clause of a document: which document, where (code point offsets), and its row id. */
public interface AnchoredRecord {

    long id();

    /** Slug of the document. */
    String document();

    int start();

    int end();
}

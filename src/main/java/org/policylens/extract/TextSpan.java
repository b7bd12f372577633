package org.policylens.extract;

/** A half-open char range [start, end) of a document, used for paragraphs, sentences and clauses. */
record TextSpan(int start, int end) {

    boolean contains(int index) {
        return index >= start && index < end;
    }

    int length() {
        return end - start;
    }
}

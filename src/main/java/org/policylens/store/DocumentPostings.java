package org.policylens.store;

import java.util.List;

/**
 * One document's part of a search index segment, built on an analysis thread: its passages' postings as
 * {@link GramSegmentBuilder} writes them, with the passages numbered 0..n-1 in document order. Once the document is
 * stored and its passages have ids (consecutive: one batch of inserts), the storing thread appends the part to a
 * segment by shifting those numbers ({@link GramSegmentBuilder#add(long, DocumentPostings)}): per gram of the document
 * one re-encoded number and a byte copy, instead of hashing every gram of every passage again. That merging was a
 * sixth of the storing thread's CPU in an import.
 */
final class DocumentPostings {

    /** The document's distinct grams, in order of first occurrence (passage by passage). */
    final long[] keys;
    /** Gram g's postings are {@code bytes[start[g] .. start[g + 1])}, the first number being its first passage. */
    final byte[] bytes;
    final int[] start;
    /** The last passage that has gram g. */
    final int[] lastPassage;
    /** Each passage's length in code points. */
    final int[] codePoints;

    DocumentPostings(long[] keys, byte[] bytes, int[] start, int[] lastPassage, int[] codePoints) {
        this.keys = keys;
        this.bytes = bytes;
        this.start = start;
        this.lastPassage = lastPassage;
        this.codePoints = codePoints;
    }

    /** The part of a document whose passages have these grams, in order. */
    static DocumentPostings of(List<PassageGrams> passages) {
        GramSegmentBuilder builder = new GramSegmentBuilder(1 << 10);
        for (int i = 0; i < passages.size(); i++) {
            builder.add(i, passages.get(i));
        }
        return builder.asDocumentPart(passages);
    }

    int passages() {
        return codePoints.length;
    }
}

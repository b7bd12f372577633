package org.policylens.export;

import java.util.List;
import java.util.Objects;

/**
 * One user annotation.
 *
 * @param document    the document's slug
 * @param sectionPath the headings above the annotated text; may be empty
 * @param quote       the annotated text as written
 * @param note        the user's note; may be empty
 * @param tags        the codes (tags) attached
 * @param start       code point offset of the quote in the document text
 * @param end         code point offset after the quote
 * @param createdAt   when it was made, as ISO text; may be empty
 */
public record AnnotationRow(String document, String sectionPath, String quote, String note, List<String> tags,
                            int start, int end, String createdAt) {

    public AnnotationRow {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, "quote");
        sectionPath = sectionPath == null ? "" : sectionPath;
        note = note == null ? "" : note;
        tags = tags == null ? List.of() : List.copyOf(tags);
        createdAt = createdAt == null ? "" : createdAt;
    }
}

package org.policylens.model;

import java.util.List;

/**
 * A user's highlight on a span of a document, with a note, a colour and tags (codes).
 *
 * @param id           stored id (0 before it is stored)
 * @param uuid         stable identity across libraries (export and import keep it)
 * @param documentSlug the document it belongs to
 * @param start        code point offset of the span in the document text
 * @param end          code point offset after the span
 * @param quote        the annotated text as written
 * @param prefix       up to {@link TextQuote#CONTEXT} code points before the quote
 * @param suffix       up to {@link TextQuote#CONTEXT} code points after the quote
 * @param note         the note, possibly several lines; may be empty
 * @param color        a colour name from {@link AnnotationColor}
 * @param tags         the codes attached, sorted, without duplicates
 * @param orphaned     true when a re-imported document no longer contains the quote; the annotation is kept
 * @param createdAt    ISO-8601 instant
 * @param modifiedAt   ISO-8601 instant
 */
public record Annotation(long id, String uuid, String documentSlug, int start, int end, String quote, String prefix,
                         String suffix, String note, AnnotationColor color, List<String> tags, boolean orphaned,
                         String createdAt, String modifiedAt) {

    public Annotation {
        note = note == null ? "" : note;
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        color = color == null ? AnnotationColor.YELLOW : color;
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct()
                .sorted().toList();
    }

    public Annotation withContent(String newNote, AnnotationColor newColor, List<String> newTags, String now) {
        return new Annotation(id, uuid, documentSlug, start, end, quote, prefix, suffix, newNote, newColor, newTags,
                orphaned, createdAt, now);
    }

    /** The annotation at a new place; its quote becomes the text there (e.g. Simplified after a script change). */
    public Annotation withAnchor(TextQuote at, boolean isOrphaned, String now) {
        return new Annotation(id, uuid, documentSlug, at.start(), at.end(), at.exact(), at.prefix(), at.suffix(), note,
                color, tags, isOrphaned, createdAt, now);
    }

    /** The same annotation flagged as orphaned: its quote is no longer in the document, but nothing is lost. */
    public Annotation asOrphan(String now) {
        return new Annotation(id, uuid, documentSlug, start, end, quote, prefix, suffix, note, color, tags, true,
                createdAt, now);
    }
}

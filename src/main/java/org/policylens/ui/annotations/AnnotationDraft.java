package org.policylens.ui.annotations;

import java.util.List;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;
import org.policylens.ui.reader.ReaderSelection;

/**
 * What the editor edits: a new annotation on a selection ({@code id} 0) or an existing one.
 *
 * @param id    the stored annotation's id, or 0 for a new one
 * @param slug  the document
 * @param start code point offset in the document
 * @param end   code point offset after the span
 * @param quote the annotated text, shown in the editor
 */
public record AnnotationDraft(long id, String slug, int start, int end, String quote, String note,
                              AnnotationColor color, List<String> tags) {

    public AnnotationDraft {
        note = note == null ? "" : note;
        color = color == null ? AnnotationColor.YELLOW : color;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static AnnotationDraft of(ReaderSelection selection, AnnotationColor color) {
        return new AnnotationDraft(0, selection.slug(), selection.start(), selection.end(), selection.text(), "",
                color, List.of());
    }

    public static AnnotationDraft of(Annotation annotation) {
        return new AnnotationDraft(annotation.id(), annotation.documentSlug(), annotation.start(), annotation.end(),
                annotation.quote(), annotation.note(), annotation.color(), annotation.tags());
    }

    public boolean isNew() {
        return id == 0;
    }

    public AnnotationDraft withContent(String newNote, AnnotationColor newColor, List<String> newTags) {
        return new AnnotationDraft(id, slug, start, end, quote, newNote, newColor, newTags);
    }
}

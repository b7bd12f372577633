package org.policylens.ui.annotations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;
import org.policylens.model.Passage;
import org.policylens.ui.reader.PassageDecorator;

/**
 * Draws the open document's annotations in the reader as highlights in their colour, with the note as tooltip. The
 * annotation last opened from the panel is marked as well, so the eye finds it after the jump. Orphaned annotations
 * have no reliable place in the text and are not drawn (the panel flags them).
 */
final class AnnotationDecorator implements PassageDecorator {

    /** Marks the annotation opened from the panel. */
    static final String FOCUSED = "annotation-focused";

    private final Supplier<String> openSlug;
    private final Supplier<String> emptyTooltip;
    private Map<String, List<Annotation>> bySlug = Map.of();
    private String focusedUuid;

    /**
     * @param openSlug     the slug of the document the reader shows
     * @param emptyTooltip the tooltip of an annotation without note or tags (localized)
     */
    AnnotationDecorator(Supplier<String> openSlug, Supplier<String> emptyTooltip) {
        this.openSlug = openSlug;
        this.emptyTooltip = emptyTooltip;
    }

    static String styleClass(AnnotationColor color) {
        return "annotation-" + color.code();
    }

    void setAnnotations(List<Annotation> annotations) {
        Map<String, List<Annotation>> grouped = new HashMap<>();
        for (Annotation a : annotations) {
            if (!a.orphaned()) {
                grouped.computeIfAbsent(a.documentSlug(), k -> new ArrayList<>()).add(a);
            }
        }
        // Longer spans first, so a short annotation inside a long one is drawn on top and its tooltip wins.
        grouped.values().forEach(list -> list.sort(Comparator.comparingInt((Annotation a) -> a.start() - a.end())));
        bySlug = grouped;
    }

    void focus(String uuid) {
        focusedUuid = uuid;
    }

    /** The innermost annotation of a document covering a code point offset. */
    Optional<Annotation> at(String slug, int offset) {
        Annotation found = null;
        for (Annotation a : bySlug.getOrDefault(slug, List.of())) {
            if (a.start() <= offset && offset < a.end()) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public Decoration decorate(Passage passage) {
        List<Annotation> annotations = bySlug.getOrDefault(openSlug.get(), List.of());
        List<Span> spans = new ArrayList<>();
        for (Annotation a : annotations) {
            int from = Math.max(a.start(), passage.start());
            int to = Math.min(a.end(), passage.end());
            if (from < to) {
                int relativeFrom = from - passage.start();
                int relativeTo = to - passage.start();
                spans.add(new Span(relativeFrom, relativeTo, styleClass(a.color()), tooltip(a)));
                if (a.uuid().equals(focusedUuid)) {
                    spans.add(new Span(relativeFrom, relativeTo, FOCUSED, null));
                }
            }
        }
        return Decoration.of(spans);
    }

    private String tooltip(Annotation a) {
        StringBuilder text = new StringBuilder(a.note().strip());
        if (!a.tags().isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append("#").append(String.join("  #", a.tags()));
        }
        return text.isEmpty() ? emptyTooltip.get() : text.toString();
    }
}

package org.policylens.ui.annotations;

import java.util.Comparator;
import org.policylens.model.Annotation;

/** How the annotations panel orders its list. */
public enum AnnotationSort {
    /** Most recently changed first: what a student just wrote is on top. */
    DATE(Comparator.comparing(Annotation::modifiedAt).reversed().thenComparing(Annotation::uuid)),
    /** By document, then in reading order within a document. */
    DOCUMENT(Comparator.comparing(Annotation::documentSlug).thenComparingInt(Annotation::start)
            .thenComparingInt(Annotation::end).thenComparing(Annotation::uuid));

    private final Comparator<Annotation> order;

    AnnotationSort(Comparator<Annotation> order) {
        this.order = order;
    }

    public Comparator<Annotation> order() {
        return order;
    }

    /** Key of the label in the message bundles. */
    public String messageKey() {
        return "annotations.sort." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

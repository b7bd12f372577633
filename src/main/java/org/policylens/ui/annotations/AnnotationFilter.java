package org.policylens.ui.annotations;

import org.policylens.model.Annotation;
import org.policylens.text.SearchKey;

/**
 * What the annotations panel shows: one document or all, one tag or all, and annotations whose quote, note, tags or
 * document title contain every word of a text. Text matches on the search key, so 质量 finds an annotation on 質量.
 *
 * @param slug a document's slug, or null for every document
 * @param tag  a tag, or null for every tag
 * @param text words to look for; blank for no text filter
 */
public record AnnotationFilter(String slug, String tag, String text) {

    public static final AnnotationFilter ALL = new AnnotationFilter(null, null, "");

    public AnnotationFilter {
        text = text == null ? "" : text.strip();
    }

    /** @param documentTitle the title of the annotation's document, searched as well (may be null) */
    public boolean matches(Annotation annotation, String documentTitle) {
        if (slug != null && !slug.equals(annotation.documentSlug())) {
            return false;
        }
        if (tag != null && !annotation.tags().contains(tag)) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String haystack = SearchKey.of(String.join("\n", annotation.quote(), annotation.note(),
                String.join(" ", annotation.tags()), documentTitle == null ? "" : documentTitle));
        for (String word : SearchKey.of(text).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}

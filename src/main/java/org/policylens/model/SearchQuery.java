package org.policylens.model;

/**
 * A search over the library's passages.
 *
 * @param text         what the user typed; whitespace separates terms that must all occur
 * @param documentSlug restrict to one document, or null for all
 * @param limit        the most hits to return; 0 for all
 * @param themeCode    only passages coded with this theme of the active codebook, or null for all
 */
public record SearchQuery(String text, String documentSlug, int limit, String themeCode) {

    public SearchQuery {
        text = text == null ? "" : text;
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }

    public SearchQuery(String text, String documentSlug, int limit) {
        this(text, documentSlug, limit, null);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, 0);
    }
}

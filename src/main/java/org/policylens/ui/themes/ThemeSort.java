package org.policylens.ui.themes;

import java.util.Objects;

/**
 * How the heatmap's rows are ordered. Codebook order follows the national outline the codebook mirrors; the others
 * answer "what is covered most" overall or in one document. Each key has its natural direction (names A→Z, figures
 * largest first); {@code reversed} flips it, as a second click on a column header does.
 *
 * @param key      what to sort by
 * @param document the document whose share decides, for {@link Key#DOCUMENT}; null otherwise
 * @param reversed the opposite of the natural direction
 */
public record ThemeSort(Key key, String document, boolean reversed) {

    public enum Key { CODEBOOK, NAME, TOTAL, DOCUMENT }

    public static final ThemeSort CODEBOOK = new ThemeSort(Key.CODEBOOK, null, false);

    public ThemeSort {
        Objects.requireNonNull(key);
        if ((key == Key.DOCUMENT) != (document != null)) {
            throw new IllegalArgumentException("a document is needed exactly when sorting by a document's share");
        }
    }

    public static ThemeSort by(Key key) {
        return new ThemeSort(key, null, false);
    }

    public static ThemeSort byDocument(String slug) {
        return new ThemeSort(Key.DOCUMENT, slug, false);
    }

    /** The sort a click on this header gives: the same header again flips the direction, a new one starts fresh. */
    public ThemeSort clicked(ThemeSort header) {
        return sameColumn(header) ? new ThemeSort(key, document, !reversed) : header;
    }

    public boolean sameColumn(ThemeSort other) {
        return key == other.key && Objects.equals(document, other.document);
    }
}

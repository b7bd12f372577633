package org.policylens.model;

import java.util.Objects;

/**
 * A user's decision that a passage has, or has not, a theme. It names the passage by what survives a re-import of
 * its document: the document slug, a hash of the passage text, its offsets and its text.
 *
 * @param id            stored id (0 before it is stored)
 * @param documentSlug  the document
 * @param passageHash   a hash of the passage text without whitespace, so re-wrapped lines still match
 * @param passageStart  the passage's start offset when the decision was taken
 * @param passageEnd    its end offset then
 * @param quote         the passage text then
 * @param themeCode     the theme
 * @param add           true: the passage has the theme; false: it does not
 */
public record ThemeDecision(long id, String documentSlug, String passageHash, int passageStart, int passageEnd,
                            String quote, String themeCode, boolean add) {

    public ThemeDecision {
        Objects.requireNonNull(documentSlug, "documentSlug");
        Objects.requireNonNull(passageHash, "passageHash");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(themeCode, "themeCode");
    }

    public ThemeDecision withThemeCode(String code) {
        return new ThemeDecision(id, documentSlug, passageHash, passageStart, passageEnd, quote, code, add);
    }
}

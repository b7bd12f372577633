package org.policylens.model;

import java.util.List;

/**
 * A stored passage with its themes (primary first).
 *
 * @param passageId    the stored passage id (what manual coding refers to while the document is in the library)
 * @param documentId   the stored id of its document
 * @param documentSlug its document's slug
 * @param ordinal      its position in the document
 * @param sectionPath  the headings above it
 * @param start        code point offset in the document text
 * @param end          code point offset after it
 * @param text         the passage as written
 * @param themes       its themes, primary first
 */
public record CodedPassage(long passageId, long documentId, String documentSlug, int ordinal, String sectionPath, int start, int end,
                           String text, List<PassageTheme> themes) {

    public CodedPassage {
        themes = List.copyOf(themes);
    }

    /** Length in characters (code points), as the theme matrix weighs passages. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    public boolean has(String code) {
        return themes.stream().anyMatch(t -> t.code().equals(code));
    }
}

package org.policylens.export;

import java.util.List;
import java.util.Objects;

/**
 * One (passage, theme) pair: a passage with two themes gives two rows, so the sheet can be filtered by theme.
 *
 * @param document      the document's slug
 * @param sectionPath   the headings above the passage; may be empty
 * @param themeCode     the theme's code
 * @param themeName     the theme's name in the workbook's language
 * @param evidenceTerms the matched terms that gave the theme, in text order
 * @param passageText   the passage as written
 * @param start         code point offset of the passage in the document text
 * @param end           code point offset after the passage
 */
public record ThemePassageRow(String document, String sectionPath, String themeCode, String themeName,
                              List<String> evidenceTerms, String passageText, int start, int end) {

    public ThemePassageRow {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(themeCode, "themeCode");
        Objects.requireNonNull(passageText, "passageText");
        sectionPath = sectionPath == null ? "" : sectionPath;
        themeName = themeName == null || themeName.isBlank() ? themeCode : themeName;
        evidenceTerms = evidenceTerms == null ? List.of() : List.copyOf(evidenceTerms);
    }
}

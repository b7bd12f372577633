package org.policylens.service;

import java.util.LinkedHashSet;
import java.util.List;
import org.policylens.export.ExportLanguage;

/**
 * What a comparison workbook should hold.
 *
 * @param documents the slugs of the documents to include, in column order; empty for the whole library
 * @param language  sheet names, headers and theme/indicator names; Chinese when null
 */
public record ExportRequest(List<String> documents, ExportLanguage language) {

    public ExportRequest {
        // A slug given twice would make two identical columns; the first mention fixes its place.
        documents = documents == null ? List.of() : List.copyOf(new LinkedHashSet<>(documents));
        language = language == null ? ExportLanguage.ZH : language;
    }

    /** The whole library. */
    public static ExportRequest all(ExportLanguage language) {
        return new ExportRequest(List.of(), language);
    }

    public boolean wholeLibrary() {
        return documents.isEmpty();
    }
}

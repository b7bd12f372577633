package org.policylens.model;

import java.util.List;

/**
 * Where a coded passage lies in its document and the codes of its themes (primary first): what finding a record's
 * themes by its offset needs, without the passage's text or the evidence of its coding.
 *
 * @param documentSlug the document
 * @param start        first char of the passage in the document's text
 * @param end          one past its last char
 * @param codes        theme codes, primary first
 */
public record ThemedSpan(String documentSlug, int start, int end, List<String> codes) {

    public ThemedSpan {
        codes = List.copyOf(codes);
    }
}

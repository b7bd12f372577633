package org.policylens.service;

import org.policylens.model.ParsedDocument;

/**
 * A document as it was just stored: its id in the library and the content stored (whose metadata carries the slug it
 * was finally given, which may differ from the one guessed before a clash).
 */
public record StoredDocument(long id, ParsedDocument content) {

    public String slug() {
        return content.metadata().slug();
    }
}

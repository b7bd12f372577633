package org.policylens.model;

import java.util.List;

/**
 * A document read from a file and structured, before it is stored: its metadata, its body text (web residue
 * removed) and the sections and passages with offsets into that text.
 */
public record ParsedDocument(DocumentMetadata metadata, String text, List<Section> sections, List<Passage> passages) {

    public ParsedDocument {
        sections = List.copyOf(sections);
        passages = List.copyOf(passages);
    }
}

package org.policylens.model;

import java.util.List;

/** A stored document opened for reading: its summary, text, outline and passages. */
public record DocumentContent(DocumentSummary summary, String text, List<Section> sections, List<Passage> passages) {

    public DocumentContent {
        sections = List.copyOf(sections);
        passages = List.copyOf(passages);
    }
}

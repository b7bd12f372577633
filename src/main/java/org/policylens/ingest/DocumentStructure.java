package org.policylens.ingest;

import java.util.List;
import org.policylens.model.Passage;
import org.policylens.model.Section;

/**
 * The outline of a body text: its sections (headings at every level) and its passages (non-empty lines).
 */
public record DocumentStructure(List<Section> sections, List<Passage> passages) {

    public DocumentStructure {
        sections = List.copyOf(sections);
        passages = List.copyOf(passages);
    }

    /** Sections without a parent: the document's chapters. */
    public List<Section> topLevelSections() {
        return sections.stream().filter(s -> s.parent() < 0).toList();
    }
}

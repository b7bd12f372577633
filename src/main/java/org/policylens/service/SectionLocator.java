package org.policylens.service;

import java.util.List;
import org.policylens.model.DocumentContent;
import org.policylens.model.Passage;
import org.policylens.model.Section;

/**
 * Finds the section path of a position in a document, so an exported record says where its clause stands. A
 * position inside a passage takes that passage's path; one outside every passage (a heading line, a table cell the
 * passage split left out) takes the innermost section whose span contains it.
 */
final class SectionLocator {

    private final List<Passage> passages;
    private final List<Section> sections;

    SectionLocator(DocumentContent document) {
        // Passages are stored in reading order, so their starts ascend and a binary search applies.
        this.passages = document.passages();
        this.sections = document.sections();
    }

    /** The section path at a code point offset; empty before the first heading or outside the text. */
    String pathAt(int offset) {
        Passage passage = passageAt(offset);
        if (passage != null) {
            return passage.sectionPath();
        }
        Section innermost = null;
        for (Section section : sections) {
            if (section.start() <= offset && offset < section.end()
                    && (innermost == null || section.depth() > innermost.depth())) {
                innermost = section;
            }
        }
        return innermost == null ? "" : innermost.path();
    }

    private Passage passageAt(int offset) {
        int low = 0;
        int high = passages.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Passage passage = passages.get(middle);
            if (offset < passage.start()) {
                high = middle - 1;
            } else if (offset >= passage.end()) {
                low = middle + 1;
            } else {
                return passage;
            }
        }
        return null;
    }
}

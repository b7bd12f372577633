package org.policylens.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policylens.model.DocumentContent;
import org.policylens.model.Passage;
import org.policylens.model.Section;

/**
 * One paragraph as the reader lays it out.
 *
 * @param passage the passage shown
 * @param depth   heading depth when the paragraph opens a section (1 = chapter), 0 for body text
 */
public record ReaderBlock(Passage passage, int depth) {

    public boolean isHeading() {
        return depth > 0;
    }

    /** The blocks of a document: each passage, marked as a heading when a section starts with it. */
    public static List<ReaderBlock> of(DocumentContent content) {
        Map<Integer, Integer> depthByStart = new HashMap<>();
        for (Section section : content.sections()) {
            depthByStart.putIfAbsent(section.start(), section.depth());
        }
        List<ReaderBlock> blocks = new ArrayList<>(content.passages().size());
        for (Passage passage : content.passages()) {
            blocks.add(new ReaderBlock(passage, depthByStart.getOrDefault(passage.start(), 0)));
        }
        return blocks;
    }

    /** Index of the block containing the code point offset, or -1. */
    public static int indexAt(List<ReaderBlock> blocks, int offset) {
        for (int i = 0; i < blocks.size(); i++) {
            Passage p = blocks.get(i).passage();
            if (offset >= p.start() && offset < Math.max(p.end(), p.start() + 1)) {
                return i;
            }
            if (p.start() > offset) {
                return Math.max(0, i - 1);
            }
        }
        return blocks.isEmpty() ? -1 : blocks.size() - 1;
    }
}

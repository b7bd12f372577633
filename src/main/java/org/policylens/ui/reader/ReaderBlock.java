package org.policylens.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policylens.model.DocumentContent;
import org.policylens.model.Passage;
import org.policylens.model.Section;
import org.policylens.text.CodePoints;

/**
 * One paragraph as the reader lays it out.
 *
 * @param passage       the passage shown
 * @param depth         depth of the section the paragraph opens (1 = chapter), 0 for body text
 * @param headingLength code points at the start of the passage that are the heading: all of it for a heading line,
 *                      the first sentence for a run-in heading such as （一）加强标准建设。随后的正文……, 0 for body text
 */
public record ReaderBlock(Passage passage, int depth, int headingLength) {

    public boolean isHeading() {
        return depth > 0;
    }

    /** The blocks of a document: each passage, marked as a heading when a section starts with it. */
    public static List<ReaderBlock> of(DocumentContent content) {
        Map<Integer, Section> sectionByStart = new HashMap<>();
        for (Section section : content.sections()) {
            sectionByStart.putIfAbsent(section.start(), section);
        }
        List<ReaderBlock> blocks = new ArrayList<>(content.passages().size());
        for (Passage passage : content.passages()) {
            Section section = sectionByStart.get(passage.start());
            blocks.add(section == null ? new ReaderBlock(passage, 0, 0)
                    : new ReaderBlock(passage, section.depth(), headingLength(passage.text(), section)));
        }
        return blocks;
    }

    private static int headingLength(String text, Section section) {
        int length = CodePoints.length(text);
        String title = section.title();
        if (!title.isEmpty() && text.startsWith(title)) {
            // Run-in heading: the title plus the full stop or colon that ends it.
            int end = CodePoints.length(title);
            if (end < length && "。：:".indexOf(text.charAt(text.offsetByCodePoints(0, end))) >= 0) {
                end++;
            }
            return end;
        }
        return length;
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

package org.policylens.extract;

import org.policylens.model.Section;
import org.policylens.text.HeadingLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain text document into paragraphs (non-empty lines) and gives each the section path of the numbered
 * headings above it, using a running heading stack. A light stand-in for the ingest layer's structure, for callers
 * that only have raw text (tests, quick previews).
 *
 * <p>A line such as {@code (一)强化标准化引领} is a heading line; a line such as {@code 1.加强标准制修订。鼓励…} is a
 * paragraph with a run-in title: it is returned as a paragraph and its title also opens a section for the lines
 * that follow it.
 */
public final class ThemeContext {

    /** Headings longer than this are body text that happens to start with a number. */
    private static final int MAX_TITLE_LENGTH = 40;

    /**
     * One paragraph.
     *
     * @param text        the line as written, trimmed
     * @param start       code point offset of the first character in the document
     * @param end         code point offset after the last character
     * @param sectionPath the headings above it joined with {@link Section#PATH_SEPARATOR}; it includes the
     *                    paragraph's own run-in title, as an ingested section path would
     * @param heading     whether the line is a heading on its own
     */
    public record Paragraph(String text, int start, int end, String sectionPath, boolean heading) {
    }

    private record OpenHeading(HeadingLabel.Kind kind, String title) {
    }

    private ThemeContext() {
    }

    public static List<Paragraph> paragraphs(String document) {
        List<Paragraph> result = new ArrayList<>();
        List<OpenHeading> stack = new ArrayList<>();
        int offset = 0;
        for (String rawLine : document.split("\n", -1)) {
            int lineLength = rawLine.codePointCount(0, rawLine.length());
            String line = rawLine.strip();
            if (!line.isEmpty()) {
                int lead = rawLine.indexOf(line.charAt(0));
                int start = offset + rawLine.codePointCount(0, lead);
                int end = start + line.codePointCount(0, line.length());
                var label = HeadingLabel.parse(line);
                // —— bullets are list items of a goal block, not sections of their own.
                boolean numbered = label.isPresent() && label.get().kind() != HeadingLabel.Kind.DASH_BULLET;
                String title = numbered ? runInTitle(line) : null;
                boolean headingOnly = title != null && title.length() >= line.length() - 1;
                if (numbered) {
                    // A numbered item closes the previous item of its level even when it has no short title.
                    HeadingLabel.Kind kind = label.get().kind();
                    stack.removeIf(open -> open.kind().ordinal() >= kind.ordinal());
                    if (title != null) {
                        stack.add(new OpenHeading(kind, title));
                    }
                }
                String path = String.join(Section.PATH_SEPARATOR, stack.stream().map(OpenHeading::title).toList());
                result.add(new Paragraph(line, start, end, path, headingOnly));
            }
            offset += lineLength + 1;
        }
        return result;
    }

    /** The title of a numbered line: up to its first full stop, or the whole line if short; null if too long. */
    static String runInTitle(String line) {
        int stop = line.indexOf('。');
        String title = stop >= 0 ? line.substring(0, stop) : line;
        return title.codePointCount(0, title.length()) <= MAX_TITLE_LENGTH ? title : null;
    }
}

package org.policylens.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policylens.model.Passage;
import org.policylens.model.Section;
import org.policylens.text.CodePoints;
import org.policylens.text.HeadingLabel;
import org.policylens.text.HeadingLabel.Kind;

/**
 * Turns a body text into sections and passages.
 *
 * <p>Each non-empty line is a paragraph and becomes one passage. A line that opens with heading numbering
 * (一、 （一） 1. 1、 （1） 第一章 第一条 ——) also opens a section. Depth follows the conventional nesting of the numbering
 * styles, counted over the styles the document actually uses, so a document whose outline starts at （一） or 1. still
 * gets those as its top-level chapters. —— bullets are one-paragraph sections below every numbered level.
 *
 * <p>All offsets are code point offsets into the body text.
 */
public final class StructureParser {

    /** Conventional nesting, outermost first. Articles (第一条) sit directly under chapters in regulations. */
    private static final List<Kind> NESTING = List.of(Kind.CHAPTER, Kind.ARTICLE, Kind.CHINESE_ENUM,
            Kind.CHINESE_PAREN, Kind.ARABIC_ENUM, Kind.ARABIC_PAREN);

    /** The depth bullets get at least, as documented on {@link Section}. */
    private static final int BULLET_DEPTH = 5;

    /** A heading phrase before 。 or ： longer than this is a sentence, not a heading. */
    private static final int MAX_HEADING_LENGTH = 40;

    /**
     * A numbered heading must continue its numbering style: restart at 1, or follow the last number of the same style
     * with at most this gap. That rejects a paragraph that merely starts with 三、 or 2. inside running text.
     */
    private static final int MAX_NUMBER_GAP = 3;

    private StructureParser() {
    }

    /** Sections and passages of {@code body}. */
    public static DocumentStructure parse(String body) {
        List<Line> lines = splitLines(body);
        List<HeadingCandidate> headings = acceptHeadings(lines);
        Map<Kind, Integer> depthOfKind = depths(headings);
        int bulletDepth = Math.max(BULLET_DEPTH, depthOfKind.size() + 1);

        CodePoints.Index index = new CodePoints.Index(body);
        int textEnd = index.toCodePointOffset(body.length());
        List<SectionDraft> drafts = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        Deque<SectionDraft> open = new ArrayDeque<>();
        int headingAt = 0;
        for (Line line : lines) {
            // A bullet governs its own paragraph only: the next line belongs to the enclosing section again.
            while (!open.isEmpty() && open.peek().bullet) {
                open.pop();
            }
            HeadingCandidate heading = headingAt < headings.size() && headings.get(headingAt).line == line
                    ? headings.get(headingAt++) : null;
            int start = index.toCodePointOffset(line.start);
            int end = index.toCodePointOffset(line.end);
            if (heading != null) {
                boolean bullet = heading.label.kind() == Kind.DASH_BULLET;
                int depth = bullet ? bulletDepth : depthOfKind.get(heading.label.kind());
                while (!open.isEmpty() && open.peek().depth >= depth) {
                    open.pop();
                }
                SectionDraft parent = open.peek();
                String label = bullet ? "" : heading.label.label().strip();
                String title = label + heading.text;
                String path = parent == null ? title : parent.path + Section.PATH_SEPARATOR + title;
                SectionDraft draft = new SectionDraft(drafts.size(), parent == null ? -1 : parent.ordinal, depth,
                        label, heading.text, start, path, bullet);
                if (bullet) {
                    draft.end = end;
                }
                drafts.add(draft);
                open.push(draft);
            }
            SectionDraft innermost = open.peek();
            passages.add(new Passage(passages.size(), innermost == null ? -1 : innermost.ordinal,
                    innermost == null ? "" : innermost.path, start, end, line.text));
        }
        return new DocumentStructure(closeSections(drafts, textEnd), passages);
    }

    /** Section end = start of the next section at the same or a higher level, or the end of the text. */
    private static List<Section> closeSections(List<SectionDraft> drafts, int textEnd) {
        List<Section> sections = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            SectionDraft draft = drafts.get(i);
            int end = draft.end;
            if (end < 0) {
                end = textEnd;
                for (int j = i + 1; j < drafts.size(); j++) {
                    if (drafts.get(j).depth <= draft.depth) {
                        end = drafts.get(j).start;
                        break;
                    }
                }
            }
            sections.add(new Section(draft.ordinal, draft.parent, draft.depth, draft.label, draft.heading,
                    draft.start, end, draft.path));
        }
        return sections;
    }

    private static List<HeadingCandidate> acceptHeadings(List<Line> lines) {
        List<HeadingCandidate> accepted = new ArrayList<>();
        Map<Kind, Integer> lastNumber = new EnumMap<>(Kind.class);
        for (Line line : lines) {
            Optional<HeadingLabel> parsed = HeadingLabel.parse(line.text);
            if (parsed.isEmpty()) {
                continue;
            }
            HeadingLabel label = parsed.get();
            String rest = line.text.substring(label.label().length()).strip();
            if (label.kind() == Kind.DASH_BULLET) {
                if (!rest.isEmpty()) {
                    accepted.add(new HeadingCandidate(line, label, firstClause(rest)));
                }
                continue;
            }
            int last = lastNumber.getOrDefault(label.kind(), 0);
            boolean continuesNumbering = label.number() == 1
                    || (label.number() > last && label.number() <= last + MAX_NUMBER_GAP);
            if (!continuesNumbering) {
                continue;
            }
            lastNumber.put(label.kind(), label.number());
            accepted.add(new HeadingCandidate(line, label, headingText(rest)));
        }
        return accepted;
    }

    /** Depth 1.. for each numbering style used, in conventional nesting order. */
    private static Map<Kind, Integer> depths(List<HeadingCandidate> headings) {
        Set<Kind> used = EnumSet.noneOf(Kind.class);
        headings.forEach(h -> used.add(h.label.kind()));
        Map<Kind, Integer> depths = new EnumMap<>(Kind.class);
        for (Kind kind : NESTING) {
            if (used.contains(kind)) {
                depths.put(kind, depths.size() + 1);
            }
        }
        return depths;
    }

    /**
     * The heading held by a heading line: the phrase before the first 。 or ： when it is short (（一）指导思想。高举… →
     * 指导思想), the whole rest when the line is a short heading on its own, otherwise the first clause.
     */
    static String headingText(String rest) {
        int stop = indexOfAny(rest, "。：:");
        if (stop >= 0 && CodePoints.length(rest.substring(0, stop)) <= MAX_HEADING_LENGTH) {
            return rest.substring(0, stop).strip();
        }
        if (stop < 0 && CodePoints.length(rest) <= MAX_HEADING_LENGTH) {
            return rest.strip();
        }
        return firstClause(rest);
    }

    /** Up to the first clause punctuation, at most {@link #MAX_HEADING_LENGTH} code points. */
    static String firstClause(String rest) {
        int stop = indexOfAny(rest, "。，,；;：:！!？?");
        String clause = stop >= 0 ? rest.substring(0, stop) : rest;
        if (CodePoints.length(clause) > MAX_HEADING_LENGTH) {
            clause = CodePoints.substring(clause, 0, MAX_HEADING_LENGTH);
        }
        return clause.strip();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Non-empty lines, stripped, with char offsets into the body. */
    private static List<Line> splitLines(String body) {
        List<Line> lines = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= body.length()) {
            int newline = body.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? body.length() : newline;
            int start = lineStart;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(body.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                lines.add(new Line(start, end, body.substring(start, end)));
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return lines;
    }

    private record Line(int start, int end, String text) {
    }

    private record HeadingCandidate(Line line, HeadingLabel label, String text) {
    }

    private static final class SectionDraft {
        final int ordinal;
        final int parent;
        final int depth;
        final String label;
        final String heading;
        final int start;
        final String path;
        final boolean bullet;
        int end = -1;

        SectionDraft(int ordinal, int parent, int depth, String label, String heading, int start, String path,
                     boolean bullet) {
            this.ordinal = ordinal;
            this.parent = parent;
            this.depth = depth;
            this.label = label;
            this.heading = heading;
            this.start = start;
            this.path = path;
            this.bullet = bullet;
        }
    }
}

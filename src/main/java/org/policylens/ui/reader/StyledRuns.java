package org.policylens.ui.reader;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policylens.text.CodePoints;

/**
 * Cuts a paragraph into runs of text that share the same decoration, so each run can be one {@code Text} node with
 * its style classes. Spans are code point ranges (what decorators speak); runs are cut on char indices.
 */
final class StyledRuns {

    /**
     * A run of text.
     *
     * @param start   char index in the paragraph text
     * @param end     char index after the run
     * @param classes the style classes of the spans covering the run, in decorator order
     * @param tooltip the tooltip of the last covering span that has one, or null
     * @param heading true when the run is part of the paragraph's heading
     */
    record Run(String text, int start, int end, List<String> classes, String tooltip, boolean heading) {
    }

    private StyledRuns() {
    }

    /** @param headingLength code points at the start that are the heading (cut there too) */
    static List<Run> cut(String text, List<PassageDecorator.Span> spans, int headingLength) {
        int length = CodePoints.length(text);
        List<Integer> cuts = new ArrayList<>(List.of(0, length, Math.min(headingLength, length)));
        for (PassageDecorator.Span span : spans) {
            cuts.add(Math.min(span.start(), length));
            cuts.add(Math.min(span.end(), length));
        }
        List<Integer> points = cuts.stream().distinct().sorted().toList();
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            int from = points.get(i);
            int to = points.get(i + 1);
            Set<String> classes = new LinkedHashSet<>();
            String tooltip = null;
            for (PassageDecorator.Span span : spans) {
                if (span.start() <= from && span.end() >= to) {
                    classes.add(span.styleClass());
                    tooltip = span.tooltip() != null ? span.tooltip() : tooltip;
                }
            }
            int charFrom = CodePoints.toCharIndex(text, from);
            int charTo = CodePoints.toCharIndex(text, to);
            runs.add(new Run(text.substring(charFrom, charTo), charFrom, charTo, List.copyOf(classes), tooltip,
                    to <= headingLength));
        }
        if (runs.isEmpty()) {
            runs.add(new Run(text, 0, text.length(), List.of(), null, false));
        }
        return runs;
    }
}

package org.policylens.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchHit.Span;

/** Finds where the terms occur in a passage and cuts a snippet around the first occurrence. */
final class HitMarker {

    static final String OPEN = "【";
    static final String CLOSE = "】";
    private static final int CONTEXT_BEFORE = 24;
    private static final int SNIPPET_LENGTH = 90;

    private HitMarker() {
    }

    /**
     * Builds a hit. Spans are found in the folded text and reported as code point offsets in the original text,
     * which folding guarantees are the same positions. Without a relevance score from the index, the score is the
     * number of occurrences.
     */
    static SearchHit hit(String slug, String title, long passageId, String sectionPath, int start, int end,
                         String text, String folded, List<String> terms, double indexScore) {
        List<int[]> charSpans = new ArrayList<>();
        for (String term : terms) {
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                charSpans.add(new int[] {at, at + term.length()});
            }
        }
        charSpans.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : charSpans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        List<Span> spans = new ArrayList<>(merged.size());
        for (int[] span : merged) {
            spans.add(new Span(text.codePointCount(0, span[0]), text.codePointCount(0, span[1])));
        }
        double score = indexScore != 0 ? indexScore : charSpans.size();
        return new SearchHit(slug, title, passageId, sectionPath, start, end, text, List.copyOf(spans),
                snippet(text, merged), score);
    }

    private static String snippet(String text, List<int[]> spans) {
        if (spans.isEmpty()) {
            return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
        }
        int from = Math.max(0, spans.get(0)[0] - CONTEXT_BEFORE);
        int to = Math.min(text.length(), from + SNIPPET_LENGTH);
        from = safeBoundary(text, from);
        to = safeBoundary(text, to);
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (int[] span : spans) {
            if (span[0] >= to) {
                break;
            }
            if (span[1] <= from) {
                continue;
            }
            int s = Math.max(span[0], from);
            int e = Math.min(span[1], to);
            out.append(text, at, s).append(OPEN).append(text, s, e).append(CLOSE);
            at = e;
        }
        out.append(text, at, to);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /** Never cut a surrogate pair in half. */
    private static int safeBoundary(String text, int index) {
        if (index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))) {
            return index - 1;
        }
        return index;
    }
}

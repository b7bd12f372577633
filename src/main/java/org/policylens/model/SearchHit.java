package org.policylens.model;

import java.util.List;

/**
 * One passage that matches a search.
 *
 * @param documentSlug  the document it belongs to
 * @param documentTitle that document's title
 * @param passageId     the stored passage id
 * @param sectionPath   the passage's section path
 * @param start         code point offset of the passage in the document
 * @param end           code point offset after the passage
 * @param text          the passage text as written
 * @param hits          hit spans, as code point offsets relative to the passage start
 * @param snippet       a short excerpt around the first hit with hits marked 【like this】
 * @param score         higher is better
 */
public record SearchHit(String documentSlug, String documentTitle, long passageId, String sectionPath, int start,
                        int end, String text, List<Span> hits, String snippet, double score) {

    /** A half-open span of code point offsets. */
    public record Span(int start, int end) {
    }
}

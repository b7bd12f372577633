package org.policylens.ui.themes;

import java.util.List;
import org.policylens.model.CodedPassage;

/**
 * One document's column of the side-by-side panel: its passages carrying the open theme.
 *
 * @param document the document's slug
 * @param label    its short label (region and year)
 * @param passages the passages, in document order
 */
public record SideBySideColumn(String document, String label, List<CodedPassage> passages) {

    public SideBySideColumn {
        passages = List.copyOf(passages);
    }

    /** The columns for a theme: one per selected document the coding knows, even when it has no such passage. */
    public static List<SideBySideColumn> of(ThemeCoding coding, String code, List<String> documents,
                                            java.util.function.Function<String, String> labels) {
        return documents.stream().filter(coding::has)
                .map(slug -> new SideBySideColumn(slug, labels.apply(slug), coding.passagesWith(slug, code)))
                .toList();
    }
}

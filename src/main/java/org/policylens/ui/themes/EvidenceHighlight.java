package org.policylens.ui.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.policylens.model.CodedPassage;
import org.policylens.model.Evidence;
import org.policylens.model.PassageTheme;
import org.policylens.text.CodePoints;

/**
 * Cuts a passage into plain and highlighted pieces at a theme's evidence, so a researcher sees why the passage
 * carries the theme. Evidence offsets are code points within the passage; evidence found in a heading above the
 * passage (offset -1) has nothing to highlight in the text and is reported as heading terms instead.
 */
public final class EvidenceHighlight {

    /** A piece of the passage text; {@code evidence} when it matched a term of the theme. */
    public record Piece(String text, boolean evidence) {
    }

    private EvidenceHighlight() {
    }

    public static List<Piece> pieces(CodedPassage passage, String code) {
        String text = passage.text();
        int length = CodePoints.length(text);
        boolean[] marked = new boolean[length];
        for (Evidence e : evidence(passage, code)) {
            if (e.inText()) {
                for (int i = Math.max(0, e.start()); i < Math.min(length, e.end()); i++) {
                    marked[i] = true;
                }
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || marked[i] != marked[from]) {
                pieces.add(new Piece(CodePoints.substring(text, from, i), marked[from]));
                from = i;
            }
        }
        return pieces.isEmpty() ? List.of(new Piece(text, false)) : pieces;
    }

    /** Terms that matched in the headings above the passage rather than in its text. */
    public static List<String> headingTerms(CodedPassage passage, String code) {
        TreeSet<String> terms = new TreeSet<>();
        evidence(passage, code).stream().filter(e -> !e.inText()).forEach(e -> terms.add(e.term()));
        return List.copyOf(terms);
    }

    private static List<Evidence> evidence(CodedPassage passage, String code) {
        return passage.themes().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(PassageTheme::evidence).orElse(List.of());
    }
}

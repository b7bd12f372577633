package org.policylens.extract;

import org.junit.jupiter.api.Test;
import org.policylens.model.ThemeAssignment;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores the default codebook against the hand labels of the five bundled documents, the way
 * {@code eval_themes.py} scores the CLI: primary theme among the predicted ones, and micro-F1 of theme sets.
 */
class ThemeClassifierGoldTest {

    @Test
    void defaultCodebookMeetsTheGoldTargets() throws IOException {
        assumeTrue(Files.exists(ThemeGoldSupport.GOLD), "gold labels not found beside the project");
        ThemeClassifier classifier = new ThemeClassifier(ThemeGoldSupport.defaultCodebook());
        Map<String, List<ThemeContext.Paragraph>> paragraphs = new HashMap<>();
        for (String doc : ThemeGoldSupport.DOCUMENTS) {
            paragraphs.put(doc, ThemeContext.paragraphs(ThemeGoldSupport.corpusText(doc)));
        }
        boolean verbose = Boolean.getBoolean("themes.verbose");
        int n = 0;
        int primaryHits = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (ThemeGoldSupport.GoldRecord g : ThemeGoldSupport.gold()) {
            String quote = ThemeGoldSupport.compact(g.quote());
            ThemeContext.Paragraph paragraph = paragraphs.get(g.doc()).stream()
                    .filter(p -> ThemeGoldSupport.compact(p.text()).startsWith(quote))
                    .findFirst().orElse(null);
            assertNotNull(paragraph, "gold paragraph not found: " + g.doc() + " " + g.quote());
            List<ThemeAssignment> assignments = classifier.classify(paragraph.text(), paragraph.sectionPath());
            Set<String> predicted = new HashSet<>(ThemeClassifier.codes(assignments));
            Set<String> expected = new HashSet<>(g.themes());
            n++;
            boolean hit = predicted.contains(g.primary());
            primaryHits += hit ? 1 : 0;
            Set<String> common = new HashSet<>(predicted);
            common.retainAll(expected);
            tp += common.size();
            fp += predicted.size() - common.size();
            fn += expected.size() - common.size();
            if (verbose && (!hit || !predicted.equals(expected))) {
                System.out.printf("%s %s gold=%s pred=%s | %s | %s%n", hit ? "diff" : "MISS", g.doc(), g.themes(),
                        ThemeClassifier.scores(assignments), paragraph.sectionPath(), g.quote());
            }
        }
        double primaryRecall = (double) primaryHits / n;
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("themes gold: %d paragraphs, primary recall %.3f, micro P %.3f R %.3f F1 %.3f%n",
                n, primaryRecall, precision, recall, f1);
        assertTrue(primaryRecall >= 0.85, "primary recall " + primaryRecall);
        assertTrue(f1 >= 0.70, "micro-F1 " + f1);
    }
}

package org.policylens.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

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
        ThemeGoldSupport.Metrics m = ThemeGoldSupport.evaluate(
                new ThemeClassifier(ThemeGoldSupport.defaultCodebook()), Boolean.getBoolean("themes.verbose"));
        System.out.printf("themes gold: %d paragraphs, primary recall %.3f, micro P %.3f R %.3f F1 %.3f%n",
                m.paragraphs(), m.primaryRecall(), m.precision(), m.recall(), m.f1());
        assertTrue(m.primaryRecall() >= 0.85, "primary recall " + m.primaryRecall());
        assertTrue(m.f1() >= 0.70, "micro-F1 " + m.f1());
    }
}

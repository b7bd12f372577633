package org.policylens.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build writes app.bss beside app.css (src/build/BinaryStylesheets.java), and JavaFX loads it instead of parsing
 * the stylesheet. It must say exactly what the stylesheet says, or the window would look as an older stylesheet did.
 */
class BinaryStylesheetTest {

    @Test
    void theBinaryStylesheetHasTheRulesOfTheStylesheet() throws IOException {
        URL css = AppTheme.class.getResource("/org/policylens/ui/theme/app.css");
        URL bss = AppTheme.class.getResource("/org/policylens/ui/theme/app.bss");
        assertNotNull(css);
        assertNotNull(bss, "the build writes app.bss (exec-maven-plugin, process-classes)");
        Stylesheet parsed = new CssParser().parse(css);
        Stylesheet binary = Stylesheet.loadBinary(bss);
        assertFalse(parsed.getRules().isEmpty());
        assertEquals(describe(parsed), describe(binary));
    }

    /** Every rule with its selectors and declarations (a binary rule reads its declarations when first asked). */
    private static String describe(Stylesheet stylesheet) {
        StringBuilder out = new StringBuilder();
        for (Rule rule : stylesheet.getRules()) {
            rule.getDeclarations().size();
            out.append(rule).append('\n');
        }
        return out.append(stylesheet.getFontFaces()).toString();
    }
}

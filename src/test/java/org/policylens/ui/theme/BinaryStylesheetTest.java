package org.policylens.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void anOlderBinaryStylesheetIsStale(@TempDir Path dir) throws IOException {
        Path css = Files.writeString(dir.resolve("app.css"), ".a { -fx-padding: 1; }");
        Path bss = dir.resolve("app.bss");
        assertFalse(AppTheme.isStale(bss, css), "no binary form: nothing stale");
        Files.writeString(bss, "binary");
        Files.setLastModifiedTime(css, FileTime.fromMillis(Files.getLastModifiedTime(bss).toMillis() + 60_000));
        assertTrue(AppTheme.isStale(bss, css), "an IDE copied a newer app.css beside an older app.bss");
        Files.setLastModifiedTime(bss, FileTime.fromMillis(Files.getLastModifiedTime(css).toMillis() + 1_000));
        assertFalse(AppTheme.isStale(bss, css), "the build wrote app.bss after copying app.css");
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

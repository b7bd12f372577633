package org.policylens.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The app's stylesheet parses without a single error: one bad brace silently drops every rule after it. */
class AppCssTest {

    @Test
    void stylesheetParsesCleanly() throws Exception {
        URL css = AppTheme.class.getResource("/org/policylens/ui/theme/app.css");
        assertNotNull(css, "app.css is in the build");
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
        assertTrue(sheet.getRules().size() > 100, "all rules are read: " + sheet.getRules().size());
        assertTrue(sheet.getRules().stream().anyMatch(r -> r.getSelectors().toString().contains("heat-5")),
                "the last block of the file (the heatmap scale) is read");
    }
}

package org.policylens.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetNamesTest {

    @Test
    void invalidCharactersAreReplacedAndLongNamesCut() {
        SheetNames names = new SheetNames();
        assertEquals("目标_对比_2025_ _", names.claim("目标[对比]2025/ ?"));
        String longName = names.claim("Comparison of quantitative targets across all regions");
        assertEquals(SheetNames.MAX_LENGTH, longName.length());
        assertTrue(longName.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0));
    }

    @Test
    void namesAreUniqueIgnoringCaseAndNeverBlankOrQuoted() {
        SheetNames names = new SheetNames();
        assertEquals("Targets", names.claim("Targets"));
        assertEquals("targets (2)", names.claim("targets"));
        assertEquals("Targets (3)", names.claim("Targets"));
        assertEquals("Sheet", names.claim("  "));
        String quoted = names.claim("'Notes'");
        assertFalse(quoted.startsWith("'") || quoted.endsWith("'"), quoted);
        assertEquals("History_", names.claim("History"));
        String full = "x".repeat(31);
        assertEquals(full, names.claim(full));
        String second = names.claim(full);
        assertEquals(SheetNames.MAX_LENGTH, second.length());
        assertTrue(second.endsWith(" (2)"));
    }

    @Test
    void cellReferencesQuoteTheSheetName() {
        assertEquals("'目标明细'!A12", SheetNames.cellReference("目标明细", "A12"));
        assertEquals("'Bob''s targets'!A2", SheetNames.cellReference("Bob's targets", "A2"));
    }
}

package org.policylens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HanScriptTest {

    @Test
    void agreesWithUnicodeScriptOnEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN, HanScript.isHan((char) c),
                    "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void hanCharactersOfBothScriptsAreHanAndPunctuationIsNot() {
        assertTrue(HanScript.isHan('质'));
        assertTrue(HanScript.isHan('質'));
        assertTrue(HanScript.isHan('〇'));
        assertFalse(HanScript.isHan('，'));
        assertFalse(HanScript.isHan('A'));
        assertFalse(HanScript.isHan('\uD840'));
    }
}

package org.policylens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped Traditional → Simplified pairs are what ICU's Hant-Hans gives today, and folding uses all of them. */
class ScriptFolderTableTest {

    @Test
    void shippedPairsAgreeWithIcu() throws IOException {
        try (InputStream in = ScriptFolder.class.getResourceAsStream("/org/policylens/text/hant-hans.txt")) {
            assertEquals(HantHansTable.text(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "ICU changed: regenerate hant-hans.txt with HantHansTable (see its comment)");
        }
    }

    @Test
    void foldsEveryBmpCharAsIcuWithChainsResolvedAndWidthFolding() {
        char[] icu = HantHansTable.foldedHan();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char expected = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c == 0x3000 ? ' ' : icu[c];
            assertEquals(expected, ScriptFolder.fold((char) c), "U+" + Integer.toHexString(c));
        }
    }
}

package org.policylens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The run-writing escaper writes exactly what POI's own escaping writes, for any text. */
class RunWritingSheetDataWriterTest {

    /** POI's writer, its escaping made callable. */
    private static final class PoiEscaping extends SheetDataWriter {
        PoiEscaping(Writer out) throws IOException {
            super(out);
        }

        void escape(String s) throws IOException {
            outputEscapedString(s);
            _out.flush();
        }
    }

    private static String poi(String s) throws IOException {
        StringWriter out = new StringWriter();
        new PoiEscaping(out).escape(s);
        return out.toString();
    }

    private static String runs(String s) throws IOException {
        StringWriter out = new StringWriter();
        RunWritingSheetDataWriter writer = new RunWritingSheetDataWriter(out);
        writer.outputEscapedString(s);
        return out.toString();
    }

    @Test
    void escapesLikePoi() throws IOException {
        List<String> samples = new ArrayList<>(List.of("", "质量强市", "a<b>&\"c'", "行一\n行二\r\n\t缩进",
                "no\u00a0break", "ctl\u0000\u0001\u001f\u007f", "\ufffe\uffff\ufffd", "𠀀𡈽 astral",
                "lone \ud800 high", "lone \udc00 low", "ends high \ud83d", "<<>>&&", "&amp; already"));
        // Random text over the interesting ranges: ASCII incl. controls, Latin-1, CJK, surrogates, specials.
        Random random = new Random(11);
        char[] pool = {'<', '>', '&', '"', '\n', '\r', '\t', '\u00a0', '\u0000', '\u001f', ' ', 'a', '质', '量',
            '\ud840', '\udc00', '\ufffe', '\uffff', '\u3000', 'é'};
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                b.append(random.nextBoolean() ? pool[random.nextInt(pool.length)] : (char) random.nextInt(0x10000));
            }
            samples.add(b.toString());
        }
        for (String s : samples) {
            assertEquals(poi(s), runs(s), () -> "escaping " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }
}

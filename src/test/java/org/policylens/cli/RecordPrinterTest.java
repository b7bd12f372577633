package org.policylens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordPrinterTest {

    private static String csv(Map<String, Object> record) {
        StringWriter out = new StringWriter();
        RecordPrinter.print(new PrintWriter(out), OutputFormat.csv, List.of(record), List.of());
        return out.toString().lines().skip(1).findFirst().orElseThrow();
    }

    @Test
    void csvTextThatASpreadsheetWouldRunIsDefused() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("text", "=HYPERLINK(\"http://x\")");
        r.put("plus", "+1");
        r.put("at", "@SUM(A1)");
        r.put("comparator", "=");
        r.put("value", -2.5);
        r.put("quote", "质量, \"奖\"");
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'@SUM(A1),=,-2.5,\"质量, \"\"奖\"\"\"", csv(r));
    }
}

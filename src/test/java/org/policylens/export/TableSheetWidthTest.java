package org.policylens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A number column is as wide as its widest number shown with grouping separators (1,234,567), however many numbers
 * of whatever size come in whatever order: the sheet works widths out once per sign and digit count.
 */
class TableSheetWidthTest {

    private static final List<Number> NUMBERS = List.of(7, 12_345, -3, 999, 1_000_000, 0, -45_678_901L, 12.5, 88,
            123_456_789_012L, -0.25, 4_321);

    @Test
    void aNumberColumnFitsItsWidestGroupedNumber() throws Exception {
        for (int first = 1; first <= NUMBERS.size(); first++) {
            List<Number> column = NUMBERS.subList(0, first);
            assertEquals(expectedUnits(column), widthAfterWriting(column), "numbers " + column);
            List<Number> reversed = new ArrayList<>(column);
            Collections.reverse(reversed);
            assertEquals(expectedUnits(reversed), widthAfterWriting(reversed), "numbers " + reversed);
        }
    }

    /** What the column's width was before widths were remembered per digit count: every number formatted. */
    private static int expectedUnits(List<Number> numbers) {
        int widest = DisplayWidth.of("数字");
        for (Number n : numbers) {
            double d = n.doubleValue();
            String shown = d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format("%,d", (long) d)
                    : String.valueOf(d);
            widest = Math.max(widest, DisplayWidth.of(shown));
        }
        return (Math.min(30, Math.max(6, widest)) + 2) * 256;
    }

    private static int widthAfterWriting(List<Number> numbers) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            TableSheet sheet = new TableSheet(workbook, "s", new WorkbookStyles(workbook),
                    new ExportText(ExportLanguage.ZH), List.of(TableSheet.Column.of("数字", WorkbookStyles.Kind.INTEGER)));
            for (Number n : numbers) {
                sheet.row().number(0, n);
            }
            sheet.finish();
            int width = sheet.sheet().getColumnWidth(0);
            workbook.dispose();
            return width;
        }
    }
}

package org.policylens.export;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

import java.util.List;

/**
 * A sheet holding one table: a header row, then data rows written top to bottom. Every table gets the same
 * treatment — typed cells, frozen header, autofilter, widths that fit Chinese text, print setup — so the sheet
 * writers only decide what goes in which column.
 *
 * <p>Text is always written as a string cell, never as a formula, whatever it starts with ({@code =}, {@code +},
 * {@code -}, {@code @}): in XLSX a string cell is stored as text and no spreadsheet evaluates it.
 */
final class TableSheet {

    /**
     * One column.
     *
     * @param header   its header, in the workbook's language
     * @param kind     what it holds
     * @param maxWidth widest it may grow, in Latin characters; a wrapped column is always this wide so row heights
     *                 can be worked out as rows are written (a streamed row cannot be revisited)
     */
    record Column(String header, WorkbookStyles.Kind kind, int maxWidth) {

        static Column text(String header) {
            return new Column(header, WorkbookStyles.Kind.TEXT, 40);
        }

        static Column wrapped(String header, int width) {
            return new Column(header, WorkbookStyles.Kind.WRAPPED_TEXT, width);
        }

        static Column of(String header, WorkbookStyles.Kind kind) {
            return new Column(header, kind, 30);
        }
    }

    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Excel's limit for a row's height, in points. */
    private static final float MAX_ROW_HEIGHT = 409f;
    private static final float LINE_HEIGHT = 16f;
    private static final int MIN_WIDTH = 6;

    private final SXSSFSheet sheet;
    private final XSSFSheet columnsSheet;
    private final WorkbookStyles styles;
    private final ExportText text;
    private final List<Column> columns;
    private final int[] widths;
    private int nextRow;
    /** Display widths of whole numbers (below 1e15) by digit count; 0 until first seen. */
    private final int[] wholeWidths = new int[16];
    private final int[] negativeWholeWidths = new int[16];

    TableSheet(SXSSFWorkbook workbook, String name, WorkbookStyles styles, ExportText text, List<Column> columns) {
        this.sheet = workbook.createSheet(name);
        this.columnsSheet = workbook.getXSSFWorkbook().getSheet(name);
        this.styles = styles;
        this.text = text;
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        Row header = sheet.createRow(nextRow++);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header());
            widths[c] = Math.max(MIN_WIDTH, DisplayWidth.of(columns.get(c).header()));
        }
    }

    String name() {
        return sheet.getSheetName();
    }

    /** The 1-based sheet row number the next {@link #row()} will have, as used in cell references like A12. */
    int nextRowNumber() {
        return nextRow + 1;
    }

    /** Data rows written so far. */
    int dataRows() {
        return nextRow - 1;
    }

    TableRow row() {
        return new TableRow(sheet.createRow(nextRow++));
    }

    /** Sets column widths, freezes the header, adds the autofilter and the print setup. */
    void finish() {
        int[] units = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            int width = column.kind() == WorkbookStyles.Kind.WRAPPED_TEXT
                    ? column.maxWidth() : Math.min(column.maxWidth(), widths[c]);
            // Width is in 1/256 of a character; two extra characters leave room for the filter button.
            units[c] = (width + 2) * 256;
        }
        setColumnWidths(units);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /**
     * What {@code setColumnWidth} on each column writes (a custom-width {@code <col>} per column), appended in one
     * go: POI looks every column up in a list, which with a column per document (3000) takes seconds.
     */
    private void setColumnWidths(int[] units) {
        CTWorksheet worksheet = columnsSheet.getCTWorksheet();
        if (worksheet.sizeOfColsArray() != 1 || worksheet.getColsArray(0).sizeOfColArray() != 0) {
            for (int c = 0; c < units.length; c++) {
                sheet.setColumnWidth(c, units[c]);
            }
            return;
        }
        CTCols cols = worksheet.getColsArray(0);
        for (int c = 0; c < units.length; c++) {
            CTCol col = cols.addNewCol();
            col.setMin(c + 1L);
            col.setMax(c + 1L);
            col.setWidth((double) units[c] / 256);
            col.setCustomWidth(true);
        }
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    /** One data row; empty values leave the cell blank so filters show them as (blank). */
    final class TableRow {

        private final Row row;
        private int lines = 1;

        private TableRow(Row row) {
            this.row = row;
        }

        int rowNumber() {
            return row.getRowNum() + 1;
        }

        TableRow text(int column, String value) {
            return text(column, value, null);
        }

        /** A string cell; {@code style} null means the column's style. */
        TableRow text(int column, String value, CellStyle style) {
            if (value == null || value.isEmpty()) {
                return this;
            }
            String fitted = fitCell(value);
            Cell cell = row.createCell(column);
            cell.setCellValue(fitted);
            cell.setCellStyle(style != null ? style : styles.of(columns.get(column).kind()));
            measure(column, fitted);
            return this;
        }

        TableRow number(int column, Number value) {
            if (value == null) {
                return this;
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.of(columns.get(column).kind()));
            Column spec = columns.get(column);
            if (spec.kind() == WorkbookStyles.Kind.WRAPPED_TEXT) {
                measure(column, displayOf(value));
            } else {
                widths[column] = Math.max(widths[column], displayWidth(value));
            }
            return this;
        }

        /** A string cell that jumps to {@code target} (e.g. {@code '目标明细'!A12}) when clicked. */
        TableRow link(int column, String value, String target, boolean edited) {
            text(column, value, styles.link(edited));
            Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(target);
            row.getCell(column).setHyperlink(link);
            return this;
        }

        private void measure(int column, String value) {
            Column spec = columns.get(column);
            if (spec.kind() == WorkbookStyles.Kind.WRAPPED_TEXT) {
                lines = Math.max(lines, DisplayWidth.wrappedLines(value, spec.maxWidth()));
                row.setHeightInPoints(Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT));
            } else {
                widths[column] = Math.max(widths[column], DisplayWidth.of(value));
            }
        }
    }

    /** Cuts text longer than a cell can hold, saying so in the cell rather than failing the export. */
    private String fitCell(String value) {
        if (value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        String marker = text.get("truncated");
        int cut = MAX_CELL_TEXT - marker.length();
        if (Character.isHighSurrogate(value.charAt(cut - 1))) {
            cut--;
        }
        return value.substring(0, cut) + marker;
    }

    private static String displayOf(Number value) {
        double d = value.doubleValue();
        return isWhole(d) ? String.format("%,d", (long) d) : String.valueOf(d);
    }

    private static boolean isWhole(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15;
    }

    /**
     * {@code DisplayWidth.of(displayOf(value))}, without formatting every whole number: a grouped whole number's
     * width depends only on its sign and digit count (the locale's digits and separator are the same for all), so
     * it is worked out once per (sign, digit count). Formatting took a seventh of a whole-library export's time.
     */
    private int displayWidth(Number value) {
        double d = value.doubleValue();
        if (!isWhole(d)) {
            return DisplayWidth.of(String.valueOf(d));
        }
        long whole = (long) d;
        int digits = 1;
        for (long rest = Math.abs(whole) / 10; rest > 0; rest /= 10) {
            digits++;
        }
        int[] bySign = whole < 0 ? negativeWholeWidths : wholeWidths;
        if (bySign[digits] == 0) {
            bySign[digits] = DisplayWidth.of(displayOf(value));
        }
        return bySign[digits];
    }

    static String cellAddress(int column, int rowNumber) {
        return CellReference.convertNumToColString(column) + rowNumber;
    }
}

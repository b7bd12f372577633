package org.policylens.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 说明 / About: what the workbook is, when and by which version it was made, the documents and codebook it
 * covers, and how to read each sheet with its row count. A page of prose, not a table, so no filter.
 */
final class AboutSheet {

    private static final int LABEL_WIDTH = 22;
    private static final int ROWS_WIDTH = 10;
    private static final int TEXT_WIDTH = 90;
    private static final float LINE_HEIGHT = 16f;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final SXSSFSheet sheet;
    private final ExportRun run;
    private final CellStyle wrapped;
    private int nextRow;

    private AboutSheet(ExportRun run) {
        this.run = run;
        this.sheet = run.workbook().createSheet(run.sheetName(SheetKind.ABOUT));
        this.wrapped = run.styles().of(WorkbookStyles.Kind.WRAPPED_TEXT);
    }

    static void write(WorkbookContent content, ExportRun run) {
        new AboutSheet(run).fill(content);
    }

    private void fill(WorkbookContent content) {
        ExportText t = run.text();
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        sheet.setColumnWidth(1, ROWS_WIDTH * 256);
        sheet.setColumnWidth(2, TEXT_WIDTH * 256);
        cell(newRow(), 0, t.get("about.title"), run.styles().title());
        nextRow++;
        paragraph(t.get("about.intro"));
        nextRow++;
        keyValue(t.get("about.generatedAt"), content.generatedAt().format(TIME));
        keyValue(t.get("about.appVersion"), content.appVersion());
        keyValue(t.get("about.codebook"), content.codebook() == null ? t.get("about.codebook.none")
                : content.codebook().name() + " (" + content.codebook().id() + ")");
        nextRow++;
        cell(newRow(), 0, t.get("about.documents", String.valueOf(content.documents().size())),
                run.styles().header());
        for (DocumentSummary document : content.documents()) {
            keyValue(document.slug(), describe(document.metadata()));
        }
        nextRow++;
        cell(newRow(), 0, t.get("about.howToRead"), run.styles().header());
        Row header = newRow();
        cell(header, 0, t.get("about.column.sheet"), run.styles().header());
        cell(header, 1, t.get("about.column.rows"), run.styles().header());
        cell(header, 2, t.get("about.column.content"), run.styles().header());
        for (Map.Entry<SheetKind, Integer> entry : rowCounts(content).entrySet()) {
            Row row = newRow();
            cell(row, 0, run.sheetName(entry.getKey()), null);
            Cell count = row.createCell(1);
            count.setCellValue(entry.getValue());
            count.setCellStyle(run.styles().of(WorkbookStyles.Kind.INTEGER));
            String description = t.get("about.sheet." + camel(entry.getKey()));
            cell(row, 2, description, wrapped);
            row.setHeightInPoints(DisplayWidth.wrappedLines(description, TEXT_WIDTH) * LINE_HEIGHT);
        }
        nextRow++;
        paragraph(t.get("about.status"));
        paragraph(t.get("about.offsets"));
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        run.sheetFinished(sheet.getSheetName());
    }

    private static Map<SheetKind, Integer> rowCounts(WorkbookContent content) {
        Map<SheetKind, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put(SheetKind.DOCUMENTS, content.documents().size());
        counts.put(SheetKind.THEME_MATRIX, content.themeMatrix().size());
        counts.put(SheetKind.THEME_PASSAGES, content.themePassages().size());
        counts.put(SheetKind.TARGET_COMPARISON,
                content.targetComparison().stream().mapToInt(TargetComparisonRow::depth).sum());
        counts.put(SheetKind.TARGETS, content.targets().size());
        counts.put(SheetKind.SUBSIDIES, content.subsidies().size());
        counts.put(SheetKind.ANNOTATIONS, content.annotations().size());
        return counts;
    }

    private String describe(DocumentMetadata m) {
        List<String> parts = new ArrayList<>(List.of(m.title()));
        for (String part : new String[] {m.region(), m.date(), m.docNumber()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(" · ", parts);
    }

    /** THEME_MATRIX → themeMatrix, the key suffix of the sheet's description. */
    private static String camel(SheetKind kind) {
        String[] words = kind.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    private void keyValue(String label, String value) {
        Row row = newRow();
        cell(row, 0, label, null);
        spanned(row, value);
    }

    private void paragraph(String text) {
        Row row = newRow();
        cell(row, 0, text, wrapped);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 2));
        // Spreadsheets do not grow a merged row to fit its text, so the height is set from the text.
        row.setHeightInPoints(DisplayWidth.wrappedLines(text, LABEL_WIDTH + ROWS_WIDTH + TEXT_WIDTH) * LINE_HEIGHT);
    }

    /** A value over columns B and C, wrapped, with the row made tall enough for it. */
    private void spanned(Row row, String value) {
        cell(row, 1, value, wrapped);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 2));
        row.setHeightInPoints(DisplayWidth.wrappedLines(value, ROWS_WIDTH + TEXT_WIDTH) * LINE_HEIGHT);
    }

    private Row newRow() {
        return sheet.createRow(nextRow++);
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}

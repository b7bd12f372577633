package org.policylens.export;

import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.policylens.model.DocumentSummary;

import java.util.ArrayList;
import java.util.List;

import static org.policylens.export.TableSheet.Column;
import static org.policylens.export.WorkbookStyles.Kind.INTEGER;
import static org.policylens.export.WorkbookStyles.Kind.PERCENT;

/**
 * 主题矩阵 / Theme matrix: one row per theme; per document a passage count and a share column. One colour scale
 * spans all share columns, so the same colour means the same share in every document.
 */
final class ThemeMatrixSheet {

    private static final int FIRST_DOCUMENT_COLUMN = 2;
    private static final String LOW_COLOUR = "FFFFFF";
    private static final String HIGH_COLOUR = "5B9BD5";

    private ThemeMatrixSheet() {
    }

    static void write(WorkbookContent content, ExportRun run) {
        ExportText t = run.text();
        List<Column> columns = new ArrayList<>(List.of(Column.text(t.get("matrix.themeCode")),
                Column.text(t.get("matrix.theme"))));
        for (DocumentSummary document : content.documents()) {
            String label = run.documentLabel(document.slug());
            columns.add(Column.of(t.get("matrix.passages", label), INTEGER));
            columns.add(Column.of(t.get("matrix.share", label), PERCENT));
        }
        TableSheet sheet = run.table(SheetKind.THEME_MATRIX, columns);
        for (ThemeMatrixRow theme : content.themeMatrix()) {
            TableSheet.TableRow row = sheet.row().text(0, theme.themeCode()).text(1, theme.themeName());
            int column = FIRST_DOCUMENT_COLUMN;
            for (DocumentSummary document : content.documents()) {
                ThemeMatrixRow.Count count = theme.count(document.slug());
                row.number(column++, count.passages()).number(column++, count.share());
            }
            run.rowWritten(sheet.name());
        }
        if (sheet.dataRows() > 0 && !content.documents().isEmpty()) {
            addColourScale(sheet, content.documents().size());
        }
        sheet.finish();
        run.sheetFinished(sheet.name());
    }

    private static void addColourScale(TableSheet sheet, int documents) {
        SheetConditionalFormatting formatting = sheet.sheet().getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(2);
        scale.getThresholds()[0].setRangeType(RangeType.MIN);
        scale.getThresholds()[1].setRangeType(RangeType.MAX);
        scale.setColors(new org.apache.poi.ss.usermodel.Color[] {colour(sheet, LOW_COLOUR), colour(sheet, HIGH_COLOUR)});
        CellRangeAddress[] shares = new CellRangeAddress[documents];
        int lastRow = sheet.dataRows();
        for (int d = 0; d < documents; d++) {
            int column = FIRST_DOCUMENT_COLUMN + 2 * d + 1;
            shares[d] = new CellRangeAddress(1, lastRow, column, column);
        }
        formatting.addConditionalFormatting(shares, rule);
    }

    private static ExtendedColor colour(TableSheet sheet, String rgbHex) {
        ExtendedColor colour = sheet.sheet().getWorkbook().getCreationHelper().createExtendedColor();
        colour.setARGBHex("FF" + rgbHex);
        return colour;
    }
}

package org.policylens.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles a workbook uses, created once: a workbook has a limit on styles, and a style per cell would
 * reach it on a large export.
 */
final class WorkbookStyles {

    /** What a column holds; decides the cell style and how numbers are shown. */
    enum Kind {
        TEXT, WRAPPED_TEXT, INTEGER, DECIMAL, YEAR, POSITION, YUAN, PERCENT, LINK
    }

    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle plainInteger;
    private final CellStyle yuan;
    private final CellStyle percent;
    private final CellStyle link;
    private final CellStyle linkEdited;
    private final CellStyle edited;

    WorkbookStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);

        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);

        text = topAligned(workbook);
        wrapped = topAligned(workbook);
        wrapped.setWrapText(true);
        integer = numeric(workbook, formats, "#,##0");
        // General, not 0.##: the latter shows a whole number with a trailing dot ("200.").
        decimal = numeric(workbook, formats, "General");
        // Years and text positions are numbers for sorting and filtering but must not show as 2,025.
        plainInteger = numeric(workbook, formats, "0");
        // Quoted literals work in every locale's Excel, WPS and LibreOffice, unlike a bare currency symbol.
        yuan = numeric(workbook, formats, "\"¥\"#,##0");
        percent = numeric(workbook, formats, "0.0%");

        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = topAligned(workbook);
        link.setFont(linkFont);
        linkEdited = workbook.createCellStyle();
        linkEdited.cloneStyleFrom(link);
        shadeAsEdited(linkEdited);
        edited = topAligned(workbook);
        shadeAsEdited(edited);
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle edited() {
        return edited;
    }

    CellStyle link(boolean isEdited) {
        return isEdited ? linkEdited : link;
    }

    CellStyle of(Kind kind) {
        return switch (kind) {
            case TEXT -> text;
            case WRAPPED_TEXT -> wrapped;
            case INTEGER -> integer;
            case DECIMAL -> decimal;
            case YEAR, POSITION -> plainInteger;
            case YUAN -> yuan;
            case PERCENT -> percent;
            case LINK -> link;
        };
    }

    private static CellStyle topAligned(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        // Rows with a wrapped passage are tall; the other cells read better at the top than in the middle.
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle numeric(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = topAligned(workbook);
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    private static void shadeAsEdited(CellStyle style) {
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}

package org.policylens.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round trips: write the workbook, read it back with XSSF, check what a colleague opening it would see. */
class ExcelWorkbookExporterTest {

    static final List<String> TABLE_SHEETS_ZH = List.of("文件", "主题矩阵", "主题段落", "目标对比", "目标明细", "补贴奖励", "批注");

    @TempDir
    Path folder;

    private XSSFWorkbook exportAndRead(WorkbookContent content) throws Exception {
        Path file = folder.resolve("c.xlsx");
        new ExcelWorkbookExporter().export(content, file, ProgressListener.NONE);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    private static int column(Sheet sheet, String header) {
        int index = headers(sheet).indexOf(header);
        assertTrue(index >= 0, "no column " + header + " in " + headers(sheet));
        return index;
    }

    private static List<String> columnValues(Sheet sheet, String header) {
        int c = column(sheet, header);
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(c);
            values.add(cell == null ? "" : cell.toString());
        }
        return values;
    }

    @Test
    void chineseSheetNamesInOrder() throws Exception {
        try (XSSFWorkbook workbook = exportAndRead(WorkbookFixture.content(ExportLanguage.ZH))) {
            assertEquals(List.of("说明", "文件", "主题矩阵", "主题段落", "目标对比", "目标明细", "补贴奖励", "批注"),
                    sheetNames(workbook));
        }
    }

    @Test
    void englishSheetNamesAndHeaders() throws Exception {
        try (XSSFWorkbook workbook = exportAndRead(WorkbookFixture.content(ExportLanguage.EN))) {
            assertEquals(List.of("About", "Documents", "Theme matrix", "Theme passages", "Target comparison",
                    "Targets", "Subsidies", "Annotations"), sheetNames(workbook));
            assertEquals(List.of("Document", "Region", "Section", "Indicator (as written)", "Indicator key", "Value",
                    "Upper value", "Unit", "Comparator", "Target year", "Per year", "Source clause", "Start", "End",
                    "Status"), headers(workbook.getSheet("Targets")));
            assertEquals("auto", workbook.getSheet("Targets").getRow(1).getCell(14).getStringCellValue());
            assertEquals("at least", workbook.getSheet("Targets").getRow(1).getCell(8).getStringCellValue());
            assertTrue(headers(workbook.getSheet("Theme matrix")).contains("河北省承德市 share"));
        }
    }

    @Test
    void rowCountsEqualTheInputCountsWithoutRejectedRecords() throws Exception {
        WorkbookContent content = WorkbookFixture.content(ExportLanguage.ZH);
        try (XSSFWorkbook workbook = exportAndRead(content)) {
            assertEquals(3, workbook.getSheet("文件").getLastRowNum());
            assertEquals(3, workbook.getSheet("主题矩阵").getLastRowNum());
            assertEquals(6, workbook.getSheet("主题段落").getLastRowNum());
            // 制造业产品质量合格率 takes two rows (承德 2023 and 2025), 主导制定修订标准 one.
            assertEquals(3, workbook.getSheet("目标对比").getLastRowNum());
            assertEquals(4, workbook.getSheet("目标明细").getLastRowNum());
            assertEquals(3, workbook.getSheet("补贴奖励").getLastRowNum());
            assertEquals(1, workbook.getSheet("批注").getLastRowNum());
            assertEquals(content.targets().size(), workbook.getSheet("目标明细").getLastRowNum());
            assertEquals(content.subsidies().size(), workbook.getSheet("补贴奖励").getLastRowNum());
        }
    }

    @Test
    void rejectedRecordsAreLeftOut() throws Exception {
        try (XSSFWorkbook workbook = exportAndRead(WorkbookFixture.content(ExportLanguage.ZH))) {
            assertFalse(columnValues(workbook.getSheet("目标明细"), "原文").contains(WorkbookFixture.REJECTED_TARGET_QUOTE));
            assertFalse(columnValues(workbook.getSheet("补贴奖励"), "原文").contains(WorkbookFixture.REJECTED_SUBSIDY_QUOTE));
            assertFalse(columnValues(workbook.getSheet("目标明细"), "状态").contains("已否决"));
            // 宜春's only pass-rate target was rejected, so its comparison cells stay empty.
            List<String> yichun = columnValues(workbook.getSheet("目标对比"), "江西省宜春市");
            assertEquals("", yichun.get(0));
            assertEquals("", yichun.get(1));
            assertEquals("每年 1–2项", yichun.get(2));
        }
    }

    @Test
    void numbersAndYearsAreNumericCells() throws Exception {
        try (XSSFWorkbook workbook = exportAndRead(WorkbookFixture.content(ExportLanguage.ZH))) {
            Sheet targets = workbook.getSheet("目标明细");
            Row first = targets.getRow(1);
            Cell value = first.getCell(column(targets, "目标值"));
            assertEquals(CellType.NUMERIC, value.getCellType());
            assertEquals(96.0, value.getNumericCellValue());
            Cell year = first.getCell(column(targets, "目标年份"));
            assertEquals(CellType.NUMERIC, year.getCellType());
            assertEquals(2022.0, year.getNumericCellValue());
            assertEquals("0", year.getCellStyle().getDataFormatString());
            Cell valueMax = targets.getRow(4).getCell(column(targets, "上限值"));
            assertEquals(2.0, valueMax.getNumericCellValue());
            assertNull(targets.getRow(4).getCell(column(targets, "目标年份")), "a target without a year leaves a blank");

            Sheet subsidies = workbook.getSheet("补贴奖励");
            Cell yuan = subsidies.getRow(1).getCell(column(subsidies, "金额（元）"));
            assertEquals(CellType.NUMERIC, yuan.getCellType());
            assertEquals(2_000_000.0, yuan.getNumericCellValue());
            assertTrue(yuan.getCellStyle().getDataFormatString().contains("¥"));
            Cell wan = subsidies.getRow(1).getCell(column(subsidies, "金额（万元）"));
            assertEquals(200.0, wan.getNumericCellValue());
            assertEquals(0.5, subsidies.getRow(3).getCell(column(subsidies, "金额（万元）")).getNumericCellValue());
            assertEquals("是", subsidies.getRow(2).getCell(column(subsidies, "封顶")).getStringCellValue());

            Sheet documents = workbook.getSheet("文件");
            assertEquals(2018.0, documents.getRow(1).getCell(column(documents, "年份")).getNumericCellValue());
            assertEquals(CellType.NUMERIC, documents.getRow(1).getCell(column(documents, "段落数")).getCellType());
        }
    }

    @Test
    void everyTableHasAFrozenHeaderAndAnAutofilterOverAllItsRows() throws Exception {
        try (XSSFWorkbook workbook = exportAndRead(WorkbookFixture.content(ExportLanguage.ZH))) {
            for (String name : TABLE_SHEETS_ZH) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertNotNull(sheet.getPaneInformation(), name);
                assertTrue(sheet.getPaneInformation().isFreezePane(), name);
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), name);
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name);
                String expected = "A1:" + CellReference.convertNumToColString(headers(sheet).size() - 1)
                        + (sheet.getLastRowNum() + 1);
                assertEquals(expected, sheet.getCTWorksheet().getAutoFilter().getRef(), name);
            }
        }
    }

    @Test
    void comparisonCellsLinkToTheirDetailRows() throws Exception {
        try (XSSFWorkbook workbook = exportAndRead(WorkbookFixture.content(ExportLanguage.ZH))) {
            Sheet comparison = workbook.getSheet("目标对比");
            Sheet targets = workbook.getSheet("目标明细");
            int links = 0;
            for (int r = 1; r <= comparison.getLastRowNum(); r++) {
                for (int c = 1; c < 4; c++) { // the document columns, between the indicator and its key
                    Cell cell = comparison.getRow(r).getCell(c);
                    if (cell == null) {
                        continue;
                    }
                    Hyperlink link = cell.getHyperlink();
                    assertNotNull(link, "cell " + cell.getAddress() + " has no link");
                    assertTrue(link.getAddress().startsWith("'目标明细'!A"), link.getAddress());
                    int detailRow = Integer.parseInt(link.getAddress().substring("'目标明细'!A".length())) - 1;
                    Row detail = targets.getRow(detailRow);
                    String document = comparison.getRow(0).getCell(c).getStringCellValue();
                    assertEquals(document, detail.getCell(column(targets, "地区")).getStringCellValue());
                    String value = new java.math.BigDecimal(detail.getCell(column(targets, "目标值"))
                            .getNumericCellValue()).stripTrailingZeros().toPlainString();
                    assertTrue(cell.getStringCellValue().contains(value), cell.getStringCellValue() + " vs " + value);
                    links++;
                }
            }
            assertEquals(4, links);
            assertEquals("≥92% · 2023年", comparison.getRow(1).getCell(2).getStringCellValue());
            assertEquals("≥94% · 2025年（已编辑）", comparison.getRow(2).getCell(2).getStringCellValue());
            assertEquals("'目标明细'!A4", comparison.getRow(2).getCell(2).getHyperlink().getAddress());
        }
    }

    @Test
    void formulaLookalikesStayText() throws Exception {
        try (XSSFWorkbook workbook = exportAndRead(WorkbookFixture.content(ExportLanguage.ZH))) {
            Sheet passages = workbook.getSheet("主题段落");
            int text = column(passages, "段落原文");
            List<String> found = new ArrayList<>();
            for (int r = 1; r <= passages.getLastRowNum(); r++) {
                Cell cell = passages.getRow(r).getCell(text);
                assertEquals(CellType.STRING, cell.getCellType());
                found.add(cell.getStringCellValue());
            }
            assertTrue(found.containsAll(WorkbookFixture.FORMULA_LOOKALIKES), found.toString());
            assertEquals(CellType.STRING, workbook.getSheet("批注").getRow(1).getCell(3).getCellType());
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + " " + cell.getAddress());
                    }
                }
            }
        }
    }

    @Test
    void editedRecordsAreMarkedAndShaded() throws Exception {
        try (XSSFWorkbook workbook = exportAndRead(WorkbookFixture.content(ExportLanguage.ZH))) {
            Sheet targets = workbook.getSheet("目标明细");
            int status = column(targets, "状态");
            assertEquals(List.of("自动", "已确认", "已编辑", "自动"), columnValues(targets, "状态"));
            assertEquals(FillPatternType.SOLID_FOREGROUND, targets.getRow(3).getCell(status).getCellStyle().getFillPattern());
            assertEquals(FillPatternType.NO_FILL, targets.getRow(1).getCell(status).getCellStyle().getFillPattern());
            Sheet subsidies = workbook.getSheet("补贴奖励");
            assertEquals(List.of("自动", "已编辑", "已确认"), columnValues(subsidies, "状态"));
        }
    }

    @Test
    void themeMatrixHasCountsSharesAndOneColourScale() throws Exception {
        try (XSSFWorkbook workbook = exportAndRead(WorkbookFixture.content(ExportLanguage.ZH))) {
            XSSFSheet matrix = workbook.getSheet("主题矩阵");
            assertEquals(List.of("主题代码", "主题", "浙江省 段落数", "浙江省 占比", "河北省承德市 段落数", "河北省承德市 占比",
                    "江西省宜春市 段落数", "江西省宜春市 占比"), headers(matrix));
            Cell share = matrix.getRow(1).getCell(3);
            assertEquals(0.12, share.getNumericCellValue(), 1e-9);
            assertEquals("0.0%", share.getCellStyle().getDataFormatString());
            assertEquals(0.0, matrix.getRow(3).getCell(2).getNumericCellValue(), "an uncovered theme shows zero");
            var formatting = matrix.getSheetConditionalFormatting();
            assertEquals(1, formatting.getNumConditionalFormattings());
            assertNotNull(formatting.getConditionalFormattingAt(0).getRule(0).getColorScaleFormatting());
            assertEquals(List.of("D2:D4", "F2:F4", "H2:H4"), StreamSupport.stream(
                    java.util.Arrays.spliterator(formatting.getConditionalFormattingAt(0).getFormattingRanges()), false)
                    .map(range -> range.formatAsString()).toList());
        }
    }

    @Test
    void chineseColumnsAreWideEnoughAndPassagesWrap() throws Exception {
        try (XSSFWorkbook workbook = exportAndRead(WorkbookFixture.content(ExportLanguage.ZH))) {
            Sheet targets = workbook.getSheet("目标明细");
            int indicator = column(targets, "指标（原文）");
            // 制造业产品质量合格率: ten Chinese characters, twenty Latin widths.
            assertTrue(targets.getColumnWidth(indicator) >= 20 * 256, "width " + targets.getColumnWidth(indicator));
            assertTrue(targets.getColumnWidth(column(targets, "单位")) < 10 * 256);
            Sheet passages = workbook.getSheet("主题段落");
            Cell longPassage = passages.getRow(1).getCell(column(passages, "段落原文"));
            assertTrue(longPassage.getCellStyle().getWrapText());
            assertTrue(passages.getRow(1).getHeightInPoints() > passages.getRow(2).getHeightInPoints(),
                    "a long passage's row is taller");
        }
    }

    @Test
    void aboutSheetSaysWhatWhenAndWhich() throws Exception {
        try (XSSFWorkbook workbook = exportAndRead(WorkbookFixture.content(ExportLanguage.ZH))) {
            Sheet about = workbook.getSheet("说明");
            List<String> text = new ArrayList<>();
            about.forEach(row -> row.forEach(cell -> text.add(cell.toString())));
            String all = String.join("\n", text);
            assertTrue(all.contains("2026-01-05 09:30:00 +08:00"), all);
            assertTrue(all.contains("0.1.0"));
            assertTrue(all.contains("质量强国建设纲要 (default)"));
            assertTrue(all.contains("承德市质量强市建设行动方案（2023—2027年）"));
            assertTrue(all.contains("目标明细"));
            assertFalse(all.contains("!"), "a label is missing from the bundle: " + all);
        }
    }

    @Test
    void progressRunsUpToTheTotal() throws Exception {
        List<long[]> calls = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        new ExcelWorkbookExporter().export(WorkbookFixture.content(ExportLanguage.ZH), folder.resolve("p.xlsx"),
                (done, total, stage) -> {
                    calls.add(new long[] {done, total});
                    stages.add(stage);
                });
        assertFalse(calls.isEmpty());
        long previous = -1;
        for (long[] call : calls) {
            assertTrue(call[0] >= previous && call[0] <= call[1], call[0] + "/" + call[1]);
            previous = call[0];
        }
        long[] last = calls.get(calls.size() - 1);
        assertEquals(last[1], last[0]);
        assertTrue(stages.containsAll(TABLE_SHEETS_ZH), stages.toString());
    }

    @Test
    void passageTooLongForACellIsCutWithAMarker() throws Exception {
        WorkbookContent base = WorkbookFixture.content(ExportLanguage.ZH);
        String huge = "质".repeat(40_000);
        WorkbookContent content = new WorkbookContent(base.generatedAt(), base.appVersion(), base.language(),
                base.documents(), base.codebook(), base.themeMatrix(),
                List.of(new ThemePassageRow("zhejiang", "", "standards", "标准化", List.of(), huge, 0, 40_000)),
                base.targetComparison(), base.targets(), base.subsidies(), base.annotations());
        try (XSSFWorkbook workbook = exportAndRead(content)) {
            String cell = workbook.getSheet("主题段落").getRow(1).getCell(5).getStringCellValue();
            assertEquals(TableSheet.MAX_CELL_TEXT, cell.length());
            assertTrue(cell.endsWith("已截断）"));
        }
    }
}

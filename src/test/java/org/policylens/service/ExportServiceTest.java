package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.export.ExportLanguage;
import org.policylens.model.AnnotationColor;
import org.policylens.model.Comparator;
import org.policylens.model.Passage;
import org.policylens.model.Target;
import org.policylens.model.Theme;
import org.policylens.service.TargetService.TargetFields;
import org.policylens.service.TargetService.TargetRow;

/** The comparison workbook of the bundled corpus, written through the service and read back with POI. */
class ExportServiceTest {

    private static final List<String> ZH_SHEETS = List.of("说明", "文件", "主题矩阵", "主题段落", "目标对比", "目标明细",
            "补贴奖励", "批注");
    private static final List<String> EN_SHEETS = List.of("About", "Documents", "Theme matrix", "Theme passages",
            "Target comparison", "Targets", "Subsidies", "Annotations");
    private static final byte[] OLD_BYTES = "a colleague's workbook".getBytes();

    @TempDir
    static Path shared;
    private static Path template;

    @TempDir
    Path dir;
    private AppContext app;

    /** Importing the corpus once and copying the file keeps each test independent and quick. */
    @BeforeAll
    static void importBundledOnce() {
        template = shared.resolve("template.db");
        try (AppContext context = AppContext.open(template)) {
            context.importer().importBundled();
        }
    }

    @BeforeEach
    void copyLibrary() throws Exception {
        Files.copy(template, dir.resolve("library.db"));
        app = AppContext.open(dir.resolve("library.db"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private XSSFWorkbook export(ExportRequest request) throws Exception {
        Path file = dir.resolve("c.xlsx");
        app.export().export(request, file, null);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The text of one column of a table sheet, without its header row. */
    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(column);
            values.add(cell == null ? "" : cell.getStringCellValue());
        }
        return values;
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
        return names;
    }

    private static int themePassageCount(List<org.policylens.model.CodedPassage> passages) {
        return passages.stream().mapToInt(p -> p.themes().size()).sum();
    }

    @Test
    void chineseWorkbookHasEverySheetAndOneRowPerRecord() throws Exception {
        List<TargetRow> targets = app.targets().targets(null, false);
        assertEquals(158, targets.size());
        Path file = dir.resolve("c.xlsx");
        ExportSummary summary = app.export().export(ExportRequest.all(null), file, null);
        assertEquals(file.toAbsolutePath(), summary.file());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(ZH_SHEETS, sheetNames(workbook));
            assertEquals(5, workbook.getSheet("文件").getLastRowNum());
            assertEquals(158, workbook.getSheet("目标明细").getLastRowNum());
            assertEquals(11, workbook.getSheet("补贴奖励").getLastRowNum());
            assertEquals(themePassageCount(app.themes().passages(null)), workbook.getSheet("主题段落").getLastRowNum());
            assertEquals(app.codebooks().active().themes().size(), workbook.getSheet("主题矩阵").getLastRowNum());
            Sheet details = workbook.getSheet("目标明细");
            for (int i = 0; i < targets.size(); i++) {
                Target expected = targets.get(i).record().target();
                Row row = details.getRow(i + 1);
                assertEquals(targets.get(i).record().document(), row.getCell(0).getStringCellValue());
                assertEquals(expected.quote(), row.getCell(11).getStringCellValue());
                assertEquals(CellType.NUMERIC, row.getCell(5).getCellType());
                assertEquals(expected.value(), row.getCell(5).getNumericCellValue());
                assertEquals(expected.start(), (int) row.getCell(12).getNumericCellValue());
            }
        }
        assertEquals(new ExportSummary(file.toAbsolutePath(), 5, app.codebooks().active().themes().size(),
                themePassageCount(app.themes().passages(null)), summary.indicators(), 158, 11, 0), summary);
        assertTrue(summary.indicators() > 10 && summary.indicators() < 158, "indicators: " + summary.indicators());
    }

    @Test
    void targetAndSubsidyRowsNameTheSectionOfTheirClause() throws Exception {
        var chengde = app.library().open("chengde");
        try (XSSFWorkbook workbook = export(ExportRequest.all(ExportLanguage.ZH))) {
            Sheet details = workbook.getSheet("目标明细");
            int checked = 0;
            for (int r = 1; r <= details.getLastRowNum(); r++) {
                Row row = details.getRow(r);
                if (!row.getCell(0).getStringCellValue().equals("chengde")) {
                    continue;
                }
                int start = (int) row.getCell(12).getNumericCellValue();
                Passage passage = chengde.passages().stream()
                        .filter(p -> p.start() <= start && start < p.end()).findFirst().orElseThrow();
                assertFalse(passage.sectionPath().isEmpty());
                assertEquals(passage.sectionPath(), row.getCell(2).getStringCellValue());
                checked++;
            }
            assertTrue(checked > 10, "chengde targets: " + checked);
            assertTrue(column(workbook.getSheet("补贴奖励"), 2).stream().noneMatch(String::isEmpty),
                    "every subsidy clause of the corpus stands under a heading");
        }
    }

    @Test
    void editedTargetCarriesItsValueAndIsMarkedAndRejectedOneIsLeftOut() throws Exception {
        List<TargetRow> before = app.targets().targets(null, false);
        TargetRow edited = before.get(0);
        TargetRow rejected = before.get(1);
        Target old = edited.record().target();
        app.targets().edit(edited.record().id(), new TargetFields(old.indicator(), 123.5, null, old.unit(),
                Comparator.AT_LEAST, 2031, false));
        app.targets().reject(rejected.record().id());

        try (XSSFWorkbook workbook = export(ExportRequest.all(ExportLanguage.EN))) {
            Sheet details = workbook.getSheet("Targets");
            assertEquals(157, details.getLastRowNum());
            List<String> rows = new ArrayList<>();
            for (int r = 1; r <= details.getLastRowNum(); r++) {
                Row row = details.getRow(r);
                rows.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(3).getStringCellValue() + "|"
                        + row.getCell(5).getNumericCellValue() + "|" + (int) row.getCell(12).getNumericCellValue());
            }
            Target gone = rejected.record().target();
            assertFalse(rows.contains(rejected.record().document() + "|" + gone.indicator() + "|" + gone.value() + "|"
                    + gone.start()), "the rejected record's row is gone");
            Row row = details.getRow(1);
            assertEquals(old.quote(), row.getCell(11).getStringCellValue());
            assertEquals(123.5, row.getCell(5).getNumericCellValue());
            assertEquals(2031, (int) row.getCell(9).getNumericCellValue());
            assertEquals("edited", row.getCell(14).getStringCellValue());
            assertEquals(before.get(2).record().target().quote(), details.getRow(2).getCell(11).getStringCellValue());

            Sheet comparison = workbook.getSheet("Target comparison");
            List<String> cells = new ArrayList<>();
            comparison.forEach(r -> r.forEach(c -> cells.add(c.getStringCellValue())));
            assertTrue(cells.stream().anyMatch(c -> c.startsWith("≥123.5") && c.contains("2031")
                    && c.endsWith("(edited)")), "the comparison cell shows the edited value, marked");
            long links = 0;
            for (Row r : comparison) {
                for (Cell c : r) {
                    links += c.getHyperlink() == null ? 0 : 1;
                }
            }
            assertEquals(157, links, "every exported target, and only those, is linked from the comparison");
        }
    }

    @Test
    void chosenDocumentsLimitEverySheet() throws Exception {
        app.annotations().annotateQuote("hefei", "質量", 1, "in", AnnotationColor.YELLOW, List.of());
        app.annotations().annotateQuote("anhui", "质量", 1, "out", AnnotationColor.YELLOW, List.of());
        Set<String> chosen = Set.of("hefei", "chengde");
        int targets = app.targets().targets("hefei", false).size() + app.targets().targets("chengde", false).size();
        int subsidies = app.subsidies().subsidies("hefei", false).size()
                + app.subsidies().subsidies("chengde", false).size();

        ExportSummary summary = app.export().export(new ExportRequest(List.of("hefei", "chengde"), null),
                dir.resolve("two.xlsx"), null);
        assertEquals(2, summary.documents());
        try (InputStream in = Files.newInputStream(dir.resolve("two.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(List.of("hefei", "chengde"), column(workbook.getSheet("文件"), 0));
            assertEquals(2 + 2 * 2, header(workbook.getSheet("主题矩阵")).size());
            assertEquals(2 + 2, header(workbook.getSheet("目标对比")).size());
            assertEquals(chosen, new HashSet<>(column(workbook.getSheet("主题段落"), 0)));
            assertEquals(targets, workbook.getSheet("目标明细").getLastRowNum());
            assertEquals(chosen, new HashSet<>(column(workbook.getSheet("目标明细"), 0)));
            assertEquals(subsidies, workbook.getSheet("补贴奖励").getLastRowNum());
            assertTrue(chosen.containsAll(column(workbook.getSheet("补贴奖励"), 0)));
            assertEquals(List.of("in"), column(workbook.getSheet("批注"), 3));
        }
    }

    @Test
    void aFormulaLikeAnnotationNoteStaysText() throws Exception {
        String formula = "=HYPERLINK(\"x\")";
        Passage passage = app.library().open("zhejiang").passages().stream()
                .filter(p -> !p.sectionPath().isEmpty()).findFirst().orElseThrow();
        app.annotations().create("zhejiang", passage.start(), passage.start() + 4, formula, AnnotationColor.YELLOW,
                List.of("+tag"));
        try (XSSFWorkbook workbook = export(ExportRequest.all(null))) {
            Row row = workbook.getSheet("批注").getRow(1);
            assertEquals(CellType.STRING, row.getCell(3).getCellType());
            assertEquals(formula, row.getCell(3).getStringCellValue());
            assertEquals(CellType.STRING, row.getCell(4).getCellType());
            assertEquals("+tag", row.getCell(4).getStringCellValue());
            assertEquals("zhejiang", row.getCell(0).getStringCellValue());
            assertEquals(passage.sectionPath(), row.getCell(1).getStringCellValue());
        }
    }

    @Test
    void englishWorkbookHasEnglishSheetsHeadersAndThemeNames() throws Exception {
        try (XSSFWorkbook workbook = export(ExportRequest.all(ExportLanguage.EN))) {
            assertEquals(EN_SHEETS, sheetNames(workbook));
            assertEquals("Document", header(workbook.getSheet("Targets")).get(0));
            assertEquals("Indicator (as written)", header(workbook.getSheet("Targets")).get(3));
            List<String> expected = app.codebooks().active().themes().stream().map(Theme::nameEn).toList();
            assertEquals(expected, column(workbook.getSheet("Theme matrix"), 1));
        }
    }

    @Test
    void anUnknownDocumentIsAUserErrorAndNothingIsWritten() {
        UserException e = assertThrows(UserException.class, () -> app.export()
                .export(new ExportRequest(List.of("hefei", "atlantis"), null), dir.resolve("c.xlsx"), null));
        assertTrue(e.getMessage().contains("atlantis"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("c.xlsx")));
    }

    @Test
    void aReadOnlyTargetIsAOneLineUserErrorAndTheFileIsKept() throws Exception {
        Path file = dir.resolve("c.xlsx");
        Files.write(file, OLD_BYTES);
        assertTrue(file.toFile().setWritable(false, false));
        try {
            UserException e = assertThrows(UserException.class,
                    () -> app.export().export(ExportRequest.all(null), file, null));
            assertEquals("cannot write " + file.toAbsolutePath() + ": the file is read-only", e.getMessage());
            assertArrayEquals(OLD_BYTES, Files.readAllBytes(file));
        } finally {
            file.toFile().setWritable(true, false);
        }
    }

    @Test
    void progressIsReportedUpToTheTotal() throws Exception {
        List<long[]> reports = new ArrayList<>();
        app.export().export(ExportRequest.all(null), dir.resolve("c.xlsx"),
                (done, total, stage) -> reports.add(new long[] {done, total}));
        assertTrue(reports.size() > 8, "at least one report per sheet");
        long total = reports.get(0)[1];
        long previous = 0;
        for (long[] report : reports) {
            assertEquals(total, report[1]);
            assertTrue(report[0] >= previous && report[0] <= total);
            previous = report[0];
        }
        assertEquals(total, previous);
        assertTrue(total > 158 + 11, "the total counts every row: " + total);
    }
}

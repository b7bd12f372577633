package org.policylens.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.compare.IndicatorAlignment;
import org.policylens.extract.SubsidyExtractor;
import org.policylens.extract.TargetExtractor;
import org.policylens.ingest.BundledCorpus;
import org.policylens.ingest.IndicatorDictionaryLoader;
import org.policylens.model.DocumentSummary;
import org.policylens.model.RecordStatus;
import org.policylens.model.Subsidy;
import org.policylens.model.Target;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled corpus run through the real extractors and indicator alignment, exported and read back: the workbook
 * has one row per extracted record and every comparison link lands on a target of the same indicator group.
 */
class CorpusWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void everyExtractedRecordHasOneRowAndEveryLinkItsIndicator() throws Exception {
        IndicatorAlignment alignment;
        try (InputStream in = Files.newInputStream(Path.of("data", "indicators.json"))) {
            alignment = new IndicatorAlignment(IndicatorDictionaryLoader.load(in));
        }
        List<DocumentSummary> documents = new ArrayList<>();
        List<TargetRow> targets = new ArrayList<>();
        List<SubsidyRow> subsidies = new ArrayList<>();
        Map<String, Map<String, List<Long>>> comparison = new LinkedHashMap<>();
        long id = 1;
        for (BundledCorpus.Entry entry : BundledCorpus.load()) {
            String slug = entry.metadata().slug();
            String text = new String(entry.bytes(), StandardCharsets.UTF_8);
            documents.add(new DocumentSummary(documents.size() + 1, entry.metadata(), "", text.length(), 0, 0, ""));
            for (Target target : new TargetExtractor().extract(text)) {
                String key = alignment.keyFor(target);
                targets.add(new TargetRow(id, slug, entry.metadata().region(), "", key, target, RecordStatus.AUTO));
                comparison.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(slug, k -> new ArrayList<>()).add(id);
                id++;
            }
            for (Subsidy subsidy : new SubsidyExtractor().extract(text)) {
                subsidies.add(new SubsidyRow(slug, entry.metadata().region(), "", subsidy, RecordStatus.AUTO));
            }
        }
        List<TargetComparisonRow> rows = new ArrayList<>();
        comparison.forEach((key, cells) -> rows.add(new TargetComparisonRow(key, key, cells)));
        WorkbookContent content = new WorkbookContent(ZonedDateTime.now(), "test", ExportLanguage.EN, documents, null,
                List.of(), List.of(), rows, targets, subsidies, List.of());
        assertTrue(targets.size() > 20 && subsidies.size() > 10, targets.size() + " targets, " + subsidies.size());

        Path file = folder.resolve("corpus.xlsx");
        new ExcelWorkbookExporter().export(content, file, ProgressListener.NONE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet targetSheet = workbook.getSheet("Targets");
            assertEquals(targets.size(), targetSheet.getLastRowNum());
            assertEquals(subsidies.size(), workbook.getSheet("Subsidies").getLastRowNum());
            for (int r = 1; r <= targetSheet.getLastRowNum(); r++) {
                TargetRow expected = targets.get(r - 1);
                Row row = targetSheet.getRow(r);
                assertEquals(expected.target().quote(), row.getCell(11).getStringCellValue());
                assertEquals(expected.target().value(), row.getCell(5).getNumericCellValue());
            }
            Sheet comparisonSheet = workbook.getSheet("Target comparison");
            int links = 0;
            for (int r = 1; r <= comparisonSheet.getLastRowNum(); r++) {
                Row row = comparisonSheet.getRow(r);
                String key = row.getCell(0).getStringCellValue();
                for (Cell cell : row) {
                    if (cell.getHyperlink() == null) {
                        continue;
                    }
                    assertEquals(CellType.STRING, cell.getCellType());
                    int detail = Integer.parseInt(cell.getHyperlink().getAddress().replace("'Targets'!A", "")) - 1;
                    assertEquals(key, targetSheet.getRow(detail).getCell(4).getStringCellValue());
                    links++;
                }
            }
            assertEquals(targets.size(), links, "every target is reachable from the comparison");
        }
    }
}

package org.policylens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --out FILE.xlsx [--doc SLUG ...] [--lang zh|en]} on the bundled corpus. */
class ExportCliTest {

    private static final byte[] OLD_BYTES = "a colleague's workbook".getBytes();

    @TempDir
    static Path shared;
    static Path library;

    @TempDir
    Path dir;

    @BeforeAll
    static void importBundled() {
        library = shared.resolve("library.db");
        assertEquals(0, CliRun.run(library, "import").exitCode());
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void assertOneLineUserError(CliRun run) {
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("policylens: "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void exportPrintsOneLineAndItsRowsMatchTheJsonListingsOneForOne() throws Exception {
        Path file = dir.resolve("c.xlsx");
        CliRun run = CliRun.run(library, "export", "--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.lines().size(), run.out());
        assertTrue(run.lines().get(0).matches(Pattern.quote("wrote " + file.toAbsolutePath())
                + ": documents 5, theme matrix \\d+ themes, theme passages \\d+, target comparison \\d+ indicators, "
                + "targets 158, subsidies 11, annotations 0"), run.out());

        JsonNode targets = CliRun.run(library, "targets", "--format", "json").json();
        JsonNode subsidies = CliRun.run(library, "subsidies", "--format", "json").json();
        try (XSSFWorkbook workbook = read(file)) {
            Sheet targetSheet = workbook.getSheet("目标明细");
            assertEquals(targets.size(), targetSheet.getLastRowNum());
            for (int i = 0; i < targets.size(); i++) {
                JsonNode expected = targets.get(i);
                Row row = targetSheet.getRow(i + 1);
                assertEquals(expected.get("document").asText(), row.getCell(0).getStringCellValue());
                assertEquals(expected.get("indicator").asText(), row.getCell(3).getStringCellValue());
                assertEquals(expected.get("value").asDouble(), row.getCell(5).getNumericCellValue());
                assertEquals(expected.get("quote").asText(), row.getCell(11).getStringCellValue());
                assertEquals(expected.get("start").asInt(), (int) row.getCell(12).getNumericCellValue());
            }
            Sheet subsidySheet = workbook.getSheet("补贴奖励");
            assertEquals(subsidies.size(), subsidySheet.getLastRowNum());
            for (int i = 0; i < subsidies.size(); i++) {
                JsonNode expected = subsidies.get(i);
                Row row = subsidySheet.getRow(i + 1);
                assertEquals(expected.get("document").asText(), row.getCell(0).getStringCellValue());
                assertEquals(expected.get("amountYuan").asLong(), (long) row.getCell(5).getNumericCellValue());
                assertEquals(expected.get("quote").asText(), row.getCell(10).getStringCellValue());
            }
        }
    }

    @Test
    void docOptionsChooseTheDocumentsInTheirOrder() throws Exception {
        Path file = dir.resolve("two.xlsx");
        CliRun run = CliRun.run(library, "export", "--out", file.toString(), "--doc", "hefei", "--doc", "chengde");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(": documents 2, "), run.out());
        try (XSSFWorkbook workbook = read(file)) {
            Sheet documents = workbook.getSheet("文件");
            assertEquals(2, documents.getLastRowNum());
            assertEquals("hefei", documents.getRow(1).getCell(0).getStringCellValue());
            assertEquals("chengde", documents.getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    void langEnWritesEnglishSheetsAndHeaders() throws Exception {
        Path file = dir.resolve("en.xlsx");
        assertEquals(0, CliRun.run(library, "export", "--out", file.toString(), "--lang", "en").exitCode());
        try (XSSFWorkbook workbook = read(file)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("About", "Documents", "Theme matrix", "Theme passages", "Target comparison",
                    "Targets", "Subsidies", "Annotations"), names);
            assertEquals("Amount (yuan)", workbook.getSheet("Subsidies").getRow(0).getCell(5).getStringCellValue());
        }
    }

    @Test
    void anUnknownDocumentIsAUserError() {
        Path file = dir.resolve("c.xlsx");
        CliRun run = CliRun.run(library, "export", "--out", file.toString(), "--doc", "atlantis");
        assertOneLineUserError(run);
        assertTrue(run.err().contains("'atlantis'"), run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aFolderAtTheTargetPathIsAUserError() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("c.xlsx"));
        CliRun run = CliRun.run(library, "export", "--out", folder.toString());
        assertOneLineUserError(run);
        assertEquals("policylens: cannot write " + folder.toAbsolutePath() + ": it is a folder", run.err().strip());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void anImmutableTargetIsAUserErrorAndTheFileIsUntouched() throws Exception {
        Path file = dir.resolve("c.xlsx");
        Files.write(file, OLD_BYTES);
        // Root passes every permission check, so the file is made immutable the way the exporter's tests do.
        Assumptions.assumeTrue(command("chattr", "+i", file.toString()), "chattr +i is not available here");
        try {
            CliRun run = CliRun.run(library, "export", "--out", file.toString());
            assertOneLineUserError(run);
            assertTrue(run.err().contains("cannot write " + file.toAbsolutePath() + ": "), run.err());
            assertArrayEquals(OLD_BYTES, Files.readAllBytes(file));
        } finally {
            command("chattr", "-i", file.toString());
        }
    }

    private static boolean command(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun missingOut = CliRun.run(library, "export");
        assertEquals(2, missingOut.exitCode());
        assertTrue(missingOut.err().contains("--out"), missingOut.err());

        Path csv = dir.resolve("c.csv");
        CliRun notXlsx = CliRun.run(library, "export", "--out", csv.toString());
        assertEquals(2, notXlsx.exitCode());
        assertTrue(notXlsx.err().contains("--out must name an .xlsx file"), notXlsx.err());
        assertFalse(Files.exists(csv));

        CliRun badLanguage = CliRun.run(library, "export", "--out", dir.resolve("c.xlsx").toString(), "--lang", "fr");
        assertEquals(2, badLanguage.exitCode());
        assertTrue(badLanguage.err().contains("use zh or en"), badLanguage.err());
    }
}

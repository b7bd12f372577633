package org.policylens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code themes} and {@code search --theme} as DESIGN.md's CLI contract states them. */
class ThemesCommandTest {

    @TempDir
    static Path shared;
    static Path library;

    @TempDir
    Path dir;

    private static final List<String> SLUGS = List.of("anhui", "zhejiang", "hefei", "yichun", "chengde");

    @BeforeAll
    static void importBundled() {
        library = shared.resolve("library.db");
        CliRun run = CliRun.run(library, "import");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void passagesCarryTheContractFieldsWithEvidenceTerms() {
        CliRun run = CliRun.run(library, "themes", "--passages", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode passages = run.json();
        Set<String> documents = new HashSet<>();
        int coded = 0;
        for (JsonNode p : passages) {
            for (String field : List.of("document", "sectionPath", "start", "end", "text", "themes")) {
                assertTrue(p.has(field), field + " in " + p);
            }
            documents.add(p.get("document").asText());
            assertTrue(p.get("end").asInt() > p.get("start").asInt());
            for (JsonNode theme : p.get("themes")) {
                assertFalse(theme.get("code").asText().isEmpty());
                assertTrue(theme.get("evidence").isArray() && theme.get("evidence").size() > 0, theme.toString());
                theme.get("evidence").forEach(term -> assertTrue(term.isTextual(), term.toString()));
            }
            coded += p.get("themes").size() > 0 ? 1 : 0;
        }
        assertEquals(Set.copyOf(SLUGS), documents);
        assertTrue(coded > passages.size() * 0.8, coded + " of " + passages.size());
    }

    @Test
    void theMatrixHasOneRecordPerDocumentAndTheme() {
        JsonNode cells = CliRun.run(library, "themes", "--format", "json").json();
        assertEquals(5 * 17, cells.size());
        JsonNode hefeiGreen = null;
        for (JsonNode cell : cells) {
            if (cell.get("document").asText().equals("hefei") && cell.get("theme").asText().equals("green")) {
                hefeiGreen = cell;
            }
        }
        assertTrue(hefeiGreen != null && hefeiGreen.get("passages").asInt() > 0);
        assertEquals("绿色低碳与生态", hefeiGreen.get("nameZh").asText());
        assertFalse(hefeiGreen.get("nameEn").asText().isEmpty());
        double share = hefeiGreen.get("share").asDouble();
        assertTrue(share > 0 && share <= 1, hefeiGreen.toString());
        assertEquals(hefeiGreen.get("passages").asInt(), hefeiGreen.get("passageIds").size());
    }

    @Test
    void docRestrictsBothViews() {
        JsonNode cells = CliRun.run(library, "themes", "--doc", "chengde", "--format", "json").json();
        assertEquals(17, cells.size());
        cells.forEach(c -> assertEquals("chengde", c.get("document").asText()));
        JsonNode passages = CliRun.run(library, "themes", "--doc", "chengde", "--passages", "--format", "json").json();
        assertTrue(passages.size() > 20);
        passages.forEach(p -> assertEquals("chengde", p.get("document").asText()));
    }

    @Test
    void tableIsAGridAndCsvHasAHeaderRow() {
        CliRun table = CliRun.run(library, "themes");
        assertEquals(0, table.exitCode(), table.err());
        assertEquals(1 + 17, table.lines().size(), table.out());
        assertTrue(table.lines().get(0).startsWith("theme"));
        SLUGS.forEach(slug -> assertTrue(table.lines().get(0).contains(slug), slug));
        assertTrue(table.out().contains("标准化"));

        CliRun csv = CliRun.run(library, "themes", "--format", "csv");
        assertEquals(1 + 5 * 17, csv.lines().size());
        assertTrue(csv.lines().get(0).startsWith("document,theme,nameZh,nameEn,passages,characters,share"));

        CliRun passagesCsv = CliRun.run(library, "themes", "--passages", "--doc", "hefei", "--format", "csv");
        assertTrue(passagesCsv.lines().get(0).startsWith("document,passageId,sectionPath,start,end,text,themes"),
                passagesCsv.lines().get(0));
        assertTrue(passagesCsv.out().contains("green: "), "evidence is flattened as code: terms");

        CliRun passagesTable = CliRun.run(library, "themes", "--passages", "--doc", "hefei");
        assertTrue(passagesTable.lines().get(0).startsWith("document"));
        assertTrue(passagesTable.lines().size() > 50);
    }

    @Test
    void searchByThemeKeepsOnlyPassagesCodedWithIt() {
        JsonNode all = CliRun.run(library, "search", "标准", "--format", "json").json();
        JsonNode standards = CliRun.run(library, "search", "标准", "--theme", "standards", "--format", "json").json();
        assertTrue(standards.size() > 0 && standards.size() < all.size(), standards.size() + " of " + all.size());

        Set<String> standardsPassages = new HashSet<>();
        for (JsonNode p : CliRun.run(library, "themes", "--passages", "--format", "json").json()) {
            for (JsonNode t : p.get("themes")) {
                if (t.get("code").asText().equals("standards")) {
                    standardsPassages.add(p.get("document").asText() + "@" + p.get("start").asInt());
                }
            }
        }
        standards.forEach(h -> assertTrue(standardsPassages.contains(h.get("document").asText() + "@"
                + h.get("start").asInt()), h.toString()));

        JsonNode hefei = CliRun.run(library, "search", "標準", "--theme", "standards", "--doc", "hefei",
                "--format", "json").json();
        assertTrue(hefei.size() > 0);
        hefei.forEach(h -> assertEquals("hefei", h.get("document").asText()));
    }

    @Test
    void userAndUsageErrorsHaveTheirExitCodes() {
        for (String[] args : new String[][] {{"themes", "--doc", "no-such-document"},
                {"themes", "--passages", "--doc", "nope"}, {"search", "质量", "--theme", "no-such-theme"}}) {
            CliRun run = CliRun.run(library, args);
            assertEquals(1, run.exitCode(), String.join(" ", args) + " → " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("policylens: "), run.err());
        }
        for (String[] args : new String[][] {{"themes", "--format", "xml"}, {"themes", "--doc"},
                {"search", "质量", "--theme"}}) {
            assertEquals(2, CliRun.run(library, args).exitCode(), String.join(" ", args));
        }
    }

    @Test
    void aLibraryOfOneImportedDocumentGivesOnlyItsRow() throws Exception {
        java.nio.file.Path file = dir.resolve("plan.txt");
        java.nio.file.Files.writeString(file, "某某市质量强市实施方案\n一、标准化建设\n"
                + "推动企业参与国际标准、国家标准和行业标准制修订,加强标准化人才培养。\n");
        java.nio.file.Path db = dir.resolve("own.db");
        assertEquals(0, CliRun.run(db, "import", file.toString()).exitCode());
        CliRun run = CliRun.run(db, "themes", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        var rows = run.json();
        assertEquals(17, rows.size(), "one row per theme of the default codebook");
        rows.forEach(r -> assertEquals("plan", r.get("document").asText()));
        boolean standards = false;
        for (var r : rows) {
            standards |= r.get("theme").asText().equals("standards") && r.get("passages").asInt() > 0;
        }
        assertTrue(standards, rows.toString());
    }
}

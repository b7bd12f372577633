package org.policylens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract of DESIGN.md, driven as a script would drive it. */
class CliTest {

    @TempDir
    static Path shared;
    static Path library;

    @TempDir
    Path dir;

    @BeforeAll
    static void importBundled() {
        library = shared.resolve("library.db");
        CliRun run = CliRun.run(library, "import");
        assertEquals(0, run.exitCode(), run.err());
    }

    private static Set<String> documents(JsonNode hits) {
        Set<String> slugs = new HashSet<>();
        hits.forEach(h -> slugs.add(h.get("document").asText()));
        return slugs;
    }

    @Test
    void importPrintsOneLinePerBundledDocumentAndIsIdempotent() {
        Path db = dir.resolve("sub/folder/x.db");
        CliRun first = CliRun.run(db, "import");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(5, first.lines().size(), first.out());
        for (String slug : new String[] {"anhui", "zhejiang", "hefei", "yichun", "chengde"}) {
            assertTrue(first.lines().stream().anyMatch(l -> l.startsWith("imported") && l.contains(slug)), slug);
        }
        CliRun again = CliRun.run(db, "import");
        assertEquals(0, again.exitCode());
        assertTrue(again.lines().stream().allMatch(l -> l.startsWith("duplicate")), again.out());
        assertEquals(5, CliRun.run(db, "list", "--format", "json").json().size());
    }

    @Test
    void aNewLibraryStartsWithTheBundledCorpusButOnlyOnce() throws Exception {
        Path fresh = dir.resolve("first-start.db");
        assertEquals(5, CliRun.run(fresh, "list", "--format", "json").json().size());
        assertEquals(5, CliRun.run(fresh, "list", "--format", "json").json().size());

        Path own = dir.resolve("own.db");
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "某某市质量强市实施方案\n一、总体目标\n提升质量水平。\n");
        assertEquals(0, CliRun.run(own, "import", file.toString()).exitCode());
        JsonNode docs = CliRun.run(own, "list", "--format", "json").json();
        assertEquals(1, docs.size(), "a library the user filled keeps only what the user imported");
    }

    @Test
    void listGivesMetadataAsJson() {
        JsonNode docs = CliRun.run(library, "list", "--format", "json").json();
        Map<String, JsonNode> bySlug = new HashMap<>();
        docs.forEach(d -> bySlug.put(d.get("slug").asText(), d));
        assertEquals(Set.of("anhui", "zhejiang", "hefei", "yichun", "chengde"), bySlug.keySet());
        assertEquals("province", bySlug.get("anhui").get("level").asText());
        assertEquals("安徽省", bySlug.get("anhui").get("region").asText());
        assertEquals("安徽省质量强省建设纲要", bySlug.get("anhui").get("title").asText());
        assertEquals("city", bySlug.get("hefei").get("level").asText());
        assertEquals("合政〔2012〕251號", bySlug.get("hefei").get("docNumber").asText());
        assertEquals("2012-12-25", bySlug.get("hefei").get("date").asText());
        assertEquals("traditional", bySlug.get("hefei").get("script").asText());
        assertEquals("浙委发〔2018〕27号", bySlug.get("zhejiang").get("docNumber").asText());
        assertEquals("2018-06-29", bySlug.get("zhejiang").get("date").asText());
        assertEquals("2023-09-06", bySlug.get("chengde").get("date").asText());
        assertEquals("河北省承德市", bySlug.get("chengde").get("region").asText());
        bySlug.values().forEach(d -> assertTrue(d.get("passages").asInt() > 20, d.toString()));
    }

    @Test
    void listTableAndCsvShowEveryDocument() {
        CliRun table = CliRun.run(library, "list");
        assertEquals(6, table.lines().size(), table.out());
        assertTrue(table.lines().get(0).startsWith("slug"));
        CliRun csv = CliRun.run(library, "list", "--format", "csv");
        assertEquals(6, csv.lines().size());
        assertTrue(csv.out().contains("承德市质量强市建设行动方案(2023—2027年)"));
    }

    @Test
    void searchFindsAcrossScriptsAndShortQueries() {
        Set<String> qiangshi = documents(CliRun.run(library, "search", "质量强市", "--format", "json").json());
        assertTrue(qiangshi.size() >= 3 && qiangshi.contains("hefei"), qiangshi.toString());

        Set<String> award = documents(CliRun.run(library, "search", "質量獎", "--format", "json").json());
        assertTrue(award.contains("hefei"), award.toString());
        assertTrue(award.stream().anyMatch(s -> !s.equals("hefei")), award.toString());

        assertEquals(Set.of("anhui", "zhejiang", "hefei", "yichun", "chengde"),
                documents(CliRun.run(library, "search", "质量", "--format", "json").json()));
        assertEquals(Set.of("anhui", "zhejiang", "hefei", "yichun", "chengde"),
                documents(CliRun.run(library, "search", "标准", "--format", "json").json()));
    }

    @Test
    void searchResultsCarryTheirPlaceAndMarkedSnippet() {
        JsonNode hits = CliRun.run(library, "search", "质量奖", "--doc", "hefei", "--format", "json").json();
        assertTrue(hits.size() > 0);
        for (JsonNode hit : hits) {
            assertEquals("hefei", hit.get("document").asText());
            assertTrue(hit.get("snippet").asText().contains("【質量獎】"), hit.toString());
            assertTrue(hit.get("end").asInt() > hit.get("start").asInt());
        }
        assertFalse(hits.get(0).get("sectionPath").asText().isEmpty());
    }

    @Test
    void ftsSyntaxIsLiteralAndNeverAnError() {
        for (String query : new String[] {"\"NEAR(", "NEAR(质量", "质量 OR", "*", "AND", "(", ":", "-标准", "\""}) {
            CliRun run = CliRun.run(library, "search", query, "--format", "json");
            assertEquals(0, run.exitCode(), query + ": " + run.err());
            run.json();
        }
    }

    @Test
    void gb18030CopyYieldsTheSamePassagesAndIsADuplicateOfTheOriginal() throws Exception {
        String original = Files.readString(Path.of("data/corpus/zhejiang.txt"), StandardCharsets.UTF_8);
        Path gbk = dir.resolve("zhejiang-gb18030.txt");
        Files.write(gbk, original.getBytes(Charset.forName("GB18030")));

        Path fresh = dir.resolve("fresh.db");
        CliRun imported = CliRun.run(fresh, "import", gbk.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        JsonNode fromGbk = CliRun.run(fresh, "search", "质量", "--format", "json").json();
        JsonNode fromUtf8 = CliRun.run(library, "search", "质量", "--doc", "zhejiang", "--format", "json").json();
        assertEquals(fromUtf8.size(), fromGbk.size());
        for (int i = 0; i < fromUtf8.size(); i++) {
            assertEquals(fromUtf8.get(i).get("text"), fromGbk.get(i).get("text"));
            assertEquals(fromUtf8.get(i).get("start"), fromGbk.get(i).get("start"));
        }

        Path copy = dir.resolve("copy.db");
        CliRun.run(copy, "import");
        CliRun duplicate = CliRun.run(copy, "import", gbk.toString());
        assertEquals(0, duplicate.exitCode());
        assertTrue(duplicate.out().startsWith("duplicate"), duplicate.out());
        assertTrue(duplicate.out().contains("zhejiang"), duplicate.out());
        assertEquals(5, CliRun.run(copy, "list", "--format", "json").json().size());
    }

    @Test
    void importOptionsOverrideTheGuesses() throws Exception {
        Path file = dir.resolve("my-plan.txt");
        Files.writeString(file, "某某市质量强市建设实施方案\n一、总体目标\n到2025年,制造业产品质量合格率达到95%以上。\n"
                + "二、保障措施\n加强组织领导。\n");
        CliRun run = CliRun.run(dir.resolve("o.db"), "import", file.toString(), "--slug", "mine", "--title", "我的方案",
                "--region", "某某市", "--level", "county");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = CliRun.run(dir.resolve("o.db"), "list", "--format", "json").json().get(0);
        assertEquals("mine", doc.get("slug").asText());
        assertEquals("我的方案", doc.get("title").asText());
        assertEquals("某某市", doc.get("region").asText());
        assertEquals("county", doc.get("level").asText());
    }

    @Test
    void userErrorsExitOneWithOneLineOnStderr() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0, 0});
        for (String[] args : new String[][] {
                {"import", dir.resolve("missing.txt").toString()},
                {"import", empty.toString()},
                {"import", binary.toString()},
                {"search", "质量", "--doc", "no-such-document"},
                {"import", empty.toString(), "--slug", "Bad Slug!"}}) {
            CliRun run = CliRun.run(dir.resolve("errors.db"), args);
            assertEquals(1, run.exitCode(), String.join(" ", args) + " → " + run.out() + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("policylens: "), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void usageErrorsExitTwo() {
        for (String[] args : new String[][] {{"frobnicate"}, {"list", "--format", "xml"}, {"search"},
                {"list", "--bogus"}, {"import", "--slug", "x"}, {"search", "质量", "--limit", "-1"}}) {
            CliRun run = CliRun.run(dir.resolve("usage.db"), args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + " → " + run.err());
        }
    }

    @Test
    void aLockedOrCorruptLibraryIsAUserError() throws Exception {
        Path notALibrary = dir.resolve("notes.db");
        Files.writeString(notALibrary, "plain text, not SQLite ".repeat(100));
        CliRun run = CliRun.run(notALibrary, "list");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("notes.db"), run.err());
    }

    @Test
    void noSubcommandMeansTheWindowAndHelpStaysInTheTerminal() {
        assertTrue(Cli.wantsGui());
        assertTrue(Cli.wantsGui("--db", "x.db"));
        assertFalse(Cli.wantsGui("list"));
        assertFalse(Cli.wantsGui("--help"));
        assertFalse(Cli.wantsGui("--db", "x.db", "search", "质量"));
    }

    @Test
    void theQuickWindowStartCheckAgreesWithTheFullParse() {
        String[][] windowStarts = {{}, {"--db", "x.db"}, {"--db=x.db"}, {"--db", "资料库 2026.db"},
                {"--db", "/home/li/library"}, {"--db", "C:\\Users\\li\\library"}, {"--db", "./list"}};
        for (String[] args : windowStarts) {
            assertTrue(Cli.isPlainWindowStart(args), String.join(" ", args));
            assertTrue(Cli.parsesAsWindowStart(args), String.join(" ", args));
        }
        // Left to the full parse, which sends them to the terminal:
        String[][] others = {{"list"}, {"--help"}, {"--db"}, {"--db", "--help"}, {"-V"},
                {"--db", "list"}, {"--db=list"}, {"--db", "x.db", "list"}, {"--db=x.db", "--version"}};
        for (String[] args : others) {
            assertFalse(Cli.isPlainWindowStart(args), String.join(" ", args));
            assertFalse(Cli.wantsGui(args), String.join(" ", args));
        }
        // ...or to the window, when the full parse says so:
        assertFalse(Cli.isPlainWindowStart("--db", "library"));
        assertFalse(Cli.isPlainWindowStart("--db", "@libraries.txt"), "an argument file is picocli's to expand");
        assertTrue(Cli.wantsGui("--db", "library"));
    }
}

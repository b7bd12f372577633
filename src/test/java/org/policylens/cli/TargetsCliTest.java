package org.policylens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.service.AppContext;

/** The {@code targets} and {@code subsidies} commands of the CLI contract, on the bundled corpus. */
class TargetsCliTest {

    private static final List<String> TARGET_FIELDS = List.of("document", "region", "indicator", "indicatorKey",
            "value", "valueMax", "unit", "comparator", "year", "perYear", "quote", "start", "end", "status");
    private static final List<String> SUBSIDY_FIELDS = List.of("document", "region", "item", "recipient",
            "amountYuan", "amountText", "kind", "quote", "start", "end", "status");

    @TempDir
    static Path shared;
    static Path library;
    static JsonNode targets;

    @TempDir
    Path dir;

    @BeforeAll
    static void importBundled() {
        library = shared.resolve("library.db");
        assertEquals(0, CliRun.run(library, "import").exitCode());
        CliRun run = CliRun.run(library, "targets", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        targets = run.json();
    }

    private static List<String> fieldNames(JsonNode record) {
        List<String> names = new ArrayList<>();
        record.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> targetsNamed(String document, String indicator) {
        List<JsonNode> out = new ArrayList<>();
        targets.forEach(t -> {
            if (t.get("document").asText().equals(document) && t.get("indicator").asText().equals(indicator)) {
                out.add(t);
            }
        });
        assertFalse(out.isEmpty(), document + " " + indicator);
        return out;
    }

    @Test
    void targetsJsonHasTheContractFieldsAndVerbatimQuotes() {
        assertEquals(158, targets.size());
        Set<String> comparators = Set.of(">=", "<=", "~", "=");
        for (JsonNode t : targets) {
            assertEquals(TARGET_FIELDS, fieldNames(t));
            assertTrue(comparators.contains(t.get("comparator").asText()), t.toString());
            assertEquals("auto", t.get("status").asText());
            assertTrue(t.get("end").asInt() > t.get("start").asInt());
            assertTrue(t.get("perYear").isBoolean());
        }
        JsonNode hefei = targetsNamed("hefei", "大中型工程項目一次驗收合格率").get(0);
        assertEquals("安徽省合肥市", hefei.get("region").asText());
        assertTrue(hefei.get("quote").asText().contains("驗收"), "Traditional quotes stay as written");
        JsonNode range = null;
        for (JsonNode t : targets) {
            if (!t.get("valueMax").isNull()) {
                range = t;
            }
        }
        assertTrue(range != null && range.get("valueMax").asDouble() > range.get("value").asDouble());
    }

    @Test
    void quotesSitAtTheirOffsetsInTheStoredText() {
        try (AppContext app = AppContext.open(library)) {
            Map<String, String> texts = new HashMap<>();
            for (JsonNode t : targets) {
                String slug = t.get("document").asText();
                String text = texts.computeIfAbsent(slug, s -> app.library().open(s).text());
                int start = text.offsetByCodePoints(0, t.get("start").asInt());
                int end = text.offsetByCodePoints(0, t.get("end").asInt());
                assertEquals(t.get("quote").asText(), text.substring(start, end));
            }
        }
    }

    @Test
    void theSameIndicatorSharesOneKeyAcrossRegionsScriptsAndYears() {
        Set<String> manufacturing = new HashSet<>();
        for (String doc : List.of("zhejiang", "yichun", "chengde")) {
            targetsNamed(doc, "制造业产品质量合格率").forEach(t -> manufacturing.add(t.get("indicatorKey").asText()));
        }
        assertEquals(1, manufacturing.size(), manufacturing.toString());

        Set<String> construction = new HashSet<>();
        targetsNamed("hefei", "大中型工程項目一次驗收合格率").forEach(t -> construction.add(t.get("indicatorKey").asText()));
        targetsNamed("yichun", "大中型工程项目一次验收合格率").forEach(t -> construction.add(t.get("indicatorKey").asText()));
        assertEquals(1, construction.size(), construction.toString());
        assertNotEquals(manufacturing, construction);

        List<JsonNode> drug = targetsNamed("chengde", "药品监督抽检合格率");
        Set<String> drugKeys = new HashSet<>();
        Set<Integer> drugYears = new HashSet<>();
        drug.forEach(t -> {
            drugKeys.add(t.get("indicatorKey").asText());
            drugYears.add(t.get("year").asInt());
        });
        assertEquals(1, drugKeys.size());
        assertEquals(Set.of(2023, 2025, 2027), drugYears);
    }

    @Test
    void docFilterAndFormats() {
        JsonNode chengde = CliRun.run(library, "targets", "--doc", "chengde", "--format", "json").json();
        assertEquals(41, chengde.size());
        chengde.forEach(t -> assertEquals("chengde", t.get("document").asText()));

        CliRun csv = CliRun.run(library, "targets", "--doc", "yichun", "--format", "csv");
        assertEquals(0, csv.exitCode());
        assertEquals(String.join(",", TARGET_FIELDS), csv.lines().get(0));
        assertEquals(29, csv.lines().size());

        CliRun table = CliRun.run(library, "targets", "--doc", "zhejiang");
        assertTrue(table.lines().get(0).startsWith("document  indicatorKey"), table.lines().get(0));
        assertEquals(25, table.lines().size());
        assertTrue(table.out().contains("manufacturing_pass_rate"));
    }

    @Test
    void subsidiesInEveryFormat() {
        JsonNode subsidies = CliRun.run(library, "subsidies", "--format", "json").json();
        assertEquals(11, subsidies.size());
        subsidies.forEach(s -> assertEquals(SUBSIDY_FIELDS, fieldNames(s)));
        JsonNode first = subsidies.get(0);
        assertEquals("hefei", first.get("document").asText());
        assertEquals(2_000_000, first.get("amountYuan").asLong());
        assertEquals("200萬元", first.get("amountText").asText());

        assertEquals(4, CliRun.run(library, "subsidies", "--doc", "chengde", "--format", "json").json().size());
        assertEquals(0, CliRun.run(library, "subsidies", "--doc", "anhui", "--format", "json").json().size());
        CliRun csv = CliRun.run(library, "subsidies", "--format", "csv");
        assertEquals(String.join(",", SUBSIDY_FIELDS), csv.lines().get(0));
        assertEquals(12, csv.lines().size());
        CliRun table = CliRun.run(library, "subsidies", "--doc", "hefei");
        assertEquals(8, table.lines().size());
        assertTrue(table.lines().get(0).startsWith("document  item"));
    }

    @Test
    void rejectedRecordsShowOnlyWithAll() {
        Path db = dir.resolve("rejected.db");
        CliRun.run(db, "import");
        try (AppContext app = AppContext.open(db)) {
            long id = app.targets().targets("yichun", false).get(0).record().id();
            app.targets().reject(id);
            long subsidy = app.subsidies().subsidies("chengde", false).get(0).id();
            app.subsidies().reject(subsidy);
        }
        assertEquals(27, CliRun.run(db, "targets", "--doc", "yichun", "--format", "json").json().size());
        JsonNode all = CliRun.run(db, "targets", "--doc", "yichun", "--all", "--format", "json").json();
        assertEquals(28, all.size());
        assertEquals("rejected", all.get(0).get("status").asText());
        assertEquals(3, CliRun.run(db, "subsidies", "--doc", "chengde", "--format", "json").json().size());
        assertEquals(4, CliRun.run(db, "subsidies", "--doc", "chengde", "--all", "--format", "json").json().size());
    }

    @Test
    void exitCodes() {
        for (String command : List.of("targets", "subsidies")) {
            CliRun unknown = CliRun.run(library, command, "--doc", "nowhere");
            assertEquals(1, unknown.exitCode());
            assertEquals(1, unknown.err().lines().count(), unknown.err());
            assertTrue(unknown.err().startsWith("policylens: ") && unknown.err().contains("nowhere"));
            assertEquals(2, CliRun.run(library, command, "--format", "xml").exitCode());
            assertEquals(2, CliRun.run(library, command, "--doc").exitCode());
            // A new library starts with the bundled corpus, whose records are listed at once.
            CliRun fresh = CliRun.run(dir.resolve(command + "-new.db"), command, "--format", "json");
            assertEquals(0, fresh.exitCode());
            assertEquals(command.equals("targets") ? 158 : 11, fresh.json().size());
        }
    }
}

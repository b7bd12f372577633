package org.policylens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a tiny library and reports every measure; speed itself is not asserted here. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsEveryMeasureAsJsonAndLeavesTheUsersLibraryAlone() throws Exception {
        Path keep = dir.resolve("bench");
        CliRun run = CliRun.run(dir.resolve("mine.db"), "bench", "--docs", "6", "--format", "json", "--keep",
                keep.toString());
        assertEquals(0, run.exitCode(), run.err());
        Set<String> measures = new HashSet<>();
        for (JsonNode m : run.json()) {
            measures.add(m.get("measure").asText());
            assertTrue(m.get("value").isNumber(), m.toString());
        }
        for (String expected : new String[] {"import throughput", "search 1 char p95", "search 2 chars p95",
                "search 3 chars p95", "search 6 chars p95", "search multi-word p95", "theme matrix build",
                "target comparison build", "subsidy table build", "peak heap"}) {
            assertTrue(measures.contains(expected), expected + " in " + measures);
        }
        assertTrue(Files.exists(keep.resolve("bench.db")));
        assertTrue(Files.notExists(dir.resolve("mine.db")), "the bench never opens the user's library");
        JsonNode docs = CliRun.run(keep.resolve("bench.db"), "list", "--format", "json").json();
        assertEquals(6, docs.size());
        Set<String> regions = new HashSet<>();
        docs.forEach(d -> regions.add(d.get("region").asText()));
        assertEquals(6, regions.size(), "synthetic documents are distinct, so nothing is deduplicated");
    }
}

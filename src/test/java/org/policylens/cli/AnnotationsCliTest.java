package org.policylens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationsCliTest {

    @TempDir
    Path dir;

    @Test
    void annotateListExportAndImportIntoAnotherLibrary() throws Exception {
        Path db = dir.resolve("a.db");
        CliRun added = CliRun.run(db, "annotate", "--doc", "hefei", "--quote", "質量獎", "--note", "奖励", "--tag",
                "奖励", "--tag", "品牌", "--color", "green");
        assertEquals(0, added.exitCode(), added.err());
        assertTrue(added.out().startsWith("annotated"), added.out());
        assertEquals(0, CliRun.run(db, "annotate", "--doc", "anhui", "--quote", "标准化", "--tag", "标准").exitCode());

        JsonNode all = CliRun.run(db, "annotations", "--format", "json").json();
        assertEquals(2, all.size());
        JsonNode hefei = CliRun.run(db, "annotations", "--doc", "hefei", "--format", "json").json();
        assertEquals(1, hefei.size());
        assertEquals("質量獎", hefei.get(0).get("quote").asText());
        assertEquals("green", hefei.get(0).get("color").asText());
        assertEquals(2, hefei.get(0).get("tags").size());
        assertEquals(1, CliRun.run(db, "annotations", "--tag", "标准", "--format", "json").json().size());
        assertTrue(CliRun.run(db, "annotations", "--format", "csv").out().contains("品牌; 奖励"), "tags joined in sorted order");

        Path file = dir.resolve("moved.jsonld");
        CliRun exported = CliRun.run(db, "annotations", "--export", file.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(Files.size(file) > 0);

        Path other = dir.resolve("b.db");
        CliRun imported = CliRun.run(other, "annotations", "--import", file.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("imported 2"), imported.out());
        JsonNode moved = CliRun.run(other, "annotations", "--format", "json").json();
        assertEquals(all.toString(), moved.toString());
    }

    @Test
    void errorsAreOneLineWithExitOne() {
        Path db = dir.resolve("e.db");
        for (String[] args : new String[][] {
                {"annotate", "--doc", "nowhere", "--quote", "质量"},
                {"annotate", "--doc", "hefei", "--quote", "这句话不存在于文件中"},
                {"annotations", "--import", dir.resolve("missing.jsonld").toString()}}) {
            CliRun run = CliRun.run(db, args);
            assertEquals(1, run.exitCode(), String.join(" ", args) + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
        assertEquals(2, CliRun.run(db, "annotate", "--doc", "hefei").exitCode());
        assertEquals(2, CliRun.run(db, "annotate", "--doc", "hefei", "--quote", "质量", "--color", "octarine")
                .exitCode());
    }
}

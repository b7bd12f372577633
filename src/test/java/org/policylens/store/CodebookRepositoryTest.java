package org.policylens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Codebook;
import org.policylens.model.CodebookSummary;
import org.policylens.model.Keyword;
import org.policylens.model.Theme;
import org.policylens.model.ThemeRule;

class CodebookRepositoryTest {

    @TempDir
    Path dir;

    static Codebook sample(String id) {
        Theme standards = new Theme("standards", "标准化", "Standardisation", "Standards work.", null,
                new ThemeRule(List.of(new Keyword("标准化", 3), new Keyword("地方标准", 2.5), new Keyword("团体标准", 0.5)),
                        List.of("标准", "標準化"), List.of("计量标准")));
        Theme local = new Theme("local_standards", "地方标准", "Local standards", "", "standards",
                new ThemeRule(List.of(new Keyword("地方标准", 3)), List.of(), List.of()));
        Theme green = new Theme("green", "绿色低碳", "Green", "Environment.", null,
                new ThemeRule(List.of(new Keyword("绿色", 1)), List.of(), List.of("绿色工地")));
        return new Codebook(id, "样本 " + id, List.of(standards, local, green));
    }

    @Test
    void aCodebookRoundTripsWithOrderWeightsPatternsExclusionsAndTree() {
        try (Database db = Database.open(dir.resolve("l.db"))) {
            CodebookRepository repo = new CodebookRepository(db);
            repo.insert(sample("mine"));
            assertEquals(sample("mine"), repo.find("mine").orElseThrow());
            assertTrue(repo.find("other").isEmpty());
        }
    }

    @Test
    void seedingHappensOnlyIntoAnEmptyLibraryAndMakesTheCodebookActive() {
        try (Database db = Database.open(dir.resolve("l.db"))) {
            CodebookRepository repo = new CodebookRepository(db);
            assertTrue(repo.seedIfEmpty(sample("default")));
            assertEquals("default", repo.activeId().orElseThrow());
            assertFalse(repo.seedIfEmpty(sample("default").renamed("again")));
            assertEquals("样本 default", repo.find("default").orElseThrow().name());
        }
    }

    @Test
    void anEditIsStoredAndSurvivesReopeningAndReseeding() {
        Path file = dir.resolve("l.db");
        Codebook edited = sample("default").withThemeRenamed("green", "绿色发展", "Green development")
                .withThemeDeleted("local_standards").renamed("我的编码本");
        try (Database db = Database.open(file)) {
            CodebookRepository repo = new CodebookRepository(db);
            repo.seedIfEmpty(sample("default"));
            repo.save(new CodebookEdit(edited, false, Map.of(), Set.of(), Map.of()));
        }
        try (Database db = Database.open(file)) {
            CodebookRepository repo = new CodebookRepository(db);
            assertFalse(repo.seedIfEmpty(sample("default")));
            assertEquals(edited, repo.find("default").orElseThrow());
            assertEquals(List.of(new CodebookSummary("default", "我的编码本", true, 2)), repo.list());
        }
    }

    @Test
    void exactlyOneCodebookIsActive() {
        try (Database db = Database.open(dir.resolve("l.db"))) {
            CodebookRepository repo = new CodebookRepository(db);
            repo.seedIfEmpty(sample("default"));
            repo.insert(sample("second"));
            repo.save(new CodebookEdit(sample("second"), true, Map.of(), Set.of(), Map.of()));
            assertEquals("second", repo.activeId().orElseThrow());
            assertEquals(1, repo.list().stream().filter(CodebookSummary::active).count());
            assertThrows(StoreException.class,
                    () -> repo.save(new CodebookEdit(sample("missing"), true, Map.of(), Set.of(), Map.of())));
            assertEquals("second", repo.activeId().orElseThrow(), "a failed edit changes nothing");
        }
    }
}

package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.compare.TargetComparison;
import org.policylens.compare.ThemeMatrix;
import org.policylens.model.CodedPassage;
import org.policylens.model.DocumentSummary;
import org.policylens.model.PassageTheme;
import org.policylens.model.Target;
import org.policylens.service.TargetService.TargetRow;
import org.policylens.store.Database;
import org.policylens.store.SchemaUndo;

/**
 * The theme matrix and the target comparison, read the fast way, against the same structures worked out the
 * straightforward way from the full listings (passages with their text and themes; targets with their group) on the
 * bundled corpus, after user corrections of both kinds.
 */
class ComparisonStructuresTest {

    @TempDir
    Path dir;
    private AppContext app;

    @BeforeEach
    void openCorpusWithCorrections() {
        app = AppContext.open(dir.resolve("library.db"));
        app.importer().importBundled();
        // A theme added and one taken away by hand, so the matrix must read the corrected coding.
        List<CodedPassage> passages = app.themes().passages("chengde");
        CodedPassage uncoded = passages.stream().filter(p -> p.themes().isEmpty()).findFirst().orElseThrow();
        CodedPassage coded = passages.stream().filter(p -> !p.themes().isEmpty()).findFirst().orElseThrow();
        String someTheme = app.themes().codebooks().active().codes().get(0);
        app.themes().addTheme(uncoded.passageId(), someTheme);
        app.themes().removeTheme(coded.passageId(), coded.themes().get(0).code());
        // A rejected target, a merge and a split, so the comparison must follow the user's grouping.
        List<TargetRow> targets = app.targets().targets(null, false);
        app.targets().reject(targets.get(0).record().id());
        app.targets().mergeGroups("agri_product_pass_rate", "food_safety_pass_rate");
        app.targets().splitTargets(List.of(targets.get(1).record().id(), targets.get(2).record().id()), "拆出的指标");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theMatrixCountsWhatThePassageListingShows() {
        List<String> slugs = app.library().documents().stream().map(DocumentSummary::slug).toList();
        assertMatrix(expectedMatrix(app.themes().passages(null), slugs), app.themes().matrix(null));
        assertMatrix(expectedMatrix(app.themes().passages("hefei"), List.of("hefei")), app.themes().matrix("hefei"));
        List<String> someInAnotherOrder = List.of(slugs.get(3), slugs.get(0));
        assertMatrix(expectedMatrix(app.themes().passages(null), someInAnotherOrder),
                app.themes().matrixOf(someInAnotherOrder));
        assertThrows(UserException.class, () -> app.themes().matrixOf(List.of("hefei", "nowhere")));
    }

    @Test
    void theComparisonHasTheRowsTheTargetListingGroups() {
        List<String> slugs = app.library().documents().stream().map(DocumentSummary::slug).toList();
        List<TargetRow> listing = app.targets().targets(null, false);
        assertRows(expectedRows(listing, slugs), slugs, app.targets().targetComparison(List.of()));
        List<String> someInAnotherOrder = List.of(slugs.get(2), slugs.get(0), slugs.get(4));
        assertRows(expectedRows(listing, someInAnotherOrder), someInAnotherOrder,
                app.targets().targetComparison(someInAnotherOrder));
        assertThrows(UserException.class, () -> app.targets().targetComparison(List.of("hefei", "nowhere")));
    }

    @Test
    void aRowsCellsBehaveLikeAnOrderedMapOfTheColumns() {
        List<String> columns = List.of("hefei", "chengde", "anhui");
        TargetComparison.Row row = app.targets().targetComparison(columns).get(0);
        Map<String, List<Target>> copy = new LinkedHashMap<>(row.cells());
        assertEquals(columns, List.copyOf(row.cells().keySet()));
        assertEquals(copy, row.cells());
        assertEquals(row.cells(), copy);
        assertEquals(copy.hashCode(), row.cells().hashCode());
        assertNull(row.cells().get("zhejiang"), "a document outside the columns has no cell");
        assertFalse(row.cells().containsKey("zhejiang"));
        assertTrue(row.cells().values().stream().anyMatch(cell -> !cell.isEmpty()));
        assertThrows(UnsupportedOperationException.class, () -> row.cells().put("zhejiang", List.of()));
    }

    @Test
    void keptStructuresFollowEveryChangeOfTheLibrary() {
        List<String> slugs = app.library().documents().stream().map(DocumentSummary::slug).toList();
        ThemeMatrix before = app.themes().matrix(null);
        List<TargetComparison.Row> rowsBefore = app.targets().targetComparison(List.of());
        // Unchanged library: the same values again.
        assertTrue(before == app.themes().matrix(null));
        assertEquals(rowsBefore, app.targets().targetComparison(List.of()));

        // A change through this app.
        CodedPassage passage = app.themes().passages("hefei").stream().filter(p -> !p.themes().isEmpty())
                .findFirst().orElseThrow();
        app.themes().removeTheme(passage.passageId(), passage.themes().get(0).code());
        assertMatrix(expectedMatrix(app.themes().passages(null), slugs), app.themes().matrix(null));
        List<TargetComparison.Row> rowsKept = app.targets().targetComparison(List.of());

        // Changes by another program on the same file: another connection.
        try (AppContext other = AppContext.open(dir.resolve("library.db"))) {
            TargetRow target = other.targets().targets("chengde", false).get(0);
            other.targets().reject(target.record().id());
            CodedPassage elsewhere = other.themes().passages("anhui").stream().filter(p -> !p.themes().isEmpty())
                    .findFirst().orElseThrow();
            other.themes().removeTheme(elsewhere.passageId(), elsewhere.themes().get(0).code());
        }
        assertRows(expectedRows(app.targets().targets(null, false), slugs), slugs,
                app.targets().targetComparison(List.of()));
        assertFalse(rowsKept.equals(app.targets().targetComparison(List.of())));
        assertMatrix(expectedMatrix(app.themes().passages(null), slugs), app.themes().matrix(null));
    }

    @Test
    void theMatrixFollowsReimportRemovalAndCodebookChanges() throws Exception {
        // A new version of a document: its passages, their coding and its tallies are replaced.
        String original = Files.readString(Path.of("data/corpus/chengde.txt"));
        Path changed = dir.resolve("chengde-v2.txt");
        Files.writeString(changed, original.replace("行动目标", "行动目标\n新增一段关于标准化和品牌建设的文字。")
                .substring(0, original.length() / 2), StandardCharsets.UTF_8);
        app.importer().importNewVersion(changed, "chengde");
        assertMatrixOfLibrary();

        // A theme merged into another and one deleted: the library is recoded in the codebook's transaction.
        List<String> codes = app.themes().codebooks().active().codes();
        String codebook = app.themes().codebooks().active().id();
        app.themes().codebooks().mergeThemes(codebook, codes.get(1), codes.get(2));
        app.themes().codebooks().deleteTheme(codebook, codes.get(3));
        assertMatrixOfLibrary();

        // Another codebook activated, then the first again: tallies of the one not active are not counted.
        app.themes().codebooks().copy(codebook, "copy", "副本");
        app.themes().codebooks().deleteTheme("copy", codes.get(0));
        app.themes().codebooks().activate("copy");
        assertMatrixOfLibrary();
        app.themes().codebooks().activate(codebook);
        app.themes().codebooks().delete("copy");
        assertMatrixOfLibrary();

        // A document removed, and a passage's themes decided by hand after that.
        app.library().remove("hefei");
        CodedPassage passage = app.themes().passages("anhui").stream().filter(p -> !p.themes().isEmpty())
                .findFirst().orElseThrow();
        app.themes().addTheme(passage.passageId(), codes.get(4));
        app.themes().removeTheme(passage.passageId(), passage.themes().get(0).code());
        assertMatrixOfLibrary();
        app.themes().reclassify("anhui");
        assertMatrixOfLibrary();
    }

    @Test
    void passagesBehindAMatrixBuiltBeforeAChangeAreRefused() {
        ThemeMatrix before = app.themes().matrix(null);
        CodedPassage passage = app.themes().passages("hefei").stream().filter(p -> !p.themes().isEmpty())
                .findFirst().orElseThrow();
        app.themes().removeTheme(passage.passageId(), passage.themes().get(0).code());
        assertThrows(IllegalStateException.class, () -> before.passages("hefei", passage.themes().get(0).code()));
    }

    @Test
    void aLibraryFromBeforeTheTalliesGetsThemWhenMigrated() {
        app.close();
        try (Database db = Database.open(dir.resolve("library.db"))) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    SchemaUndo.backTo(st, 7);
                }
                return null;
            });
        }
        app = AppContext.open(dir.resolve("library.db"));
        assertMatrixOfLibrary();
    }

    private void assertMatrixOfLibrary() {
        List<String> slugs = app.library().documents().stream().map(DocumentSummary::slug).toList();
        assertMatrix(expectedMatrix(app.themes().passages(null), slugs), app.themes().matrix(null));
        for (String slug : slugs) {
            assertMatrix(expectedMatrix(app.themes().passages(slug), List.of(slug)), app.themes().matrix(slug));
        }
    }

    /** The matrix worked out cell by cell from passages with their text (length) and themes. */
    private static Map<String, Map<String, List<CodedPassage>>> expectedMatrix(List<CodedPassage> passages,
                                                                              List<String> slugs) {
        Map<String, Map<String, List<CodedPassage>>> cells = new LinkedHashMap<>();
        slugs.forEach(slug -> cells.put(slug, new TreeMap<>()));
        for (CodedPassage p : passages) {
            Map<String, List<CodedPassage>> row = cells.get(p.documentSlug());
            if (row != null) {
                row.computeIfAbsent("", k -> new ArrayList<>()).add(p);
                for (PassageTheme theme : p.themes()) {
                    row.computeIfAbsent(theme.code(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        return cells;
    }

    /** {@code expected}: per document, "" → all its passages, theme code → the passages with that theme. */
    private static void assertMatrix(Map<String, Map<String, List<CodedPassage>>> expected, ThemeMatrix actual) {
        assertEquals(List.copyOf(expected.keySet()), actual.documents());
        TreeSet<String> themes = new TreeSet<>();
        expected.values().forEach(row -> themes.addAll(row.keySet()));
        themes.remove("");
        assertEquals(List.copyOf(themes), actual.themes());
        for (var document : expected.entrySet()) {
            int total = document.getValue().getOrDefault("", List.of()).stream().mapToInt(CodedPassage::length).sum();
            assertEquals(total, actual.totalCharacters(document.getKey()), document.getKey());
            for (String theme : themes) {
                List<CodedPassage> coded = document.getValue().getOrDefault(theme, List.of());
                int characters = coded.stream().mapToInt(CodedPassage::length).sum();
                ThemeMatrix.Cell cell = actual.cell(document.getKey(), theme);
                String where = document.getKey() + " × " + theme;
                assertEquals(coded.size(), cell.passageCount(), where);
                assertEquals(characters, cell.characters(), where);
                assertEquals(total == 0 ? 0 : (double) characters / total, cell.share(), where);
                assertEquals(coded.stream().map(p -> String.valueOf(p.passageId())).toList(),
                        actual.passages(document.getKey(), theme), where);
            }
        }
    }

    /** Rows by group key in order of first appearance in the listing; cells by column, targets by year then place. */
    private static List<ExpectedRow> expectedRows(List<TargetRow> listing, List<String> columns) {
        Map<String, ExpectedRow> rows = new LinkedHashMap<>();
        for (TargetRow t : listing) {
            if (columns.contains(t.record().document())) {
                rows.computeIfAbsent(t.indicatorKey(), k -> new ExpectedRow(k, t.indicatorName(), new ArrayList<>()))
                        .targets().add(t);
            }
        }
        return List.copyOf(rows.values());
    }

    private record ExpectedRow(String key, String nameZh, List<TargetRow> targets) {
    }

    private static void assertRows(List<ExpectedRow> expected, List<String> columns,
                                   List<TargetComparison.Row> actual) {
        assertEquals(expected.stream().map(ExpectedRow::key).toList(),
                actual.stream().map(TargetComparison.Row::key).toList());
        Comparator<Target> byYear = Comparator
                .comparing((Target t) -> t.year() == null ? Integer.MIN_VALUE : t.year())
                .thenComparingInt(Target::start);
        for (int i = 0; i < expected.size(); i++) {
            ExpectedRow row = expected.get(i);
            assertEquals(row.nameZh(), actual.get(i).nameZh(), row.key());
            Map<String, List<Target>> cells = new LinkedHashMap<>();
            for (String column : columns) {
                cells.put(column, row.targets().stream().filter(t -> t.record().document().equals(column))
                        .map(t -> t.record().target()).sorted(byYear).toList());
            }
            assertEquals(List.copyOf(cells.entrySet()), List.copyOf(actual.get(i).cells().entrySet()), row.key());
        }
    }
}

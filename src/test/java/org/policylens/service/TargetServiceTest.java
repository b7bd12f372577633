package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.compare.TargetComparison;
import org.policylens.model.Comparator;
import org.policylens.model.RecordStatus;
import org.policylens.model.Target;
import org.policylens.model.TargetRecord;
import org.policylens.service.TargetService.TargetFields;
import org.policylens.service.TargetService.TargetRow;
import org.policylens.store.Database;
import org.policylens.store.DocumentRepository;

/** The targets use cases on the bundled corpus: corrections and regrouping that extraction never undoes. */
class TargetServiceTest {

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

    private void reopen() {
        app.close();
        app = AppContext.open(dir.resolve("library.db"));
    }

    private List<TargetRow> rows(String slug, String indicator) {
        return app.targets().targets(slug, true).stream()
                .filter(r -> r.record().target().indicator().equals(indicator)).toList();
    }

    private TargetRow chengdeManufacturing(int year) {
        return rows("chengde", "制造业产品质量合格率").stream()
                .filter(r -> r.record().target().year() == year).findFirst().orElseThrow();
    }

    @Test
    void importExtractsEveryDocument() {
        Set<String> documents = app.targets().targets(null, false).stream().map(r -> r.record().document())
                .collect(Collectors.toSet());
        assertEquals(Set.of("anhui", "zhejiang", "hefei", "yichun", "chengde"), documents);
        assertEquals(Set.of("hefei", "chengde"), app.subsidies().subsidies(null, false).stream()
                .map(s -> s.document()).collect(Collectors.toSet()));
    }

    @Test
    void anEditKeepsTheUsersValueThroughReExtractionAndReopening() {
        int before = app.targets().targets("chengde", true).size();
        TargetRecord record = chengdeManufacturing(2023).record();
        TargetRecord edited = app.targets().edit(record.id(),
                new TargetFields("制造业产品质量合格率", 93, null, "%", Comparator.AT_LEAST, 2023, false));
        assertEquals(RecordStatus.EDITED, edited.status());

        assertEquals(1, app.extraction().reextract("chengde"));
        reopen();
        assertEquals(5, app.extraction().reextract(null));
        TargetRecord kept = app.targets().targets("chengde", true).stream()
                .filter(r -> r.record().id() == record.id()).findFirst().orElseThrow().record();
        assertEquals(RecordStatus.EDITED, kept.status());
        assertEquals(93.0, kept.target().value());
        assertEquals(before, app.targets().targets("chengde", true).size(), "the extractor's 92 is not added back");
    }

    @Test
    void aRejectedTargetIsNotResurrected() {
        TargetRecord record = chengdeManufacturing(2025).record();
        app.targets().reject(record.id());
        app.extraction().reextract(null);
        assertTrue(app.targets().targets("chengde", false).stream().noneMatch(r -> r.record().id() == record.id()));
        assertFalse(app.targets().targets("chengde", false).stream()
                .anyMatch(r -> r.record().target().value() == 94 && r.indicatorKey().equals("manufacturing_pass_rate")));
        List<TargetRow> all = app.targets().targets("chengde", true).stream()
                .filter(r -> r.record().target().quote().equals(record.target().quote())
                        && r.record().target().value() == 94).toList();
        assertEquals(1, all.size());
        assertEquals(RecordStatus.REJECTED, all.get(0).record().status());
        assertEquals(RecordStatus.CONFIRMED, app.targets().confirm(record.id()).status(), "a user may change their mind");
    }

    @Test
    void aMergeIsStoredAndShowsInTheIndicatorKey() {
        assertFalse(rows("chengde", "农产品质量监测合格率").isEmpty());
        app.targets().mergeGroups("agri_product_pass_rate", "food_safety_pass_rate");
        reopen();
        app.extraction().reextract(null);
        rows("chengde", "农产品质量监测合格率").forEach(r -> assertEquals("food_safety_pass_rate", r.indicatorKey()));
        Set<String> rowKeys = app.targets().targetComparison(List.of()).stream().map(TargetComparison.Row::key)
                .collect(Collectors.toSet());
        assertFalse(rowKeys.contains("agri_product_pass_rate"));

        app.targets().unmergeGroup("agri_product_pass_rate");
        rows("chengde", "农产品质量监测合格率").forEach(r -> assertEquals("agri_product_pass_rate", r.indicatorKey()));
    }

    @Test
    void mergesThatMakeNoSenseAreRefused() {
        assertThrows(UserException.class, () -> app.targets().mergeGroups("drug_pass_rate", "drug_pass_rate"));
        assertThrows(UserException.class, () -> app.targets().mergeGroups("no_such_group", "drug_pass_rate"));
        app.targets().mergeGroups("drug_pass_rate", "food_safety_pass_rate");
        assertThrows(UserException.class, () -> app.targets().mergeGroups("food_safety_pass_rate", "drug_pass_rate"));
        assertThrows(UserException.class, () -> app.targets().unmergeGroup("food_safety_pass_rate"));
    }

    @Test
    void aSplitTargetGetsItsOwnGroupThatSurvivesReExtraction() {
        TargetRow row2027 = rows("chengde", "药品监督抽检合格率").stream()
                .filter(r -> r.record().target().year() == 2027).findFirst().orElseThrow();
        String key = app.targets().splitTargets(List.of(row2027.record().id()), "药品抽检合格率(2027)");
        app.extraction().reextract("chengde");
        reopen();
        for (TargetRow r : rows("chengde", "药品监督抽检合格率")) {
            assertEquals(r.record().target().year() == 2027 ? key : "drug_pass_rate", r.indicatorKey());
        }
        TargetRow split = rows("chengde", "药品监督抽检合格率").stream()
                .filter(r -> r.indicatorKey().equals(key)).findFirst().orElseThrow();
        assertEquals("药品抽检合格率(2027)", split.indicatorName());

        app.targets().resetGroup(List.of(split.record().id()));
        rows("chengde", "药品监督抽检合格率").forEach(r -> assertEquals("drug_pass_rate", r.indicatorKey()));
    }

    @Test
    void theComparisonLinesUpRegionsAndYears() {
        List<TargetComparison.Row> rows = app.targets().targetComparison(List.of("zhejiang", "yichun", "chengde"));
        TargetComparison.Row manufacturing = rows.stream().filter(r -> r.key().equals("manufacturing_pass_rate"))
                .findFirst().orElseThrow();
        assertEquals(List.of("zhejiang", "yichun", "chengde"), List.copyOf(manufacturing.cells().keySet()));
        assertEquals(List.of(96.0), values(manufacturing.cells().get("zhejiang")));
        assertEquals(List.of(94.0), values(manufacturing.cells().get("yichun")));
        assertEquals(List.of(92.0, 94.0), values(manufacturing.cells().get("chengde")));
        assertEquals(List.of(2023, 2025), manufacturing.cells().get("chengde").stream().map(Target::year).toList());
        assertThrows(UserException.class, () -> app.targets().targetComparison(List.of("nowhere")));
    }

    private static List<Double> values(List<Target> targets) {
        return targets.stream().map(Target::value).toList();
    }

    @Test
    void unknownRecordsAndDocumentsAreUserErrors() {
        assertThrows(UserException.class, () -> app.targets().confirm(123456));
        assertThrows(UserException.class, () -> app.targets().targets("nowhere", false));
        assertThrows(UserException.class, () -> app.extraction().reextract("nowhere"));
        assertThrows(UserException.class, () -> app.subsidies().reject(123456));
        assertThrows(UserException.class, () -> app.targets().splitTargets(List.of(123456L), "x"));
        assertThrows(UserException.class,
                () -> new TargetFields(" ", 1, null, "%", Comparator.EQUAL, null, false));
    }

    @Test
    void subsidyCorrectionsAreKept() {
        var award = app.subsidies().subsidies("hefei", false).get(0);
        app.subsidies().edit(award.id(), new SubsidyService.SubsidyFields("首次獲得中國質量獎", "企業", 3_000_000,
                "300萬元", "獎勵"));
        app.extraction().reextract("hefei");
        var kept = app.subsidies().subsidies("hefei", false).get(0);
        assertEquals(award.id(), kept.id());
        assertEquals(3_000_000, kept.subsidy().amountYuan());
        assertEquals(RecordStatus.EDITED, kept.status());
        assertEquals(award.subsidy().quote(), kept.subsidy().quote());
    }

    @Test
    void aLibraryFromBeforeExtractionCatchesUpOnce() throws Exception {
        Path old = dir.resolve("old.db");
        byte[] text = Files.readAllBytes(Path.of("data/corpus/yichun.txt"));
        try (Database db = Database.open(old)) {
            new DocumentRepository(db).insert(new IngestParser().parse(text, "yichun.txt", "yichun"), "sha");
        }
        try (AppContext opened = AppContext.open(old)) {
            assertEquals(0, opened.targets().targets("yichun", false).size(), "opening alone does no slow work");
            assertEquals(1, opened.catchUpAnalysis());
            assertEquals(28, opened.targets().targets("yichun", false).size());
            assertEquals(0, opened.catchUpAnalysis(), "only once");
        }
    }
}

package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.extract.SubsidyExtractor;
import org.policylens.extract.TargetExtractor;
import org.policylens.model.CodedPassage;
import org.policylens.model.DocumentSummary;
import org.policylens.model.ImportOutcome;
import org.policylens.service.TargetService.TargetRow;
import org.policylens.store.Database;
import org.policylens.store.DocumentRepository;
import org.policylens.store.CodebookRepository;
import org.policylens.store.ExtractionRepository;
import org.policylens.store.PassageThemeRepository;
import org.policylens.store.SettingsRepository;

/**
 * {@link ImportService#importAll}: parallel analysis and batched storing give the outcome of importing the same
 * documents one at a time, and a batch is stored whole or not at all.
 */
class ImportAllTest {

    @TempDir
    Path dir;

    private static final List<String> CORPUS = List.of("anhui", "chengde", "hefei", "yichun", "zhejiang");

    private static byte[] text(String slug, String variant) throws IOException {
        String text = Files.readString(Path.of("data/corpus/" + slug + ".txt"), StandardCharsets.UTF_8);
        return (text + (variant.isEmpty() ? "" : "\n附：" + variant + "。\n")).getBytes(StandardCharsets.UTF_8);
    }

    private static MetadataOverrides slug(String slug) {
        return new MetadataOverrides(slug, null, null, null);
    }

    /**
     * Duplicates of the library and within the batch, a broken file, a taken stated slug, a guessed slug that clashes
     * (with the library and within the batch), an invalid slug, and plain documents.
     */
    private static List<ImportSource> mixedBatch() throws IOException {
        List<ImportSource> sources = new ArrayList<>();
        sources.add(ImportSource.bytes(text("anhui", ""), "anhui.txt", MetadataOverrides.NONE));       // in library
        sources.add(ImportSource.bytes(text("chengde", "一"), "plan.txt", MetadataOverrides.NONE));    // new: plan
        sources.add(ImportSource.bytes(text("hefei", "二"), "plan.txt", MetadataOverrides.NONE));      // plan-2
        sources.add(ImportSource.bytes(text("chengde", "一"), "again.txt", MetadataOverrides.NONE));   // = plan
        sources.add(ImportSource.bytes(new byte[] {'P', 'K', 3, 4, 9, 9}, "broken.docx", MetadataOverrides.NONE));
        sources.add(ImportSource.bytes(text("yichun", "三"), "x.txt", slug("plan")));                  // taken
        sources.add(ImportSource.bytes(text("yichun", "四"), "y.txt", slug("Not A Slug")));            // invalid
        sources.add(ImportSource.bytes(text("zhejiang", "五"), "zhejiang.txt", MetadataOverrides.NONE)); // -2
        sources.add(ImportSource.bytes(text("yichun", "三"), "mine.txt", slug("mine")));
        for (int i = 0; i < 6; i++) {
            String base = CORPUS.get(i % CORPUS.size());
            sources.add(ImportSource.bytes(text(base, "变体" + i), "v" + i + ".txt", MetadataOverrides.NONE));
        }
        return sources;
    }

    /** What a result says, without ids or times. */
    private static String describe(ImportResult result) {
        if (result.failed()) {
            return "failed " + result.source() + ": " + result.failure().getMessage();
        }
        ImportOutcome o = result.outcome();
        return o.status() + " " + o.source() + " as " + o.document().slug();
    }

    @Test
    void oneCoreIsLeftToTheStoringThreadAndThereIsAlwaysAPreparingOne() {
        assertEquals(1, ImportService.preparingThreads(1));
        assertEquals(1, ImportService.preparingThreads(2));
        assertEquals(7, ImportService.preparingThreads(8));
    }

    @Test
    void aMixedBatchHasTheOutcomesOfImportingOneAtATime() throws IOException {
        try (AppContext batched = AppContext.open(dir.resolve("batched.db"));
             AppContext single = AppContext.open(dir.resolve("single.db"))) {
            batched.importer().importBundled();
            single.importer().importBundled();
            List<String> delivered = new ArrayList<>();
            List<String> all = batched.importer().importAll(mixedBatch(), r -> delivered.add(describe(r))).stream()
                    .map(ImportAllTest::describe).toList();
            List<String> oneAtATime = new ArrayList<>();
            for (ImportSource source : mixedBatch()) {
                oneAtATime.add(describe(single.importer().importAll(List.of(source), r -> { }).get(0)));
            }

            assertEquals(oneAtATime, all);
            assertEquals(all, delivered, "each result delivered as it came, in input order");
            assertEquals(List.of("DUPLICATE anhui.txt as anhui", "IMPORTED plan.txt as plan",
                    "IMPORTED plan.txt as plan-2", "DUPLICATE again.txt as plan"), all.subList(0, 4));
            assertTrue(all.get(4).startsWith("failed broken.docx: broken.docx: "), all.get(4));
            assertEquals("failed x.txt: the slug 'plan' is already used by another document; choose another",
                    all.get(5));
            assertTrue(all.get(6).startsWith("failed y.txt: invalid slug 'Not A Slug'"), all.get(6));
            assertEquals(List.of("IMPORTED zhejiang.txt as zhejiang-2", "IMPORTED mine.txt as mine"),
                    all.subList(7, 9));
            assertEquals(15, all.size());
            assertEquals(storedState(single), storedState(batched), "documents, records and coding are the same");
        }
    }

    /** Everything import stores about the documents, without ids and times. */
    private static List<String> storedState(AppContext app) {
        List<String> out = new ArrayList<>();
        for (DocumentSummary d : app.library().documents()) {
            out.add(d.metadata() + " " + d.sha256() + " " + d.characters() + " " + d.sections() + " " + d.passages());
        }
        for (TargetRow t : app.targets().targets(null, true)) {
            out.add(t.record().document() + " " + t.record().target() + " " + t.record().status() + " "
                    + t.indicatorKey());
        }
        app.subsidies().subsidies(null, true).forEach(s -> out.add(s.document() + " " + s.subsidy() + " " + s.status()));
        for (CodedPassage p : app.themes().passages(null)) {
            out.add(p.documentSlug() + " " + p.ordinal() + " " + p.sectionPath() + " " + p.start() + " " + p.end()
                    + " " + p.themes());
        }
        return out;
    }

    @Test
    void whatImportStoresIsWhatAnalysingTheStoredDocumentsAgainGives() throws IOException {
        try (AppContext app = AppContext.open(dir.resolve("lib.db"))) {
            app.importer().importAll(mixedBatch(), r -> { });
            List<String> imported = storedState(app);

            // The older path: read each stored document back, extract and classify it, apply the decisions.
            app.extraction().reextract(null);
            app.library().documents().forEach(d -> app.themes().reclassify(d.slug()));

            assertEquals(imported, storedState(app));
        }
    }

    @Test
    void aBatchThatFailsToStoreLeavesNoneOfItsDocumentsAndEveryEarlierOneComplete() throws IOException {
        try (Database database = Database.open(dir.resolve("crash.db"))) {
            DocumentRepository documents = new DocumentRepository(database);
            ExtractionRepository extractions = new ExtractionRepository(database);
            ExtractionService extraction = new ExtractionService(documents, extractions, new TargetExtractor(),
                    new SubsidyExtractor(), Clock.systemUTC());
            // Fails while storing the fifth document, after extraction of it was stored in the same transaction.
            DocumentAnalyzer failing = () -> document -> stored -> {
                if (stored.slug().equals("v4")) {
                    throw new IllegalStateException("the disk is full");
                }
            };
            ImportService importer = new ImportService(database, documents, new SettingsRepository(database),
                    new IngestParser(), List.of(extraction, failing), 2, 3);
            List<ImportSource> sources = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sources.add(ImportSource.bytes(text(CORPUS.get(i % CORPUS.size()), "变体" + i), "v" + i + ".txt",
                        MetadataOverrides.NONE));
            }
            List<String> delivered = new ArrayList<>();

            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> importer.importAll(sources, r -> delivered.add(r.outcome().document().slug())));

            assertEquals("the disk is full", e.getMessage());
            List<String> stored = documents.list().stream().map(DocumentSummary::slug).toList();
            assertEquals(delivered, stored, "exactly the documents reported are stored");
            assertFalse(stored.contains("v4"));
            assertTrue(stored.size() <= 4, "the batch holding v4 is not stored: " + stored);
            assertEquals(List.of(), extractions.documentsNotExtracted(), "every stored document is complete");
        }
    }

    @Test
    void aCodebookEditDuringAnImportIsWhatTheDocumentsStoredAfterItAreCodedWith() throws IOException {
        try (Database database = Database.open(dir.resolve("edit.db"))) {
            DocumentRepository documents = new DocumentRepository(database);
            ThemeService themes = ThemeService.create(documents, new PassageThemeRepository(database),
                    new CodebookRepository(database));
            String codebook = themes.codebooks().active().id();
            String[] deleted = {null};
            // Stands for the user deleting the most used theme while the import runs (after the batch was analysed).
            DocumentAnalyzer userEdit = () -> document -> stored -> {
                if (deleted[0] == null) {
                    deleted[0] = mostUsedTheme(themes.passages(stored.slug()));
                    themes.codebooks().deleteTheme(codebook, deleted[0]);
                }
            };
            ImportService importer = new ImportService(database, documents, new SettingsRepository(database),
                    new IngestParser(), List.of(storingInTurn(userEdit, themes)), 2, 50);
            List<ImportSource> sources = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sources.add(ImportSource.bytes(text(CORPUS.get(i), "变体" + i), "v" + i + ".txt",
                        MetadataOverrides.NONE));
            }

            importer.importAll(sources, r -> r.outcomeOrThrow());

            List<CodedPassage> coded = themes.passages(null);
            assertTrue(coded.stream().noneMatch(p -> p.has(deleted[0])), "no passage keeps the deleted theme");
            documents.list().forEach(d -> themes.reclassify(d.slug()));
            assertEquals(coded, themes.passages(null), "the coding is what the edited codebook gives");
        }
    }

    /** An analyzer whose store part runs {@code first}'s store part, then {@code then}'s. */
    private static DocumentAnalyzer storingInTurn(DocumentAnalyzer first, DocumentAnalyzer then) {
        return () -> {
            DocumentAnalyzer.Analysis a = first.begin();
            DocumentAnalyzer.Analysis b = then.begin();
            return document -> {
                DocumentAnalyzer.Result ra = a.analyze(document);
                DocumentAnalyzer.Result rb = b.analyze(document);
                return stored -> {
                    ra.store(stored);
                    rb.store(stored);
                };
            };
        };
    }

    private static String mostUsedTheme(List<CodedPassage> passages) {
        return passages.stream().flatMap(p -> p.themes().stream()).collect(java.util.stream.Collectors.groupingBy(
                        t -> t.code(), java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}

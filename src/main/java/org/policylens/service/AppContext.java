package org.policylens.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.policylens.compare.IndicatorAlignment;
import org.policylens.concurrent.OnFirstUse;
import org.policylens.compare.IndicatorDictionary;
import org.policylens.compare.TargetComparison;
import org.policylens.export.ExcelWorkbookExporter;
import org.policylens.extract.SubsidyExtractor;
import org.policylens.extract.TargetExtractor;
import org.policylens.ingest.IndicatorDictionaryLoader;
import org.policylens.model.ParsedDocument;
import org.policylens.store.AnnotationRepository;
import org.policylens.store.CodebookRepository;
import org.policylens.store.Database;
import org.policylens.store.DocumentRepository;
import org.policylens.store.ExtractionRepository;
import org.policylens.store.IndicatorGroupRepository;
import org.policylens.store.PassageThemeRepository;
import org.policylens.store.SearchRepository;
import org.policylens.store.SettingsRepository;
import org.policylens.store.SqliteNativeLibrary;
import org.policylens.store.SubsidyRepository;
import org.policylens.store.TargetRepository;

/**
 * The composition root: opens the library and builds every service by constructor injection. The CLI and the GUI
 * each create one and close it when they are done; nothing else holds global state.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final LibraryService library;
    private final ImportService importer;
    private final SearchService search;
    private final AnnotationService annotations;
    private final ExtractionService extraction;
    private final TargetService targets;
    private final SubsidyService subsidies;
    private final ThemeService themes;
    private final ExportService export;

    private AppContext(Database database, DocumentParser parser) {
        this.database = database;
        Clock clock = Clock.systemUTC();
        DocumentRepository documents = new DocumentRepository(database);
        this.library = new LibraryService(documents, new LibraryBackups(database, clock));
        this.search = new SearchService(new SearchRepository(database), documents);
        this.annotations = new AnnotationService(new AnnotationRepository(database), documents, clock);
        this.extraction = new ExtractionService(documents, new ExtractionRepository(database), new TargetExtractor(),
                new SubsidyExtractor(), clock);
        this.themes = ThemeService.create(documents, new PassageThemeRepository(database),
                new CodebookRepository(database));
        // After a document is stored or replaced: extract its targets and subsidies, code its passages with themes,
        // find its annotations again.
        List<DocumentAnalyzer> analyzers = List.of(extraction, themes, annotations.reanchoring());
        this.importer = new ImportService(database, documents, new SettingsRepository(database), parser, analyzers);
        this.targets = new TargetService(new TargetRepository(database), new IndicatorGroupRepository(database),
                documents, OnFirstUse.of(() -> new TargetComparison(new IndicatorAlignment(loadIndicatorDictionary()))),
                clock);
        this.subsidies = new SubsidyService(new SubsidyRepository(database), documents, clock);
        this.export = new ExportService(new WorkbookAssembler(library, targets, subsidies, themes, annotations, clock,
                AppVersion.current()), new ExcelWorkbookExporter());
    }

    /**
     * Runs analysis that an older or interrupted library still lacks (targets and subsidies of documents never
     * extracted, e.g. after an upgrade or an import cut short). Can be slow on a large library, so the GUI calls it
     * in the background after the window is up; CLI commands that read call it before they answer.
     *
     * @return how many documents were extracted
     */
    public int catchUpAnalysis() {
        return extraction.extractPending();
    }

    private static IndicatorDictionary loadIndicatorDictionary() {
        try (InputStream in = AppContext.class.getResourceAsStream("/data/indicators.json")) {
            if (in == null) {
                throw new IllegalStateException("the indicator dictionary is missing from the build");
            }
            return IndicatorDictionaryLoader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the indicator dictionary", e);
        }
    }

    /**
     * Opens the library a user named ({@code --db}; null: {@code POLICYLENS_DB}, else the per-user one), as the
     * window and the CLI do: the SQLite driver's native library is kept in the per-user cache folder rather than
     * copied out of the jar at every start.
     */
    public static AppContext openForUser(Path named) {
        SqliteNativeLibrary.keepIn(LibraryLocation.cacheFolder().resolve("native"));
        return open(LibraryLocation.resolve(named));
    }

    /** Opens (creating and migrating when needed) the library at {@code file}. */
    public static AppContext open(Path file) {
        return open(file, builtOnFirstUse(IngestParser::new));
    }

    /** The readers load POI and its friends: the first import pays for that, not every start of the app. */
    private static DocumentParser builtOnFirstUse(Supplier<DocumentParser> parser) {
        Supplier<DocumentParser> built = OnFirstUse.of(parser);
        return (bytes, fileName, slug) -> built.get().parse(bytes, fileName, slug);
    }

    /** Opens the library with another parser (tests use this to feed documents they write themselves). */
    public static AppContext open(Path file, DocumentParser parser) {
        Database database = Database.open(file);
        try {
            return new AppContext(database, parser);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Path libraryFile() {
        return database.file();
    }

    public LibraryService library() {
        return library;
    }

    public ImportService importer() {
        return importer;
    }

    public SearchService search() {
        return search;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public ExtractionService extraction() {
        return extraction;
    }

    public TargetService targets() {
        return targets;
    }

    public SubsidyService subsidies() {
        return subsidies;
    }

    public ThemeService themes() {
        return themes;
    }

    public CodebookService codebooks() {
        return themes.codebooks();
    }

    public ExportService export() {
        return export;
    }

    @Override
    public void close() {
        database.close();
    }
}

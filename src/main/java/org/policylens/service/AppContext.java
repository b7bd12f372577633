package org.policylens.service;

import java.nio.file.Path;
import java.util.List;
import org.policylens.store.AnnotationRepository;
import org.policylens.store.Database;
import org.policylens.store.DocumentRepository;
import org.policylens.store.SearchRepository;
import org.policylens.store.SettingsRepository;

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

    private AppContext(Database database, DocumentParser parser) {
        this.database = database;
        DocumentRepository documents = new DocumentRepository(database);
        this.library = new LibraryService(documents);
        this.search = new SearchService(new SearchRepository(database), documents);
        this.annotations = new AnnotationService(new AnnotationRepository(database), documents,
                java.time.Clock.systemUTC());
        // After a document is stored or replaced: find its annotations again.
        List<DocumentAnalyzer> analyzers = List.of(annotations::reanchor);
        this.importer = new ImportService(documents, new SettingsRepository(database), parser, analyzers);
    }

    /** Opens (creating and migrating when needed) the library at {@code file}. */
    public static AppContext open(Path file) {
        return open(file, new IngestParser());
    }

    /** Opens the library with another parser (tests use this to feed documents they write themselves). */
    public static AppContext open(Path file, DocumentParser parser) {
        return new AppContext(Database.open(file), parser);
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

    @Override
    public void close() {
        database.close();
    }
}

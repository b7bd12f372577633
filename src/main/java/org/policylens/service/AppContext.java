package org.policylens.service;

import java.nio.file.Path;
import java.util.List;
import org.policylens.store.CodebookRepository;
import org.policylens.store.Database;
import org.policylens.store.DocumentRepository;
import org.policylens.store.PassageThemeRepository;
import org.policylens.store.SearchRepository;

/**
 * The composition root: opens the library and builds every service by constructor injection. The CLI and the GUI
 * each create one and close it when they are done; nothing else holds global state.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final LibraryService library;
    private final ImportService importer;
    private final SearchService search;
    private final ThemeService themes;

    private AppContext(Database database, DocumentParser parser) {
        this.database = database;
        DocumentRepository documents = new DocumentRepository(database);
        this.library = new LibraryService(documents);
        this.themes = ThemeService.create(documents, new PassageThemeRepository(database),
                new CodebookRepository(database));
        this.importer = new ImportService(documents, parser, List.of(themes));
        this.search = new SearchService(new SearchRepository(database), documents);
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

    public ThemeService themes() {
        return themes;
    }

    public CodebookService codebooks() {
        return themes.codebooks();
    }

    @Override
    public void close() {
        database.close();
    }
}

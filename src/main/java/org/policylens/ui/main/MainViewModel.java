package org.policylens.ui.main;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.policylens.concurrent.BackgroundTask;
import org.policylens.model.DocumentSummary;
import org.policylens.model.ImportOutcome;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.library.LibraryViewModel;
import org.policylens.ui.reader.ReaderViewModel;
import org.policylens.ui.search.SearchViewModel;

/** The window's state: its feature view models and the status line. */
public final class MainViewModel {

    private final UiServices services;
    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final SearchViewModel search;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");

    public MainViewModel(UiServices services) {
        this.services = services;
        this.library = new LibraryViewModel(services);
        this.reader = new ReaderViewModel(services);
        this.search = new SearchViewModel(services);
        library.selectedProperty().addListener((obs, old, doc) -> {
            if (doc != null) {
                reader.open(doc.slug(), -1);
            }
        });
        library.allDocuments().addListener((javafx.collections.ListChangeListener<DocumentSummary>) change ->
                updateCounts(library.allDocuments()));
        search.queryProperty().addListener((obs, old, query) -> reader.highlightProperty().set(query));
    }

    /** First start: an empty library imports the bundled corpus, then the library list loads. */
    public void start() {
        status.set(services.messages().get("status.importing", "…"));
        services.tasks().execute(BackgroundTask.<List<ImportOutcome>>of("bundled corpus",
                        progress -> services.app().importer().importBundledOnFirstStart())
                .onSuccess(imported -> {
                    status.set(imported.isEmpty() ? services.messages().get("status.ready")
                            : services.messages().get("status.imported", imported.size()));
                    library.reload();
                })
                .onFailure(error -> {
                    status.set(services.messages().get("error.task", error.getMessage()));
                    library.reload();
                }));
    }

    private void updateCounts(List<DocumentSummary> documents) {
        int passages = documents.stream().mapToInt(DocumentSummary::passages).sum();
        counts.set(services.messages().get("status.counts", documents.size(), passages));
        if (library.selectedProperty().get() == null && !documents.isEmpty()) {
            library.selectedProperty().set(documents.get(0));
        }
    }

    public String libraryLocation() {
        return services.messages().get("status.library", services.app().libraryFile());
    }

    public LibraryViewModel library() {
        return library;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public SearchViewModel search() {
        return search;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}

package org.policylens.ui.main;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.policylens.model.DocumentSummary;
import org.policylens.ui.annotations.AnnotationsViewModel;
import org.policylens.ui.common.DocumentSelection;
import org.policylens.model.SearchHit;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.exporting.ExportViewModel;
import org.policylens.ui.importing.DocumentActionsViewModel;
import org.policylens.ui.importing.ImportViewModel;
import org.policylens.ui.library.LibraryChange;
import org.policylens.ui.library.LibraryViewModel;
import org.policylens.ui.reader.ReaderViewModel;
import org.policylens.ui.search.SearchViewModel;
import org.policylens.ui.themes.ThemesViewModel;
import org.policylens.ui.subsidies.SubsidiesViewModel;
import org.policylens.ui.targets.TargetsViewModel;

/** The window's state: its feature view models, theme and language, and the status line. */
public final class MainViewModel {

    /** What survives a rebuild of the window in another language. */
    public record Session(String openSlug, String query, boolean simplified) {
    }

    private final UiServices services;
    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final SearchViewModel search;
    private final DocumentSelection comparison;
    private final ImportViewModel importing;
    private final ExportViewModel exporting;
    private final AnnotationsViewModel annotations;
    private final ThemesViewModel themes;
    private final TargetsViewModel targets;
    private final SubsidiesViewModel subsidies;
    private final BooleanProperty dark;
    private final ObjectProperty<Locale> language;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private String slugToOpen;
    /**
     * The targets' and subsidies' first loads wait until the window has shown the library: on two cores they ran
     * alongside the first frame. (The themes view reads the coding on its own, alongside.)
     */
    private boolean comparisonsWait = true;
    private LibraryChange heldChange;

    public MainViewModel(UiServices services) {
        this.services = services;
        this.library = new LibraryViewModel(services);
        this.reader = new ReaderViewModel(services);
        this.search = new SearchViewModel(services, library.allDocuments());
        this.comparison = new DocumentSelection(services.preferences());
        this.importing = new ImportViewModel(services, library,
                new DocumentActionsViewModel(services, library, slug -> reader.open(slug, -1)));
        this.exporting = new ExportViewModel(services, comparison, Clock.systemDefaultZone());
        this.annotations = new AnnotationsViewModel(services, library, reader);
        annotations.statusProperty().addListener((obs, old, text) -> {
            if (!text.isEmpty()) {
                status.set(text);
            }
        });
        this.themes = new ThemesViewModel(services, comparison, library);
        this.targets = new TargetsViewModel(services, comparison, reader);
        // The theme filter of the targets shows the codebook's themes: a codebook change loads the targets whole.
        themes.codebookChangesProperty().addListener((obs, old, count) -> targets.reload());
        this.subsidies = new SubsidiesViewModel(services, comparison, reader);
        this.dark = new SimpleBooleanProperty(services.preferences().darkTheme());
        this.language = new SimpleObjectProperty<>(services.messages().locale());
        dark.addListener((obs, old, on) -> services.preferences().setDarkTheme(on));
        library.selectedProperty().addListener((obs, old, doc) -> {
            if (doc != null) {
                reader.open(doc.slug(), -1);
            }
        });
        library.onChange(this::documentsChanged);
        // Whatever started the search (the search box, a recent query, a filter), the reader marks its words.
        search.stateProperty().addListener((obs, old, state) -> reader.highlightSearch(search.searchedText()));
        reader.failureProperty().addListener((obs, old, error) -> {
            if (error != null) {
                services.showFailure(error);
            }
        });
    }

    /**
     * Loads the library list at once, and alongside it, in the background: on first start an empty library imports
     * the bundled corpus, and any analysis an older library lacks is caught up. When either changed the library,
     * the list loads again.
     */
    public void start() {
        library.reload();
        services.tasks().run(services.messages().get("status.importing"),
                progress -> {
                    var imported = services.app().importer().importBundledOnFirstStart();
                    // An upgraded or interrupted library catches up here, with the window already showing.
                    int caughtUp = services.app().catchUpAnalysis();
                    return new StartupWork(imported.size(), caughtUp);
                },
                done -> {
                    status.set(done.imported() == 0 ? services.messages().get("status.ready")
                            : services.messages().get("status.imported", done.imported()));
                    if (done.changedLibrary()) {
                        library.reload();
                    }
                },
                error -> {
                    status.set(services.messages().get("error.task", error.getMessage()));
                    library.reload();
                });
    }

    /** What the background work at start-up did: documents imported, documents whose analysis was caught up. */
    private record StartupWork(int imported, int caughtUp) {
        boolean changedLibrary() {
            return imported > 0 || caughtUp > 0;
        }
    }

    /** The window has rendered the library: the comparison views load what they show. */
    public void libraryShown() {
        if (!comparisonsWait) {
            return;
        }
        comparisonsWait = false;
        if (heldChange != null) {
            comparisonsFollow(heldChange, library.allDocuments());
            heldChange = null;
        }
    }

    private void comparisonsFollow(LibraryChange change, List<DocumentSummary> documents) {
        comparison.libraryChanged(documents);
        // Imports, new versions and removals change the figures: the comparison views read those documents again.
        targets.libraryChanged(change, documents);
        subsidies.libraryChanged(change, documents);
    }

    /** Starts again where a previous window (in another language) left off. */
    public void restore(Session session) {
        slugToOpen = session.openSlug();
        reader.simplifiedProperty().set(session.simplified());
        search.queryProperty().set(session.query());
        if (!session.query().isBlank()) {
            search.search();
        }
    }

    public Session session() {
        return new Session(reader.openSlug(), search.searchedText(), reader.simplifiedProperty().get());
    }

    /** Runs the query in the search box and highlights its words in the reader. */
    public void runSearch() {
        search.search();
    }

    /** Opens a search result in the reader and shows its document as selected in the library. */
    public void openHit(SearchHit hit) {
        reader.openHit(hit);
        if (library.selectedProperty().get() == null || !library.selectedProperty().get().slug().equals(hit.documentSlug())) {
            library.select(hit.documentSlug());
        }
    }

    /** Opens a passage found by a comparison view in the reader, with its document selected in the library. */
    public void openPassage(String slug, int offset) {
        library.select(slug);
        reader.open(slug, offset);
    }

    private void documentsChanged(LibraryChange change) {
        List<DocumentSummary> documents = library.allDocuments();
        if (comparisonsWait) {
            heldChange = heldChange == null ? change : LibraryChange.WHOLE;
        } else {
            comparisonsFollow(change, documents);
        }
        int passages = documents.stream().mapToInt(DocumentSummary::passages).sum();
        counts.set(services.messages().get("status.counts", documents.size(), passages));
        if (library.selectedProperty().get() == null && !documents.isEmpty()) {
            boolean restored = slugToOpen != null && library.select(slugToOpen);
            if (!restored) {
                library.selectedProperty().set(documents.get(0));
            }
            slugToOpen = null;
        }
    }

    /** The documents the comparison views compare, shared by all of them. */
    public DocumentSelection comparison() {
        return comparison;
    }

    public void showAbout() {
        String version = MainViewModel.class.getPackage().getImplementationVersion();
        services.dialogs().showInformation(services.messages().get("menu.help.about"),
                services.messages().get("about.text", version == null ? "dev" : version, services.app().libraryFile()));
    }

    public void showShortcuts() {
        services.dialogs().showInformation(services.messages().get("menu.help.shortcuts"),
                services.messages().get("shortcuts.text"));
    }

    public String libraryLocation() {
        return services.messages().get("status.library", services.app().libraryFile());
    }

    public UiServices services() {
        return services;
    }

    public LibraryViewModel library() {
        return library;
    }

    /** Importing files, and editing, replacing and removing documents. */
    public ImportViewModel importing() {
        return importing;
    }

    /** The comparison workbook of the compared documents. */
    public ExportViewModel exporting() {
        return exporting;
    }

    public AnnotationsViewModel annotations() {
        return annotations;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public SearchViewModel search() {
        return search;
    }

    public ThemesViewModel themes() {
        return themes;
    }

    public TargetsViewModel targets() {
        return targets;
    }

    public SubsidiesViewModel subsidies() {
        return subsidies;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The UI language; the window rebuilds itself when it changes. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}

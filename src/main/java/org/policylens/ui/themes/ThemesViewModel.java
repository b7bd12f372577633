package org.policylens.ui.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.policylens.model.CodedPassage;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Theme;
import org.policylens.ui.common.DocumentLabels;
import org.policylens.ui.common.DocumentSelection;
import org.policylens.ui.common.UiServices;
import org.policylens.ui.library.LibraryChange;
import org.policylens.ui.library.LibraryViewModel;

/**
 * The themes view: the theme × document heatmap for the shared document selection, and the side-by-side panel of
 * one theme's passages. The library's coding is loaded once in the background ({@link ThemeCoding}); a change of the
 * selection or of the sort only regroups what is in memory, and adding or removing a theme on a passage replaces
 * that one passage, so neither goes back to the library.
 */
public final class ThemesViewModel {

    private final UiServices services;
    private final DocumentSelection selection;
    private final ObservableList<DocumentSummary> documents;
    private final ReadOnlyObjectWrapper<ThemeCoding> coding = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> heatmapDocuments = FXCollections.observableArrayList();
    private final ObservableList<HeatmapRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SideBySideColumn> columns = FXCollections.observableArrayList();
    private final ObjectProperty<ThemeSort> sort = new SimpleObjectProperty<>(ThemeSort.CODEBOOK);
    private final ReadOnlyStringWrapper openTheme = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper focusedDocument = new ReadOnlyStringWrapper();
    private final BooleanProperty syncScrolling = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper codebookChanges = new ReadOnlyIntegerWrapper();
    private final Map<String, String> labels = new HashMap<>();
    // Kept, not created per call: an unmodifiable wrapper only weakly listens to its list, so listeners added to a
    // throw-away wrapper stop firing once it is garbage collected.
    private final ObservableList<String> selectedSlugs;
    private final ObservableList<String> heatmapDocumentsView =
            FXCollections.unmodifiableObservableList(heatmapDocuments);
    private final ObservableList<HeatmapRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<SideBySideColumn> columnsView = FXCollections.unmodifiableObservableList(columns);
    private int generation;
    /** Per document, the number of the last load of its passages asked for after a library change (FX thread). */
    private final Map<String, Long> latestLoadOf = new HashMap<>();
    private long documentLoads;

    public ThemesViewModel(UiServices services, DocumentSelection selection, LibraryViewModel library) {
        this.services = services;
        this.selection = selection;
        this.documents = library.allDocuments();
        this.selectedSlugs = selection.slugs();
        selectedSlugs.addListener((ListChangeListener<String>) change -> regroup());
        sort.addListener((obs, old, now) -> refreshRows());
        // Imports, edits and removals change what there is to compare: the documents they touched are loaded again.
        library.onChange(this::libraryChanged);
    }

    /**
     * Follows a change of the library list. A few documents changed (an import, an edit, a removal): only their
     * passages are read (none for a metadata edit, whose text is the same) and the rest of the coding is kept. A
     * list loaded whole (start, reload), or a change while the coding is still loading, loads everything.
     */
    private void libraryChanged(LibraryChange change) {
        ThemeCoding current = coding.get();
        if (change.whole() || current == null || loading.get()) {
            reload();
            return;
        }
        for (DocumentSummary d : documents) {
            if (change.reread().contains(d.slug()) || change.relabelled().contains(d.slug())) {
                labels.put(d.slug(), DocumentLabels.shortLabel(d));
            }
        }
        change.removed().forEach(labels::remove);
        List<String> changedText = List.copyOf(change.reread());
        List<String> slugs = documents.stream().map(DocumentSummary::slug).toList();
        if (changedText.isEmpty()) {
            show(current.withDocuments(slugs, Map.of()));
            return;
        }
        int mine = generation;
        long request = ++documentLoads;
        changedText.forEach(slug -> latestLoadOf.put(slug, request));
        services.tasks().run(services.messages().get("themes.loading"),
                progress -> {
                    Map<String, List<CodedPassage>> loaded = new HashMap<>();
                    changedText.forEach(slug -> loaded.put(slug, services.app().themes().passages(slug)));
                    return loaded;
                },
                loaded -> {
                    // Two loads of a document can finish out of order (two new versions in a row): the older
                    // passages must not replace the newer.
                    loaded.keySet().removeIf(slug -> latestLoadOf.getOrDefault(slug, request) != request);
                    // A full load started meanwhile brings these documents too.
                    if (mine == generation && coding.get() != null) {
                        show(coding.get().withDocuments(documents.stream().map(DocumentSummary::slug).toList(),
                                loaded));
                    }
                },
                this::failed);
    }

    /**
     * After the user changed the codebook: the whole coding loads again, and views that show themes hear of it
     * (see {@link #codebookChangesProperty()}).
     */
    public void codebookChanged() {
        reload();
        codebookChanges.set(codebookChanges.get() + 1);
    }

    /** Loads the active codebook and the library's coding in the background, then rebuilds the heatmap. */
    public void reload() {
        int mine = ++generation;
        List<String> slugs = documents.stream().map(DocumentSummary::slug).toList();
        labels.clear();
        documents.forEach(d -> labels.put(d.slug(), DocumentLabels.shortLabel(d)));
        loading.set(true);
        services.tasks().run(services.messages().get("themes.loading"),
                progress -> ThemeCoding.of(services.app().codebooks().active(), slugs,
                        services.app().themes().passages(null)),
                loaded -> {
                    // A later reload wins: a slow, older load must not overwrite it.
                    if (mine == generation) {
                        loading.set(false);
                        show(loaded);
                    }
                },
                this::failed);
    }

    private void show(ThemeCoding loaded) {
        coding.set(loaded);
        if (openTheme.get() != null && loaded.codebook().theme(openTheme.get()).isEmpty()) {
            closePanel();
        }
        regroup();
    }

    /** The selection changed (or the coding did): heatmap columns and panel columns follow it. */
    private void regroup() {
        ThemeCoding current = coding.get();
        if (current == null) {
            return;
        }
        heatmapDocuments.setAll(selectedSlugs.stream().filter(current::has).toList());
        if (focusedDocument.get() != null && !heatmapDocuments.contains(focusedDocument.get())) {
            focusedDocument.set(null);
        }
        if (sort.get().document() != null && !heatmapDocuments.contains(sort.get().document())) {
            sort.set(ThemeSort.CODEBOOK);
        }
        refreshRows();
        refreshColumns();
    }

    private void refreshRows() {
        if (coding.get() != null) {
            rows.setAll(HeatmapRows.build(coding.get(), heatmapDocuments, sort.get(), services.messages().locale()));
        }
    }

    private void refreshColumns() {
        if (coding.get() == null || openTheme.get() == null) {
            columns.clear();
            return;
        }
        columns.setAll(SideBySideColumn.of(coding.get(), openTheme.get(), heatmapDocuments, this::label));
    }

    /** Opens the side-by-side panel on a theme, with one document's column in focus (e.g. the clicked cell's). */
    public void openCell(String code, String document) {
        focusedDocument.set(document);
        openTheme.set(code);
        refreshColumns();
    }

    /** Opens the side-by-side panel on a theme (a click on the row's name). */
    public void openTheme(String code) {
        openCell(code, null);
    }

    public void closePanel() {
        openTheme.set(null);
        focusedDocument.set(null);
        columns.clear();
    }

    /** Sorts by this column header; clicking the same header again reverses the order. */
    public void sortBy(ThemeSort header) {
        sort.set(sort.get().clicked(header));
    }

    /** Says by hand that a passage has a theme; the heatmap, the panel and the reader chips follow at once. */
    public void addTheme(CodedPassage passage, String code) {
        decide(passage, code, true);
    }

    /** Says by hand that a passage does not have a theme; later reclassifications keep it removed. */
    public void removeTheme(CodedPassage passage, String code) {
        decide(passage, code, false);
    }

    private void decide(CodedPassage passage, String code, boolean add) {
        services.tasks().run(services.messages().get("themes.saving"),
                progress -> add ? services.app().themes().addTheme(passage.passageId(), code)
                        : services.app().themes().removeTheme(passage.passageId(), code),
                updated -> {
                    if (coding.get() != null) {
                        coding.set(coding.get().withPassage(updated));
                        refreshRows();
                        refreshColumns();
                    }
                },
                this::failed);
    }

    private void failed(Throwable error) {
        loading.set(false);
        services.showFailure(error);
    }

    /** The short label of a document (region and year), for headers. */
    public String label(String slug) {
        return labels.getOrDefault(slug, slug);
    }

    public String themeName(String code) {
        return coding.get() == null ? code : coding.get().themeName(code, services.messages().locale());
    }

    /** The codebook's themes, for menus that add a theme to a passage. */
    public List<Theme> themes() {
        return coding.get() == null ? List.of() : coding.get().codebook().themes();
    }

    /** The coding shown, or null before the first load; the reader's chips read it too. */
    public ReadOnlyObjectProperty<ThemeCoding> codingProperty() {
        return coding.getReadOnlyProperty();
    }

    /** The selected documents the coding knows, in column order. */
    public ObservableList<String> heatmapDocuments() {
        return heatmapDocumentsView;
    }

    public ObservableList<HeatmapRow> rows() {
        return rowsView;
    }

    /** The side-by-side panel's columns; empty while no theme is open. */
    public ObservableList<SideBySideColumn> columns() {
        return columnsView;
    }

    public ReadOnlyObjectProperty<ThemeSort> sortProperty() {
        return sort;
    }

    /** Code of the theme the panel shows, or null when it is closed. */
    public ReadOnlyStringProperty openThemeProperty() {
        return openTheme.getReadOnlyProperty();
    }

    /** The document whose cell was clicked, shown highlighted in the panel; null for a whole-row click. */
    public ReadOnlyStringProperty focusedDocumentProperty() {
        return focusedDocument.getReadOnlyProperty();
    }

    public BooleanProperty syncScrollingProperty() {
        return syncScrolling;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Counts the user's changes of the codebook: other views that show themes load them again. */
    public ReadOnlyIntegerProperty codebookChangesProperty() {
        return codebookChanges.getReadOnlyProperty();
    }

    public UiServices services() {
        return services;
    }
}

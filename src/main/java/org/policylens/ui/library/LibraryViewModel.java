package org.policylens.ui.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.service.UserException;
import org.policylens.text.SearchKey;
import org.policylens.ui.common.UiServices;

/**
 * The documents of the library grouped by level and region, a filter and a sort order over them, and the selection.
 * A change to one document (an import, an edit, a removal) reads that document alone and updates its entry in the
 * list and its item in the tree; only the start, a reload asked for, and a change of filter or order build it whole.
 */
public final class LibraryViewModel {

    private final UiServices services;
    private final DocumentList documents = new DocumentList();
    private final LibraryTree tree = new LibraryTree();
    private final ReadOnlyIntegerWrapper treeChanges = new ReadOnlyIntegerWrapper();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<LibrarySort> sort = new SimpleObjectProperty<>(LibrarySort.DATE);
    private final ObjectProperty<DocumentSummary> selected = new SimpleObjectProperty<>();
    /** True while the list is being loaded whole, so that its listeners hear a {@link LibraryChange#WHOLE}. */
    private boolean loadingWhole;

    public LibraryViewModel(UiServices services) {
        this.services = services;
        filter.addListener((obs, old, text) -> regroup());
        sort.addListener((obs, old, order) -> regroup());
    }

    /** Reloads the document list in the background. */
    public void reload() {
        services.tasks().run(services.messages().get("library.loading"), progress -> services.app().library().documents(),
                this::show, error -> { });
    }

    /**
     * Reads these documents again (new, edited or replaced ones) and updates their entries, then selects
     * {@code toSelect} (which opens it in the reader); e.g. after an import or an edit. A slug the library no longer
     * has is taken out.
     */
    public void refreshAndSelect(List<String> slugs, String toSelect) {
        services.tasks().run(services.messages().get("library.loading"),
                progress -> slugs.stream().map(this::read).toList(),
                loaded -> {
                    documents.batch(() -> {
                        for (int i = 0; i < slugs.size(); i++) {
                            if (loaded.get(i).isPresent()) {
                                put(loaded.get(i).get());
                            } else {
                                removed(slugs.get(i));
                            }
                        }
                    });
                    select(toSelect);
                }, error -> { });
    }

    /** The document as stored now; empty when it has gone from the library meanwhile. */
    private Optional<DocumentSummary> read(String slug) {
        try {
            return Optional.of(services.app().library().document(slug));
        } catch (UserException gone) {
            return Optional.empty();
        }
    }

    /** {@link #refreshAndSelect(List, String)} for one document. */
    public void refreshAndSelect(String slug) {
        refreshAndSelect(List.of(slug), slug);
    }

    /** Takes a removed document out of the list and the tree; the selection moves off it first if it was selected. */
    public void removed(String slug) {
        int at = indexOf(slug);
        if (at < 0) {
            return;
        }
        if (selected.get() != null && selected.get().slug().equals(slug)) {
            selected.set(null);
        }
        boolean shown = tree.remove(slug);
        documents.remove(at);
        if (shown) {
            treeChanges.set(treeChanges.get() + 1);
        }
    }

    /**
     * Puts a document read again in the list at its place (library order is import order, i.e. by id), replacing
     * the entry of the same slug, and in the tree where filter and order want it. The selection stays on it.
     */
    private void put(DocumentSummary doc) {
        int at = indexOf(doc.slug());
        boolean shown = tree.remove(doc.slug());
        if (at >= 0 && documents.get(at).id() == doc.id()) {
            documents.set(at, doc);
        } else {
            if (at >= 0) {
                documents.remove(at);
            }
            documents.add(insertionPoint(doc.id()), doc);
        }
        if (matches(doc, filter.get())) {
            tree.insert(doc, currentSort());
            shown = true;
        }
        if (selected.get() != null && selected.get().slug().equals(doc.slug())) {
            selected.set(doc);
        }
        if (shown) {
            treeChanges.set(treeChanges.get() + 1);
        }
    }

    private int indexOf(String slug) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).slug().equals(slug)) {
                return i;
            }
        }
        return -1;
    }

    private int insertionPoint(long id) {
        int low = 0;
        int high = documents.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (documents.get(mid).id() < id) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    void show(List<DocumentSummary> loaded) {
        loadingWhole = true;
        try {
            documents.setAll(loaded);
        } finally {
            loadingWhole = false;
        }
        DocumentSummary current = selected.get();
        if (current != null) {
            // Keep the selection on the reloaded copy of the same document.
            selected.set(find(current.slug()).orElse(null));
        }
        regroup();
    }

    private void regroup() {
        tree.rebuild(group(documents.stream().filter(d -> matches(d, filter.get())).toList(), currentSort()));
        treeChanges.set(treeChanges.get() + 1);
    }

    private LibrarySort currentSort() {
        return sort.get() == null ? LibrarySort.DATE : sort.get();
    }

    /** Level groups in administrative order (unknown last), regions in collation order, documents in {@code order}. */
    static List<LibraryNode.LevelGroup> group(List<DocumentSummary> documents, LibrarySort order) {
        Map<Level, Map<String, List<DocumentSummary>>> byLevel = new TreeMap<>(
                Comparator.nullsLast(Comparator.naturalOrder()));
        for (DocumentSummary doc : documents) {
            byLevel.computeIfAbsent(doc.metadata().level(), l -> new TreeMap<>(LibrarySort::compareRegions))
                    .computeIfAbsent(doc.metadata().region(), r -> new ArrayList<>()).add(doc);
        }
        List<LibraryNode.LevelGroup> result = new ArrayList<>();
        byLevel.forEach((level, regions) -> {
            List<LibraryNode.RegionGroup> regionGroups = new ArrayList<>();
            regions.forEach((region, docs) -> {
                docs.sort(order.comparator());
                regionGroups.add(new LibraryNode.RegionGroup(region, docs));
            });
            result.add(new LibraryNode.LevelGroup(level, regionGroups));
        });
        return result;
    }

    /** True when every whitespace-separated term of the filter occurs in the document's metadata (Traditional or not). */
    static boolean matches(DocumentSummary doc, String filterText) {
        if (filterText == null || filterText.isBlank()) {
            return true;
        }
        var meta = doc.metadata();
        String haystack = SearchKey.of(String.join(" ", meta.title(), meta.region(), meta.issuer(), meta.slug(),
                meta.docNumber() == null ? "" : meta.docNumber(), meta.date() == null ? "" : meta.date()));
        for (String term : SearchKey.of(filterText.strip()).split("\\s+")) {
            if (!haystack.contains(term.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Selects the document with this slug once it is listed; false when the library has no such document. */
    public boolean select(String slug) {
        Optional<DocumentSummary> doc = find(slug);
        doc.ifPresent(selected::set);
        return doc.isPresent();
    }

    private Optional<DocumentSummary> find(String slug) {
        return documents.stream().filter(d -> d.slug().equals(slug)).findFirst();
    }

    /** Number of documents that pass the filter. */
    public int visibleCount() {
        return tree.documentCount();
    }

    /** The groups shown, top to bottom. */
    public List<LibraryNode.LevelGroup> groups() {
        return tree.groups();
    }

    /** The tree's items; kept from one change to the next (a rebuild replaces the root's children). */
    LibraryTree tree() {
        return tree;
    }

    /** Counts the changes to the tree: the view puts its selection back on the selected document after each. */
    ReadOnlyIntegerProperty treeChangesProperty() {
        return treeChanges.getReadOnlyProperty();
    }

    /**
     * Tells {@code listener} of every change of the document list, after the list changed, as what it means for
     * the records of the documents: a whole reload, or the documents to read again, drop or relabel.
     */
    public void onChange(Consumer<LibraryChange> listener) {
        documents.addListener((ListChangeListener<DocumentSummary>) change ->
                listener.accept(loadingWhole ? LibraryChange.WHOLE : LibraryChange.of(change)));
    }

    public ObservableList<DocumentSummary> allDocuments() {
        return documents;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<LibrarySort> sortProperty() {
        return sort;
    }

    public ObjectProperty<DocumentSummary> selectedProperty() {
        return selected;
    }

    /** Lines of the details pane, as (label key, value) pairs in display order; empty values are left out. */
    public static Map<String, String> details(DocumentSummary doc) {
        var m = doc.metadata();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("details.title", m.title());
        rows.put("details.issuer", m.issuer());
        rows.put("details.region", m.region());
        rows.put("details.date", m.date() == null ? "" : m.date());
        rows.put("details.number", m.docNumber() == null ? "" : m.docNumber());
        rows.put("details.source", m.source());
        rows.put("details.imported", doc.importedAt() == null ? "" : doc.importedAt());
        rows.values().removeIf(v -> v == null || v.isBlank());
        return rows;
    }
}

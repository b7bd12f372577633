package org.policylens.ui.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.text.SearchKey;
import org.policylens.ui.common.UiServices;

/** The documents of the library grouped by level and region, a filter and a sort order over them, and the selection. */
public final class LibraryViewModel {

    private final UiServices services;
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<LibraryNode.LevelGroup>> groups = new ReadOnlyObjectWrapper<>(List.of());
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<LibrarySort> sort = new SimpleObjectProperty<>(LibrarySort.DATE);
    private final ObjectProperty<DocumentSummary> selected = new SimpleObjectProperty<>();

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

    /** Reloads the document list, then selects {@code slug} (which opens it in the reader), e.g. after an import. */
    public void reloadAndSelect(String slug) {
        services.tasks().run(services.messages().get("library.loading"), progress -> services.app().library().documents(),
                loaded -> {
                    show(loaded);
                    select(slug);
                }, error -> { });
    }

    void show(List<DocumentSummary> loaded) {
        documents.setAll(loaded);
        DocumentSummary current = selected.get();
        if (current != null) {
            // Keep the selection on the reloaded copy of the same document.
            selected.set(find(current.slug()).orElse(null));
        }
        regroup();
    }

    private void regroup() {
        groups.set(group(documents.stream().filter(d -> matches(d, filter.get())).toList(),
                sort.get() == null ? LibrarySort.DATE : sort.get()));
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
        return groups.get().stream().mapToInt(LibraryNode.LevelGroup::documentCount).sum();
    }

    public ReadOnlyObjectProperty<List<LibraryNode.LevelGroup>> groupsProperty() {
        return groups.getReadOnlyProperty();
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

package org.policylens.ui.library;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.policylens.concurrent.BackgroundTask;
import org.policylens.model.DocumentSummary;
import org.policylens.text.SearchKey;
import org.policylens.ui.common.UiServices;

/** The documents of the library, a filter over them and the selected one. */
public final class LibraryViewModel {

    private final UiServices services;
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private final FilteredList<DocumentSummary> visible = new FilteredList<>(documents, d -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<DocumentSummary> selected = new SimpleObjectProperty<>();

    public LibraryViewModel(UiServices services) {
        this.services = services;
        filter.addListener((obs, old, text) -> visible.setPredicate(d -> matches(d, text)));
    }

    /** Reloads the document list in the background. */
    public void reload() {
        services.tasks().execute(BackgroundTask.of("load library", progress -> services.app().library().documents())
                .onSuccess(this::show));
    }

    void show(List<DocumentSummary> loaded) {
        documents.setAll(loaded);
    }

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

    public ObservableList<DocumentSummary> visibleDocuments() {
        return visible;
    }

    public ObservableList<DocumentSummary> allDocuments() {
        return documents;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<DocumentSummary> selectedProperty() {
        return selected;
    }
}

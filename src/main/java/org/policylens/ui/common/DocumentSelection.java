package org.policylens.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylens.model.DocumentSummary;

/**
 * Which documents the comparison views compare: one selection shared by every view and remembered across restarts.
 * Views listen to {@link #slugs()}; the selection keeps the library's order so columns do not jump around.
 */
public final class DocumentSelection {

    /**
     * How many documents a library's comparisons start with when the user has not chosen: all of a small library, the
     * first ones of a large one. Side-by-side columns for thousands of documents are neither readable nor quick to
     * build; the 对比 drop-down selects more.
     */
    static final int DEFAULT_COMPARED = 20;

    private final UiPreferences preferences;
    private final ObservableList<String> slugs = FXCollections.observableArrayList();
    // One wrapper for every caller: a wrapper listens weakly to its list, so a listener added to a throw-away wrapper
    // silently stops firing once that wrapper is garbage collected.
    private final ObservableList<String> readOnlySlugs = FXCollections.unmodifiableObservableList(slugs);
    private List<String> libraryOrder = List.of();

    public DocumentSelection(UiPreferences preferences) {
        this.preferences = preferences;
    }

    /** The selected slugs, in library order. Read-only for views: change it with {@link #select}. */
    public ObservableList<String> slugs() {
        return readOnlySlugs;
    }

    /**
     * Tells the selection which documents exist. The first time (or when nothing remembered still exists) the first
     * {@link #DEFAULT_COMPARED} documents are selected (every document of a small library); afterwards the remembered
     * choice is kept, minus documents that are gone.
     */
    public void libraryChanged(List<DocumentSummary> documents) {
        libraryOrder = documents.stream().map(DocumentSummary::slug).toList();
        List<String> byDefault = libraryOrder.subList(0, Math.min(DEFAULT_COMPARED, libraryOrder.size()));
        List<String> remembered = preferences.comparedDocuments();
        List<String> kept = ordered(remembered.isEmpty() ? byDefault : remembered);
        if (kept.isEmpty()) {
            kept = byDefault;
        }
        if (!kept.equals(slugs)) {
            slugs.setAll(kept);
        }
    }

    /** Selects these documents (unknown slugs are ignored) and remembers the choice. */
    public void select(List<String> chosen) {
        List<String> kept = ordered(chosen);
        if (!kept.equals(slugs)) {
            slugs.setAll(kept);
        }
        preferences.setComparedDocuments(kept);
    }

    public boolean isSelected(String slug) {
        return slugs.contains(slug);
    }

    private List<String> ordered(List<String> chosen) {
        Set<String> wanted = new LinkedHashSet<>(chosen);
        List<String> out = new ArrayList<>();
        for (String slug : libraryOrder) {
            if (wanted.contains(slug)) {
                out.add(slug);
            }
        }
        return out;
    }
}

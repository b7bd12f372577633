package org.policylens.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylens.concurrent.TaskExecutor.TaskHandle;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchQuery;
import org.policylens.ui.common.UiServices;

/**
 * A search over all documents: the query, filters by document and level, the hits grouped by document, a summary
 * line, and the recent queries (remembered across restarts).
 */
public final class SearchViewModel {

    /** Enough hits to browse; the CLI gives all of them. */
    static final int MAX_HITS = 500;
    static final int MAX_RECENT = 10;

    /** What the results pane shows. */
    public enum State { IDLE, SEARCHING, RESULTS, NO_RESULTS, FAILED }

    private final UiServices services;
    private final ObservableList<DocumentSummary> documents;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<DocumentSummary> documentFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> levelFilter = new SimpleObjectProperty<>();
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private String searchedText = "";
    private TaskHandle running;

    /** @param documents the library's documents, for the filters and the level of each hit */
    public SearchViewModel(UiServices services, ObservableList<DocumentSummary> documents) {
        this.services = services;
        this.documents = documents;
        recent.setAll(services.preferences().recentQueries());
        documentFilter.addListener((obs, old, doc) -> searchAgain());
        levelFilter.addListener((obs, old, level) -> searchAgain());
    }

    private void searchAgain() {
        if (!searchedText.isEmpty()) {
            search();
        }
    }

    /** Runs the current query in the background; a newer search cancels an older one. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (running != null) {
            running.cancel();
        }
        searchedText = text;
        if (text.isEmpty()) {
            rows.clear();
            summary.set("");
            state.set(State.IDLE);
            return;
        }
        DocumentSummary onlyDocument = documentFilter.get();
        Level onlyLevel = levelFilter.get();
        Map<String, Level> levels = levelsBySlug();
        state.set(State.SEARCHING);
        running = services.tasks().run(services.messages().get("search.running", text),
                progress -> services.app().search().search(
                        new SearchQuery(text, onlyDocument == null ? null : onlyDocument.slug(), MAX_HITS)),
                found -> show(text, onlyLevel == null ? found
                        : found.stream().filter(h -> levels.get(h.documentSlug()) == onlyLevel).toList()),
                error -> {
                    rows.clear();
                    summary.set(services.messages().get("error.task", error.getMessage()));
                    state.set(State.FAILED);
                });
    }

    /** Runs a query picked from the recent ones. */
    public void search(String text) {
        query.set(text);
        search();
    }

    private Map<String, Level> levelsBySlug() {
        Map<String, Level> levels = new LinkedHashMap<>();
        documents.forEach(d -> levels.put(d.slug(), d.metadata().level()));
        return levels;
    }

    private void show(String text, List<SearchHit> hits) {
        List<SearchRow> grouped = group(hits);
        rows.setAll(grouped);
        long documentCount = grouped.stream().filter(r -> r instanceof SearchRow.DocumentHeader).count();
        summary.set(hits.isEmpty() ? services.messages().get("search.none", text)
                : services.messages().get("search.results", hits.size(), documentCount));
        state.set(hits.isEmpty() ? State.NO_RESULTS : State.RESULTS);
        remember(text);
    }

    /**
     * Hits grouped by document: documents in the order of their best hit, each a header row followed by its hits in
     * rank order.
     */
    static List<SearchRow> group(List<SearchHit> hits) {
        Map<String, List<SearchHit>> byDocument = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            byDocument.computeIfAbsent(hit.documentSlug(), slug -> new ArrayList<>()).add(hit);
        }
        List<SearchRow> grouped = new ArrayList<>();
        byDocument.forEach((slug, documentHits) -> {
            grouped.add(new SearchRow.DocumentHeader(slug, documentHits.get(0).documentTitle(), documentHits.size()));
            documentHits.forEach(hit -> grouped.add(new SearchRow.HitRow(hit)));
        });
        return grouped;
    }

    /** Puts a query at the top of the recent ones, without duplicates, and saves them. */
    void remember(String text) {
        List<String> updated = new ArrayList<>(recent);
        updated.remove(text);
        updated.add(0, text);
        if (updated.size() > MAX_RECENT) {
            updated = new ArrayList<>(updated.subList(0, MAX_RECENT));
        }
        if (!updated.equals(recent)) {
            recent.setAll(updated);
            services.preferences().setRecentQueries(updated);
        }
    }

    public void clearRecent() {
        recent.clear();
        services.preferences().setRecentQueries(List.of());
    }

    /** The query of the results shown (not what is being typed); empty when none. */
    public String searchedText() {
        return searchedText;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<DocumentSummary> documentFilterProperty() {
        return documentFilter;
    }

    public ObjectProperty<Level> levelFilterProperty() {
        return levelFilter;
    }

    public ObservableList<DocumentSummary> documents() {
        return documents;
    }

    public ObservableList<SearchRow> rows() {
        return rows;
    }

    public ObservableList<String> recentQueries() {
        return recent;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}

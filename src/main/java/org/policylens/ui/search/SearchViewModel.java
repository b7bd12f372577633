package org.policylens.ui.search;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylens.concurrent.BackgroundTask;
import org.policylens.concurrent.TaskExecutor.TaskHandle;
import org.policylens.model.SearchHit;
import org.policylens.model.SearchQuery;
import org.policylens.ui.common.UiServices;

/** A search over all documents: the query, its hits and a one-line summary. */
public final class SearchViewModel {

    /** Enough hits to browse; the CLI gives all of them. */
    static final int MAX_HITS = 500;

    private final UiServices services;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private TaskHandle running;

    public SearchViewModel(UiServices services) {
        this.services = services;
    }

    /** Runs the current query in the background; a newer search cancels an older one. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (running != null) {
            running.cancel();
        }
        if (text.isEmpty()) {
            hits.clear();
            summary.set("");
            return;
        }
        running = services.tasks().execute(BackgroundTask.of("search",
                        progress -> services.app().search().search(new SearchQuery(text, null, MAX_HITS)))
                .onSuccess(found -> {
                    hits.setAll(found);
                    summary.set(found.isEmpty() ? services.messages().get("search.none", text)
                            : services.messages().get("search.results", found.size()));
                })
                .onFailure(error -> summary.set(services.messages().get("error.task", error.getMessage()))));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}

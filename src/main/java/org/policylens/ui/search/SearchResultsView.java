package org.policylens.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.model.SearchHit;

/**
 * The results of a search: filters by document and level, then the hits grouped under their documents, each with its
 * section path and a snippet with the matched words marked. Empty states explain what to do next.
 */
public final class SearchResultsView extends VBox {

    private static final String OPEN = "【";
    private static final String CLOSE = "】";

    /** An entry of a filter box; {@code value} null means "all". */
    record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final SearchViewModel model;
    private final Messages messages;
    private final ListView<SearchRow> list = new ListView<>();
    private final VBox placeholder = new VBox(10);

    public SearchResultsView(SearchViewModel model, Messages messages, Consumer<SearchHit> onOpen) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("search-view");
        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("pane-title");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        list.setId("search-results");
        list.setItems(model.rows());
        list.setCellFactory(v -> new RowCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row instanceof SearchRow.HitRow hitRow) {
                onOpen.accept(hitRow.hit());
            } else if (row instanceof SearchRow.DocumentHeader header) {
                // A header opens its document at its best hit, the row right below it.
                int below = list.getItems().indexOf(header) + 1;
                list.getSelectionModel().select(below);
            }
        });
        placeholder.setAlignment(Pos.TOP_LEFT);
        placeholder.getStyleClass().add("empty-state-box");
        list.setPlaceholder(placeholder);
        model.stateProperty().addListener((obs, old, state) -> updatePlaceholder());
        model.recentQueries().addListener((ListChangeListener<String>) change -> updatePlaceholder());
        updatePlaceholder();
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(filters(), summary, list);
    }

    private HBox filters() {
        ComboBox<Choice<DocumentSummary>> documentBox = filterBox("search-filter-document",
                model.documentFilterProperty(), this::documentChoices);
        model.documents().addListener((ListChangeListener<DocumentSummary>) change ->
                refill(documentBox, documentChoices(), model.documentFilterProperty().get()));
        ComboBox<Choice<Level>> levelBox = filterBox("search-filter-level", model.levelFilterProperty(),
                this::levelChoices);
        HBox.setHgrow(documentBox, Priority.ALWAYS);
        documentBox.setMaxWidth(Double.MAX_VALUE);
        documentBox.setPrefWidth(120);
        HBox box = new HBox(6, new FontIcon(Feather.FILTER), documentBox, levelBox);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("search-filters");
        return box;
    }

    private <T> ComboBox<Choice<T>> filterBox(String id, ObjectProperty<T> target, java.util.function.Supplier<List<Choice<T>>> choices) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        refill(box, choices.get(), target.get());
        box.valueProperty().addListener((obs, old, choice) -> {
            if (choice != null && !Objects.equals(choice.value(), target.get())) {
                target.set(choice.value());
            }
        });
        return box;
    }

    private static <T> void refill(ComboBox<Choice<T>> box, List<Choice<T>> choices, T selected) {
        box.getItems().setAll(choices);
        box.setValue(choices.stream().filter(c -> Objects.equals(c.value(), selected)).findFirst()
                .orElse(choices.get(0)));
    }

    private List<Choice<DocumentSummary>> documentChoices() {
        List<Choice<DocumentSummary>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, messages.get("search.filter.alldocuments")));
        model.documents().forEach(d -> choices.add(new Choice<>(d, d.metadata().title())));
        return choices;
    }

    private List<Choice<Level>> levelChoices() {
        List<Choice<Level>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, messages.get("search.filter.alllevels")));
        for (Level level : Level.values()) {
            choices.add(new Choice<>(level, messages.get("level." + level.code())));
        }
        return choices;
    }

    /** Idle: a hint and the recent queries; nothing found: what to try instead. */
    private void updatePlaceholder() {
        List<Node> children = new ArrayList<>();
        switch (model.stateProperty().get()) {
            case IDLE -> {
                children.add(wrapped(messages.get("search.idle")));
                if (!model.recentQueries().isEmpty()) {
                    Label recentTitle = new Label(messages.get("search.recent"));
                    recentTitle.getStyleClass().add("pane-title");
                    FlowPane links = new FlowPane(4, 4);
                    links.setId("search-recent");
                    for (String query : model.recentQueries()) {
                        Hyperlink link = new Hyperlink(query);
                        link.setOnAction(e -> model.search(query));
                        links.getChildren().add(link);
                    }
                    Hyperlink clear = new Hyperlink(messages.get("search.recent.clear"));
                    clear.getStyleClass().add("search-recent-clear");
                    clear.setOnAction(e -> model.clearRecent());
                    children.addAll(List.of(recentTitle, links, clear));
                }
            }
            case NO_RESULTS -> {
                Label none = wrapped(messages.get("search.none", model.searchedText()));
                none.setGraphic(new FontIcon(Feather.INFO));
                children.add(none);
                children.add(wrapped(messages.get("search.none.hint")));
            }
            case SEARCHING -> children.add(wrapped(messages.get("search.running", model.searchedText())));
            case RESULTS, FAILED -> { }
        }
        placeholder.getChildren().setAll(children);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("empty-state");
        return label;
    }

    public ListView<SearchRow> list() {
        return list;
    }

    /** Header rows: document title and hit count. Hit rows: section path and the snippet with hits marked. */
    private final class RowCell extends ListCell<SearchRow> {

        private final Label path = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox hitBox = new VBox(2, path, snippet);

        RowCell() {
            // Cells take the list's width and wrap, instead of widening the list into a sideways scroll.
            setPrefWidth(0);
            setWrapText(true);
            path.setWrapText(true);
            path.getStyleClass().add("search-result-path");
            snippet.maxWidthProperty().bind(list.widthProperty().subtract(40));
            snippet.prefWidthProperty().bind(snippet.maxWidthProperty());
        }

        @Override
        protected void updateItem(SearchRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("search-document-row", "search-hit-row");
            setText(null);
            setGraphic(null);
            if (empty || row == null) {
                return;
            }
            if (row instanceof SearchRow.DocumentHeader header) {
                getStyleClass().add("search-document-row");
                setText(messages.get("search.document", header.title(), header.hitCount()));
                setGraphic(new FontIcon(Feather.FILE_TEXT));
            } else if (row instanceof SearchRow.HitRow hitRow) {
                getStyleClass().add("search-hit-row");
                SearchHit hit = hitRow.hit();
                path.setText(hit.sectionPath().isEmpty() ? messages.get("search.preamble") : hit.sectionPath());
                snippet.getChildren().setAll(snippetRuns(hit.snippet(), text -> {
                    Text t = new Text(text);
                    t.getStyleClass().add("search-snippet");
                    return t;
                }));
                setGraphic(hitBox);
            }
        }
    }

    /** The snippet marks hits 【like this】: the marked parts become highlighted runs, without the brackets. */
    static List<Text> snippetRuns(String snippet, Function<String, Text> plain) {
        List<Text> runs = new ArrayList<>();
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf(OPEN, at);
            int close = open < 0 ? -1 : snippet.indexOf(CLOSE, open);
            if (open < 0 || close < 0) {
                runs.add(plain.apply(snippet.substring(at)));
                break;
            }
            runs.add(plain.apply(snippet.substring(at, open)));
            Text hit = plain.apply(snippet.substring(open + 1, close));
            hit.getStyleClass().add("search-snippet-hit");
            runs.add(hit);
            at = close + 1;
        }
        return runs;
    }
}

package org.policylens.ui.search;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.policylens.model.SearchHit;

/** The hits of a search: document and section, and a snippet with the matched words marked. */
public final class SearchResultsView extends VBox {

    private static final String OPEN = "【";
    private static final String CLOSE = "】";

    private final ListView<SearchHit> list = new ListView<>();

    public SearchResultsView(SearchViewModel model, Consumer<SearchHit> onOpen) {
        Label summary = new Label();
        summary.getStyleClass().add("pane-title");
        summary.textProperty().bind(model.summaryProperty());
        list.setId("search-results");
        list.setItems(model.hits());
        list.setCellFactory(v -> new HitCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, hit) -> {
            if (hit != null) {
                onOpen.accept(hit);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(summary, list);
    }

    public ListView<SearchHit> list() {
        return list;
    }

    private final class HitCell extends ListCell<SearchHit> {

        private final Label path = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox box = new VBox(2, path, snippet);

        HitCell() {
            path.getStyleClass().add("search-result-path");
            snippet.maxWidthProperty().bind(list.widthProperty().subtract(40));
            snippet.prefWidthProperty().bind(snippet.maxWidthProperty());
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            path.setText(hit.documentTitle() + (hit.sectionPath().isEmpty() ? "" : " › " + hit.sectionPath()));
            snippet.getChildren().clear();
            // The snippet marks hits 【like this】: show the marked parts highlighted, without the brackets.
            String s = hit.snippet();
            int at = 0;
            while (at < s.length()) {
                int open = s.indexOf(OPEN, at);
                int close = open < 0 ? -1 : s.indexOf(CLOSE, open);
                if (open < 0 || close < 0) {
                    snippet.getChildren().add(styled(s.substring(at), false));
                    break;
                }
                snippet.getChildren().add(styled(s.substring(at, open), false));
                snippet.getChildren().add(styled(s.substring(open + 1, close), true));
                at = close + 1;
            }
            setGraphic(box);
        }

        private Text styled(String text, boolean hit) {
            Text t = new Text(text);
            t.getStyleClass().add("reader-paragraph");
            if (hit) {
                t.getStyleClass().add("search-hit");
            }
            return t;
        }
    }
}

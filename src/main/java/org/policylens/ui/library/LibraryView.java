package org.policylens.ui.library;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;

/** The library pane: a filter box and the list of documents. */
public final class LibraryView extends VBox {

    private final ListView<DocumentSummary> list = new ListView<>();

    public LibraryView(LibraryViewModel model, Messages messages) {
        getStyleClass().add("library-view");
        Label title = new Label(messages.get("library.title"));
        title.getStyleClass().add("pane-title");
        TextField filter = new TextField();
        filter.setPromptText(messages.get("library.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        VBox.setMargin(filter, new Insets(0, 8, 8, 8));

        list.setId("library-list");
        list.setItems(model.visibleDocuments());
        list.setPlaceholder(emptyState(messages.get("library.empty")));
        list.setCellFactory(v -> new DocumentCell(messages));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, doc) -> model.selectedProperty().set(doc));
        model.selectedProperty().addListener((obs, old, doc) -> {
            if (doc != null && list.getSelectionModel().getSelectedItem() != doc) {
                list.getSelectionModel().select(doc);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, filter, list);
    }

    public ListView<DocumentSummary> list() {
        return list;
    }

    static Label emptyState(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("empty-state");
        label.setWrapText(true);
        return label;
    }

    static String levelName(Messages messages, Level level) {
        return messages.get(level == null ? "level.unknown" : "level." + level.code());
    }

    /** Title on the first line; level, region, year and document number below. */
    private static final class DocumentCell extends ListCell<DocumentSummary> {

        private final Messages messages;
        private final Label title = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, title, meta);

        DocumentCell(Messages messages) {
            this.messages = messages;
            title.getStyleClass().add("library-item-title");
            title.setWrapText(true);
            meta.getStyleClass().add("library-item-meta");
            box.setMaxWidth(260);
        }

        @Override
        protected void updateItem(DocumentSummary doc, boolean empty) {
            super.updateItem(doc, empty);
            if (empty || doc == null) {
                setGraphic(null);
                return;
            }
            DocumentMetadata m = doc.metadata();
            title.setText(m.title());
            StringBuilder details = new StringBuilder(levelName(messages, m.level()));
            if (!m.region().isEmpty()) {
                details.append(" · ").append(m.region());
            }
            if (m.year() != null) {
                details.append(" · ").append(m.year());
            }
            if (m.docNumber() != null) {
                details.append(" · ").append(m.docNumber());
            }
            meta.setText(details.toString());
            setGraphic(box);
        }
    }
}

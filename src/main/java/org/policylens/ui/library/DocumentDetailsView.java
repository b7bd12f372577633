package org.policylens.ui.library;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentSummary;

/** All metadata of the selected document, in a pane under the library tree that the user can fold away. */
final class DocumentDetailsView extends TitledPane {

    private final Messages messages;
    private final ObjectProperty<DocumentSummary> document = new SimpleObjectProperty<>();
    private final GridPane grid = new GridPane();

    DocumentDetailsView(Messages messages) {
        this.messages = messages;
        setId("library-details");
        setText(messages.get("details.heading"));
        getStyleClass().add("document-details");
        setAnimated(false);
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, values);
        setContent(grid);
        document.addListener((obs, old, doc) -> show(doc));
        show(null);
    }

    ObjectProperty<DocumentSummary> documentProperty() {
        return document;
    }

    private void show(DocumentSummary doc) {
        grid.getChildren().clear();
        if (doc == null) {
            grid.add(new Label(messages.get("details.none")), 0, 0, 2, 1);
            return;
        }
        Map<String, String> rows = new LinkedHashMap<>(LibraryViewModel.details(doc));
        rows.put("details.level", LibraryView.levelName(messages, doc.metadata().level()));
        rows.put("details.script", messages.get("script." + doc.metadata().script().code()));
        rows.put("details.size", messages.get("details.size.value", doc.characters(), doc.sections(), doc.passages()));
        int row = 0;
        for (Map.Entry<String, String> entry : rows.entrySet()) {
            Label key = new Label(messages.get(entry.getKey()));
            key.getStyleClass().add("details-key");
            Label value = new Label(entry.getValue());
            value.setWrapText(true);
            value.getStyleClass().add("details-value");
            grid.addRow(row++, key, value);
        }
    }
}

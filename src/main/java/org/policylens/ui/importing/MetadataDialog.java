package org.policylens.ui.importing;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Level;

/**
 * The metadata form: title, issuer, level, region, date and document number of one document. Used right after an
 * import (pre-filled with what was guessed from the text) and later from the library.
 */
public final class MetadataDialog extends Dialog<DocumentMetadata> {

    private final Messages messages;
    private final TextField title = field("metadata-title");
    private final TextField issuer = field("metadata-issuer");
    private final ComboBox<Level> level = new ComboBox<>();
    private final TextField region = field("metadata-region");
    private final TextField date = field("metadata-date");
    private final TextField docNumber = field("metadata-number");
    private final Label problem = new Label();

    public MetadataDialog(Messages messages, String heading, DocumentMetadata current) {
        this.messages = messages;
        setTitle(heading);
        setHeaderText(messages.get("metadata.header", current.source().isBlank() ? current.slug() : current.source()));
        setResizable(true);
        MetadataDraft draft = MetadataDraft.of(current);
        title.setText(draft.title());
        issuer.setText(draft.issuer());
        region.setText(draft.region());
        date.setText(draft.date());
        date.setPromptText(messages.get("metadata.date.prompt"));
        docNumber.setText(draft.docNumber());
        level.setId("metadata-level");
        level.getItems().add(null);
        level.getItems().addAll(Level.values());
        level.setValue(draft.level());
        level.setCellFactory(v -> new LevelCell());
        level.setButtonCell(new LevelCell());
        level.setMaxWidth(Double.MAX_VALUE);
        problem.setId("metadata-problem");
        problem.getStyleClass().add("metadata-problem");

        ButtonType save = new ButtonType(messages.get("metadata.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        getDialogPane().setContent(form());
        getDialogPane().getStyleClass().add("metadata-dialog");
        Node saveButton = getDialogPane().lookupButton(save);
        Runnable check = () -> {
            String key = current().problem().orElse(null);
            problem.setText(key == null ? "" : messages.get(key));
            saveButton.setDisable(key != null);
        };
        title.textProperty().addListener((obs, old, text) -> check.run());
        date.textProperty().addListener((obs, old, text) -> check.run());
        check.run();
        setResultConverter(button -> button == save ? current().applyTo(current) : null);
    }

    private MetadataDraft current() {
        return new MetadataDraft(title.getText(), issuer.getText(), level.getValue(), region.getText(),
                date.getText(), docNumber.getText());
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 4, 4, 4));
        ColumnConstraints values = new ColumnConstraints(360, 420, Double.MAX_VALUE);
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), values);
        grid.addRow(0, new Label(messages.get("details.title")), title);
        grid.addRow(1, new Label(messages.get("details.issuer")), issuer);
        grid.addRow(2, new Label(messages.get("details.level")), level);
        grid.addRow(3, new Label(messages.get("details.region")), region);
        grid.addRow(4, new Label(messages.get("details.date")), date);
        grid.addRow(5, new Label(messages.get("details.number")), docNumber);
        grid.add(problem, 1, 6);
        return grid;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private final class LevelCell extends ListCell<Level> {
        @Override
        protected void updateItem(Level item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : messages.get(item == null ? "level.unknown" : "level." + item.code()));
        }
    }
}

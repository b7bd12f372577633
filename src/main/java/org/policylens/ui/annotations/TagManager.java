package org.policylens.ui.annotations;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.policylens.i18n.Messages;

/**
 * Tags in bulk: pick a tag, type its new name, rename. A name that is already a tag merges the two (the view model
 * asks first, with counts).
 */
final class TagManager extends Dialog<Void> {

    TagManager(Window owner, AnnotationsViewModel model, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("annotations.tags.title"));
        setResizable(true);
        getDialogPane().setId("tag-manager");
        ListView<TagCount> list = new ListView<>(model.tags());
        list.setId("tag-manager-list");
        list.setPrefHeight(260);
        list.setPlaceholder(new Label(messages.get("annotations.tags.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TagCount item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("annotations.tags.count", item.tag(),
                        item.count()));
            }
        });
        TextField newName = new TextField();
        newName.setId("tag-manager-name");
        newName.setPromptText(messages.get("annotations.tags.newname"));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, tag) -> {
            if (tag != null) {
                newName.setText(tag.tag());
                newName.selectAll();
                newName.requestFocus();
            }
        });
        Button rename = new Button(messages.get("annotations.tags.rename"));
        rename.setId("tag-manager-rename");
        rename.setDefaultButton(true);
        rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> newName.getText().isBlank(), newName.textProperty())));
        rename.setOnAction(e -> model.renameTag(list.getSelectionModel().getSelectedItem().tag(), newName.getText()));
        HBox.setHgrow(newName, Priority.ALWAYS);
        Label hint = new Label(messages.get("annotations.tags.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("annotation-hint");
        VBox content = new VBox(8, list, new HBox(6, newName, rename), hint);
        content.setPrefWidth(380);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("annotations.tags.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }
}

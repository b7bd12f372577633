package org.policylens.ui.annotations;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.text.SearchKey;

/**
 * Tags as removable chips plus a field to add one: Enter (or a comma) adds what was typed, and the field suggests
 * existing tags and codebook themes as the user types (Simplified and Traditional match each other).
 */
final class TagField extends VBox {

    private final FlowPane chips = new FlowPane(4, 4);
    private final TextField input = new TextField();
    private final List<String> tags = new ArrayList<>();

    TagField(List<String> initial, List<String> suggestions, Messages messages) {
        super(6);
        getStyleClass().add("annotation-tag-field");
        input.setId("annotation-tag-input");
        input.setPromptText(messages.get("annotations.editor.tags.prompt"));
        List<String> offered = List.copyOf(suggestions);
        TextFields.bindAutoCompletion(input, request -> {
            String typed = SearchKey.of(request.getUserText().strip());
            return typed.isEmpty() ? List.of() : offered.stream()
                    .filter(s -> SearchKey.of(s).contains(typed) && !tags.contains(s)).limit(12).toList();
        });
        input.setOnAction(e -> {
            if (!input.getText().isBlank()) {
                commitInput();
                // Enter added a tag; it must not also press the dialog's default button.
                e.consume();
            }
        });
        input.textProperty().addListener((obs, old, text) -> {
            if (text.endsWith(",") || text.endsWith("，")) {
                // Later: changing the text from inside its own change listener confuses the field's skin.
                Platform.runLater(this::commitInput);
            }
        });
        initial.forEach(this::add);
        getChildren().addAll(chips, input);
    }

    /** Adds what is typed in the field as tags (commas separate several). */
    void commitInput() {
        String typed = input.getText();
        for (String part : typed.split("[,，]")) {
            add(part);
        }
        input.clear();
    }

    private void add(String tag) {
        String name = tag.strip();
        if (name.isEmpty() || tags.contains(name)) {
            return;
        }
        tags.add(name);
        Label label = new Label(name);
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll("flat", "button-icon", "annotation-tag-remove");
        HBox chip = new HBox(2, label, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("annotation-tag-chip");
        remove.setOnAction(e -> {
            tags.remove(name);
            chips.getChildren().remove(chip);
        });
        chips.getChildren().add(chip);
    }

    /** The tags chosen, including anything still typed in the field. */
    List<String> tags() {
        commitInput();
        return List.copyOf(tags);
    }

    TextField input() {
        return input;
    }
}

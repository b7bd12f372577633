package org.policylens.ui.reader;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;

/** Find in document: query, previous/next, "3 / 12", close. Enter = next, Shift+Enter = previous, Esc closes. */
final class FindBar extends HBox {

    private final TextField field = new TextField();

    FindBar(ReaderViewModel model, Messages messages) {
        super(6);
        setId("find-bar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("find-field");
        field.setPromptText(messages.get("find.prompt"));
        field.setPrefColumnCount(18);
        field.textProperty().bindBidirectional(model.findQueryProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    model.findPrevious();
                } else {
                    model.findNext();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close(model);
                e.consume();
            }
        });
        Button previous = iconButton("find-previous", Feather.CHEVRON_UP, messages.get("find.previous"));
        previous.setOnAction(e -> model.findPrevious());
        Button next = iconButton("find-next", Feather.CHEVRON_DOWN, messages.get("find.next"));
        next.setOnAction(e -> model.findNext());
        Button close = iconButton("find-close", Feather.X, messages.get("find.close"));
        close.setOnAction(e -> close(model));

        Label count = new Label();
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        Runnable updateCount = () -> {
            int n = model.find().countProperty().get();
            boolean blank = model.findQueryProperty().get() == null || model.findQueryProperty().get().isBlank();
            count.setText(blank ? "" : n == 0 ? messages.get("find.none")
                    : messages.get("find.count", model.find().currentProperty().get() + 1, n));
            previous.setDisable(n == 0);
            next.setDisable(n == 0);
        };
        model.find().countProperty().addListener((obs, o, n) -> updateCount.run());
        model.find().currentProperty().addListener((obs, o, n) -> updateCount.run());
        model.findQueryProperty().addListener((obs, o, n) -> updateCount.run());
        updateCount.run();
        getChildren().addAll(new FontIcon(Feather.SEARCH), field, count, previous, next, close);
        setVisible(false);
        setManaged(false);
    }

    void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    private void close(ReaderViewModel model) {
        model.findQueryProperty().set("");
        setVisible(false);
        setManaged(false);
    }

    private static Button iconButton(String id, Feather icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "button-icon");
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}

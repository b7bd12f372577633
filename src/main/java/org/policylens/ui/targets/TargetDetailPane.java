package org.policylens.ui.targets;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.Comparator;
import org.policylens.model.TargetRecord;

/**
 * The records behind the chosen cell, each with its quote and a link to its clause, and a form to correct the chosen
 * record, confirm or reject it, and move it between indicator groups.
 */
final class TargetDetailPane extends VBox {

    private final TargetsViewModel model;
    private final Messages messages;
    private final Runnable showReader;
    private final ListView<TargetRecord> list = new ListView<>();
    private final TextField indicator = field("target-edit-indicator", 220);
    private final ComboBox<Comparator> comparator = new ComboBox<>();
    private final TextField value = field("target-edit-value", 70);
    private final TextField valueMax = field("target-edit-max", 60);
    private final TextField unit = field("target-edit-unit", 70);
    private final TextField year = field("target-edit-year", 64);
    private final CheckBox perYear;
    private final ComboBox<TargetsViewModel.GroupChoice> moveTo = new ComboBox<>();
    private final ComboBox<TargetsViewModel.GroupChoice> mergeInto = new ComboBox<>();
    private final TextField newGroup = field("target-split-name", 140);
    private final VBox form;

    TargetDetailPane(TargetsViewModel model, Messages messages, Runnable showReader) {
        this.model = model;
        this.messages = messages;
        this.showReader = showReader;
        getStyleClass().add("target-details");
        perYear = new CheckBox(messages.get("targets.edit.peryear"));
        perYear.setId("target-edit-peryear");
        Label title = new Label(messages.get("targets.details.title"));
        title.getStyleClass().add("pane-title");

        list.setId("target-details");
        list.setItems(model.details());
        list.setCellFactory(l -> new RecordCell());
        Label empty = new Label(messages.get("targets.details.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null) {
                model.chosenProperty().set(r);
            }
        });
        model.chosenProperty().addListener((obs, old, r) -> show(r));

        FlowPane actions = actions();
        form = new VBox(6, editGrid(), groupActions());
        form.getStyleClass().add("record-form");
        form.setPadding(new Insets(6, 8, 8, 8));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        // The records are what the user came for: the form scrolls rather than squeezing the list.
        scroll.setPrefViewportHeight(130);
        scroll.setMinViewportHeight(60);
        list.setMinHeight(110);
        VBox.setVgrow(list, Priority.ALWAYS);
        // The save, confirm and reject buttons stay in view below the form, like a dialog's buttons.
        actions.setPadding(new Insets(4, 8, 6, 8));
        actions.disableProperty().bind(model.chosenProperty().isNull());
        getChildren().addAll(title, list, scroll, actions);
        show(model.chosenProperty().get());
    }

    /** The fields wrap as pairs of label and input, so a narrow pane never cuts a label short. */
    private FlowPane editGrid() {
        comparator.setId("target-edit-comparator");
        comparator.getItems().setAll(Comparator.values());
        comparator.setCellFactory(l -> comparatorCell());
        comparator.setButtonCell(comparatorCell());
        FlowPane pane = new FlowPane(10, 6, pair("targets.edit.indicator", indicator),
                pair("targets.edit.value", comparator, value, label("targets.edit.to"), valueMax),
                pair("targets.edit.unit", unit), pair("targets.edit.year", year, perYear));
        pane.setAlignment(Pos.CENTER_LEFT);
        return pane;
    }

    private HBox pair(String key, javafx.scene.Node... inputs) {
        HBox box = new HBox(4, label(key));
        box.getChildren().addAll(inputs);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ListCell<Comparator> comparatorCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Comparator c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : messages.get("targets.comparator." + c.name().toLowerCase()));
            }
        };
    }

    private FlowPane actions() {
        Button save = button("target-save", "targets.edit.save", Feather.SAVE);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> withChosen(r -> model.edit(r, new TargetEdit(indicator.getText(), value.getText(),
                valueMax.getText(), unit.getText(), comparator.getValue(), year.getText(), perYear.isSelected()))));
        Button confirm = button("target-confirm", "targets.edit.confirm", Feather.CHECK);
        confirm.setOnAction(e -> withChosen(model::confirm));
        Button reject = button("target-reject", "targets.edit.reject", Feather.X);
        reject.getStyleClass().add("danger");
        reject.setOnAction(e -> withChosen(model::reject));
        Button open = button("target-open", "targets.details.open", Feather.FILE_TEXT);
        open.setOnAction(e -> withChosen(this::open));
        FlowPane pane = new FlowPane(6, 6, save, confirm, reject, open);
        pane.setAlignment(Pos.CENTER_LEFT);
        return pane;
    }

    private VBox groupActions() {
        moveTo.setId("target-move-group");
        moveTo.setPrefWidth(200);
        moveTo.setOnShowing(e -> moveTo.getItems().setAll(model.groupChoices()));
        Button move = button("target-move", "targets.group.move", Feather.CORNER_DOWN_RIGHT);
        move.setOnAction(e -> withChosen(r -> {
            if (moveTo.getValue() != null) {
                model.moveTo(r, moveTo.getValue());
            }
        }));
        Button split = button("target-split", "targets.group.split", Feather.SCISSORS);
        split.setOnAction(e -> withChosen(r -> model.splitOff(r, newGroup.getText())));
        Button reset = button("target-reset-group", "targets.group.reset", Feather.ROTATE_CCW);
        reset.setOnAction(e -> withChosen(model::resetGroup));
        mergeInto.setId("target-merge-group");
        mergeInto.setPrefWidth(200);
        mergeInto.setOnShowing(e -> mergeInto.getItems().setAll(model.groupChoices()));
        Button merge = button("target-merge", "targets.group.merge", Feather.GIT_MERGE);
        merge.setOnAction(e -> model.mergeSelectedInto(mergeInto.getValue()));
        merge.disableProperty().bind(model.selectedRowProperty().isNull());
        FlowPane record = new FlowPane(10, 6, pair("targets.group.record", moveTo, move),
                pair("targets.group.name", newGroup, split), reset);
        record.setAlignment(Pos.CENTER_LEFT);
        HBox row = new HBox(6, label("targets.group.row"), mergeInto, merge);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, record, row);
    }

    private void show(TargetRecord r) {
        form.getChildren().forEach(n -> n.setDisable(r == null));
        if (r == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        if (list.getSelectionModel().getSelectedItem() == null
                || list.getSelectionModel().getSelectedItem().id() != r.id()) {
            list.getSelectionModel().select(r);
        }
        indicator.setText(r.target().indicator());
        comparator.setValue(r.target().comparator());
        value.setText(TargetCellFormat.number(r.target().value()));
        valueMax.setText(r.target().valueMax() == null ? "" : TargetCellFormat.number(r.target().valueMax()));
        unit.setText(r.target().unit() == null ? "" : r.target().unit());
        year.setText(r.target().year() == null ? "" : String.valueOf(r.target().year()));
        perYear.setSelected(r.target().perYear());
    }

    private void withChosen(java.util.function.Consumer<TargetRecord> action) {
        TargetRecord r = model.chosenProperty().get();
        if (r != null) {
            action.accept(r);
        }
    }

    private void open(TargetRecord r) {
        model.openSource(r);
        showReader.run();
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("form-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private Button button(String id, String key, Feather icon) {
        Button b = new Button(messages.get(key), new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private static TextField field(String id, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(width);
        return f;
    }

    /** A record: where it is from, its value and status, the quote, and a link that opens the clause. */
    private final class RecordCell extends ListCell<TargetRecord> {
        @Override
        protected void updateItem(TargetRecord r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll(TargetsView.EDITED, TargetsView.CONFIRMED);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            Label head = new Label(messages.get("targets.details.head", model.columnTitle(r.document()),
                    r.target().indicator(), model.recordText(r), model.statusText(r.status())));
            head.getStyleClass().add("target-record-head");
            Label quote = new Label(r.target().quote());
            quote.getStyleClass().add("target-record-quote");
            quote.setWrapText(true);
            Hyperlink link = new Hyperlink(messages.get("targets.details.open"));
            link.getStyleClass().add("target-record-open");
            link.setOnAction(e -> open(r));
            HBox top = new HBox(8, head, link);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(2, top, quote);
            box.setMaxWidth(Double.MAX_VALUE);
            quote.maxWidthProperty().bind(list.widthProperty().subtract(40));
            setGraphic(box);
            if (r.status() == org.policylens.model.RecordStatus.EDITED) {
                getStyleClass().add(TargetsView.EDITED);
            }
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    open(getItem());
                }
            });
        }
    }
}

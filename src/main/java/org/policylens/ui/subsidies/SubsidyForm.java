package org.policylens.ui.subsidies;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.SubsidyRecord;

/** The chosen subsidy record: its quote, a form to correct it, and confirm, reject and open-in-reader actions. */
final class SubsidyForm extends BorderPane {

    private final SubsidiesViewModel model;
    private final Messages messages;
    private final Label quote = new Label();
    private final TextField item = field("subsidy-edit-item");
    private final TextField recipient = field("subsidy-edit-recipient");
    private final TextField amount = field("subsidy-edit-amount");
    private final TextField kind = field("subsidy-edit-kind");
    private final VBox form;

    SubsidyForm(SubsidiesViewModel model, Messages messages, Runnable showReader) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("record-form");
        Label title = new Label(messages.get("subsidies.form.title"));
        title.getStyleClass().add("pane-title");
        quote.setId("subsidy-quote");
        quote.getStyleClass().add("target-record-quote");
        quote.setWrapText(true);
        amount.setPromptText(messages.get("subsidies.edit.amount.prompt"));

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.addRow(0, label("subsidies.column.item"), item);
        grid.addRow(1, label("subsidies.column.recipient"), recipient);
        grid.addRow(2, label("subsidies.column.amount"), amount);
        grid.addRow(3, label("subsidies.column.kind"), kind);
        GridPane.setHgrow(item, Priority.ALWAYS);

        Button save = button("subsidy-save", "targets.edit.save", Feather.SAVE);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> withChosen(r -> model.edit(r, new SubsidyEdit(item.getText(), recipient.getText(),
                amount.getText(), kind.getText()))));
        Button confirm = button("subsidy-confirm", "targets.edit.confirm", Feather.CHECK);
        confirm.setOnAction(e -> withChosen(model::confirm));
        Button reject = button("subsidy-reject", "targets.edit.reject", Feather.X);
        reject.getStyleClass().add("danger");
        reject.setOnAction(e -> withChosen(model::reject));
        Button open = button("subsidy-open", "targets.details.open", Feather.FILE_TEXT);
        open.setOnAction(e -> withChosen(r -> {
            model.openSource(r);
            showReader.run();
        }));
        FlowPane actions = new FlowPane(6, 6, save, confirm, reject, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        form = new VBox(6, quote, grid);
        Label hint = new Label(messages.get("subsidies.form.empty"));
        hint.getStyleClass().add("empty-state");
        hint.setWrapText(true);
        hint.visibleProperty().bind(model.chosenProperty().isNull());
        hint.managedProperty().bind(hint.visibleProperty());
        form.visibleProperty().bind(model.chosenProperty().isNotNull());
        form.managedProperty().bind(form.visibleProperty());
        VBox content = new VBox(6, title, hint, form);
        content.setPadding(new Insets(6, 8, 4, 8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        // The buttons stay in view below the fields, like a dialog's, however small the pane.
        actions.setPadding(new Insets(4, 8, 6, 8));
        actions.disableProperty().bind(model.chosenProperty().isNull());
        setBottom(actions);
        model.chosenProperty().addListener((obs, old, r) -> show(r));
        show(model.chosenProperty().get());
    }

    private void show(SubsidyRecord r) {
        if (r == null) {
            return;
        }
        quote.setText(messages.get("subsidies.form.quote", model.region(r.document()), r.subsidy().quote()));
        item.setText(r.subsidy().item());
        recipient.setText(r.subsidy().recipient() == null ? "" : r.subsidy().recipient());
        amount.setText(r.subsidy().amountText());
        kind.setText(r.subsidy().kind());
    }

    private void withChosen(Consumer<SubsidyRecord> action) {
        SubsidyRecord r = model.chosenProperty().get();
        if (r != null) {
            action.accept(r);
        }
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

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}

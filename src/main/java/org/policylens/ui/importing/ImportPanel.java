package org.policylens.ui.importing;

import java.util.Arrays;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;

/**
 * The files of the current import, each with its state, above the status bar. It appears when an import starts and
 * stays until the user closes it, so a failure is not missed. Clicking a file opens its document.
 */
public final class ImportPanel extends VBox {

    private static final double LIST_HEIGHT = 160;
    private static final double ROW_HEIGHT = 38;
    private static final String[] STATE_CLASSES = Arrays.stream(ImportItem.State.values())
            .map(s -> "import-" + s.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private final ImportViewModel model;
    private final Messages messages;
    private final Label summary = new Label();

    public ImportPanel(ImportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("import-panel");
        getStyleClass().add("import-panel");

        Label heading = new Label(messages.get("import.panel.title"), new FontIcon(Feather.DOWNLOAD));
        heading.getStyleClass().add("import-panel-title");
        summary.setId("import-summary");
        summary.getStyleClass().add("import-panel-summary");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("import-close");
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip(messages.get("import.panel.close")));
        close.disableProperty().bind(model.runningProperty());
        close.setOnAction(e -> model.clearFinished());
        HBox header = new HBox(10, heading, summary, gap, close);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<ImportItem> list = new ListView<>(model.items());
        list.setId("import-list");
        list.setCellFactory(v -> new ItemCell());
        // As tall as its rows, up to a limit, so one file does not take a third of the window.
        list.prefHeightProperty().bind(Bindings.min(LIST_HEIGHT,
                Bindings.size(model.items()).multiply(ROW_HEIGHT).add(4)));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> model.open(item));

        getChildren().addAll(header, list);
        setPadding(new Insets(6, 10, 6, 10));
        setSpacing(4);
        visibleProperty().bind(Bindings.isNotEmpty(model.items()));
        managedProperty().bind(visibleProperty());
        model.items().addListener((ListChangeListener<ImportItem>) change -> refreshSummary());
        model.runningProperty().addListener((obs, old, running) -> refreshSummary());
    }

    private void refreshSummary() {
        summary.setText(model.summary());
    }

    /** A file: an icon (or a spinner while it is read), its name, and below it the counts or the reason it failed. */
    private final class ItemCell extends ListCell<ImportItem> {

        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox text = new VBox(2, name, detail);
        private final Button edit = new Button(messages.get("library.action.edit"));
        private final HBox row = new HBox(8);

        ItemCell() {
            name.getStyleClass().add("import-item-name");
            detail.getStyleClass().add("import-item-detail");
            detail.setWrapText(true);
            edit.getStyleClass().addAll("flat", "small");
            HBox.setHgrow(text, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        /** The state changes while the cell shows the file; it is drawn again then. */
        private final ChangeListener<ImportItem.State> redraw = (obs, old, now) -> render();
        private ImportItem shown;

        @Override
        protected void updateItem(ImportItem item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.stateProperty().removeListener(redraw);
            }
            shown = empty ? null : item;
            if (shown != null) {
                shown.stateProperty().addListener(redraw);
            }
            render();
        }

        private void render() {
            detail.textProperty().unbind();
            getStyleClass().removeAll(STATE_CLASSES);
            if (shown == null) {
                setGraphic(null);
                return;
            }
            ImportItem item = shown;
            name.setText(item.fileName());
            detail.textProperty().bind(item.detailProperty());
            ImportItem.State state = item.state();
            getStyleClass().add("import-" + state.name().toLowerCase(Locale.ROOT));
            row.getChildren().setAll(icon(state), text);
            if (state == ImportItem.State.IMPORTED) {
                edit.setOnAction(e -> model.actions().editMetadata(item.documentSlug()));
                row.getChildren().add(edit);
            }
            setGraphic(row);
        }

        private Node icon(ImportItem.State state) {
            if (state == ImportItem.State.READING) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setPrefSize(16, 16);
                return spinner;
            }
            FontIcon icon = new FontIcon(switch (state) {
                case WAITING -> Feather.CLOCK;
                case IMPORTED -> Feather.CHECK_CIRCLE;
                case DUPLICATE -> Feather.COPY;
                case FAILED -> Feather.ALERT_TRIANGLE;
                case READING -> Feather.LOADER;
            });
            icon.getStyleClass().add("import-state-icon");
            return icon;
        }
    }

}

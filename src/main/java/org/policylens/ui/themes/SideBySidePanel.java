package org.policylens.ui.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.CodedPassage;

/**
 * The open theme's passages, one column per selected document. Columns scroll on their own, or together when the
 * sync toggle is on. The row of columns is a horizontal list: only the columns in view are laid out, so opening a
 * theme with hundreds of compared documents builds a handful of columns, and the others are built when scrolled
 * to. A column whose content did not change keeps its node (and its scroll position) when the selection or another
 * column changes.
 */
final class SideBySidePanel extends BorderPane {

    /** The narrowest a column gets; fewer documents share the width between them. */
    static final double COLUMN_MIN_WIDTH = 220;

    private final ThemesViewModel model;
    private final Messages messages;
    private final Consumer<CodedPassage> openInReader;
    private final Label title = new Label();
    private final ListView<SideBySideColumn> columnList = new ListView<>();
    private final Map<String, Column> built = new HashMap<>();
    private final DoubleBinding columnWidth;
    private boolean syncing;
    private double syncedPosition;

    /** A column's node and the content it was built from, to tell whether it can stay. */
    private record Column(SideBySideColumn content, String theme, VBox node, ScrollPane scroll) {
    }

    SideBySidePanel(ThemesViewModel model, Messages messages, Consumer<CodedPassage> openInReader) {
        this.model = model;
        this.messages = messages;
        this.openInReader = openInReader;
        setId("side-by-side");
        getStyleClass().add("side-by-side");
        title.getStyleClass().add("side-title");
        title.setId("side-title");
        ToggleButton sync = new ToggleButton(messages.get("themes.sync"), new FontIcon(Feather.LINK));
        sync.setId("side-sync");
        sync.setTooltip(new Tooltip(messages.get("themes.sync.tooltip")));
        sync.selectedProperty().bindBidirectional(model.syncScrollingProperty());
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("side-close");
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip(messages.get("themes.close")));
        close.setOnAction(e -> model.closePanel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, sync, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("side-header");
        setTop(header);
        // Many documents do not fit side by side at a readable width: the row of columns then scrolls sideways.
        columnWidth = Bindings.createDoubleBinding(() -> Math.max(COLUMN_MIN_WIDTH,
                        (columnList.getWidth() - 24) / Math.max(1, model.columns().size())),
                columnList.widthProperty(), model.columns());
        columnList.setId("side-columns");
        columnList.getStyleClass().add("side-columns");
        columnList.setOrientation(Orientation.HORIZONTAL);
        columnList.setFocusTraversable(false);
        columnList.setItems(model.columns());
        columnList.setCellFactory(v -> new ColumnCell());
        // A fixed width spares the list from measuring columns it does not show, which would build them.
        columnList.fixedCellSizeProperty().bind(columnWidth);
        setCenter(columnList);
        model.columns().addListener((ListChangeListener<SideBySideColumn>) c -> showColumns());
        model.focusedDocumentProperty().addListener((obs, old, slug) -> markFocus());
        showColumns();
    }

    /** New columns: the title counts them; built columns whose content changed are dropped, to be built again. */
    private void showColumns() {
        List<SideBySideColumn> columns = model.columns();
        String theme = model.openThemeProperty().get();
        int passages = columns.stream().mapToInt(c -> c.passages().size()).sum();
        title.setText(theme == null ? "" : messages.get("themes.side.title", model.themeName(theme), passages,
                columns.size()));
        Map<String, SideBySideColumn> current = new HashMap<>();
        columns.forEach(c -> current.put(c.document(), c));
        built.values().removeIf(old -> !old.content().equals(current.get(old.content().document()))
                || !old.theme().equals(theme));
        markFocus();
    }

    /** The node of a document's column, built on first showing. */
    private Column column(SideBySideColumn content) {
        Column column = built.get(content.document());
        if (column == null) {
            column = build(content, model.openThemeProperty().get());
            built.put(content.document(), column);
        }
        return column;
    }

    private final class ColumnCell extends ListCell<SideBySideColumn> {

        /** The document whose column this cell shows; its node is let go when the cell moves on. */
        private String shown;

        ColumnCell() {
            getStyleClass().add("side-column-cell");
            prefWidthProperty().bind(columnWidth);
        }

        @Override
        protected void updateItem(SideBySideColumn content, boolean empty) {
            super.updateItem(content, empty);
            String document = empty || content == null ? null : content.document();
            if (shown != null && !shown.equals(document)) {
                // Scrolled out of view: built again if it comes back, so thousands of columns are never all kept.
                built.remove(shown);
            }
            shown = document;
            if (document == null) {
                setGraphic(null);
                return;
            }
            Column column = column(content);
            markFocus(column);
            if (model.syncScrollingProperty().get()) {
                column.scroll().setVvalue(syncedPosition);
            }
            setGraphic(column.node());
        }
    }

    private Column build(SideBySideColumn content, String theme) {
        Label header = new Label(messages.get("themes.side.column", content.label(), content.passages().size()));
        header.getStyleClass().add("side-column-header");
        header.setMaxWidth(Double.MAX_VALUE);
        VBox cards = new VBox(8);
        cards.getStyleClass().add("side-cards");
        for (CodedPassage passage : content.passages()) {
            cards.getChildren().add(new PassageCard(passage, theme, model, messages, openInReader));
        }
        if (content.passages().isEmpty()) {
            Label none = new Label(messages.get("themes.side.none"));
            none.getStyleClass().add("empty-state");
            none.setWrapText(true);
            cards.getChildren().add(none);
        }
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("side-scroll");
        scroll.vvalueProperty().addListener((obs, old, value) -> follow(scroll, value.doubleValue()));
        VBox column = new VBox(header, scroll);
        column.setId("side-column-" + content.document());
        column.getStyleClass().add("side-column");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new Column(content, theme, column, scroll);
    }

    /** With sync on, the other columns scroll to the same relative position. */
    private void follow(ScrollPane source, double value) {
        if (syncing || !model.syncScrollingProperty().get()) {
            return;
        }
        syncing = true;
        try {
            syncedPosition = value;
            built.values().stream().map(Column::scroll).filter(s -> s != source).forEach(s -> s.setVvalue(value));
        } finally {
            syncing = false;
        }
    }

    /** Marks the focused document's column and scrolls the row of columns to it. */
    private void markFocus() {
        built.values().forEach(this::markFocus);
        String focused = model.focusedDocumentProperty().get();
        int index = focused == null ? -1 : model.columns().stream().map(SideBySideColumn::document).toList()
                .indexOf(focused);
        if (index >= 0) {
            columnList.scrollTo(index);
        }
    }

    private void markFocus(Column column) {
        boolean focused = column.content().document().equals(model.focusedDocumentProperty().get());
        column.node().getStyleClass().remove("side-column-focused");
        if (focused) {
            column.node().getStyleClass().add("side-column-focused");
        }
    }

    /** The scroll pane of a document's column, or null when it has not been built (for tests). */
    ScrollPane scrollOf(String slug) {
        Column column = built.get(slug);
        return column == null ? null : column.scroll();
    }
}

package org.policylens.ui.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * sync toggle is on. A column whose content did not change keeps its node (and its scroll position) when the
 * selection or another column changes.
 */
final class SideBySidePanel extends BorderPane {

    private final ThemesViewModel model;
    private final Messages messages;
    private final Consumer<CodedPassage> openInReader;
    private final Label title = new Label();
    private final HBox columnBox = new HBox(8);
    private final Map<String, Column> shown = new HashMap<>();
    private final ScrollPane sideways = new ScrollPane(columnBox);
    private boolean syncing;

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
        columnBox.getStyleClass().add("side-columns");
        setTop(header);
        // Many documents do not fit side by side at a readable width: the row of columns then scrolls sideways.
        sideways.setFitToHeight(true);
        sideways.setFitToWidth(true);
        sideways.getStyleClass().add("side-columns-scroll");
        setCenter(sideways);
        model.columns().addListener((ListChangeListener<SideBySideColumn>) c -> showColumns());
        model.focusedDocumentProperty().addListener((obs, old, slug) -> markFocus());
        showColumns();
    }

    private void showColumns() {
        List<SideBySideColumn> columns = model.columns();
        String theme = model.openThemeProperty().get();
        int passages = columns.stream().mapToInt(c -> c.passages().size()).sum();
        title.setText(theme == null ? "" : messages.get("themes.side.title", model.themeName(theme), passages,
                columns.size()));
        Map<String, Column> kept = new HashMap<>();
        for (SideBySideColumn content : columns) {
            Column old = shown.get(content.document());
            kept.put(content.document(), old != null && old.content().equals(content) && old.theme().equals(theme)
                    ? old : build(content, theme));
        }
        shown.clear();
        shown.putAll(kept);
        columnBox.getChildren().setAll(columns.stream().map(c -> kept.get(c.document()).node()).toList());
        markFocus();
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
        column.setMinWidth(200);
        column.setPrefWidth(320);
        HBox.setHgrow(column, Priority.ALWAYS);
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
            shown.values().stream().map(Column::scroll).filter(s -> s != source).forEach(s -> s.setVvalue(value));
        } finally {
            syncing = false;
        }
    }

    private void markFocus() {
        String focused = model.focusedDocumentProperty().get();
        shown.forEach((slug, column) -> {
            column.node().getStyleClass().remove("side-column-focused");
            if (slug.equals(focused)) {
                column.node().getStyleClass().add("side-column-focused");
                // After layout, so the column's position is known: bring the clicked document's column into view.
                Platform.runLater(() -> scrollSidewaysTo(column.node()));
            }
        });
    }

    private void scrollSidewaysTo(VBox column) {
        double hidden = columnBox.getWidth() - sideways.getViewportBounds().getWidth();
        if (hidden > 0) {
            sideways.setHvalue(Math.min(1, column.getBoundsInParent().getMinX() / hidden));
        }
    }

    /** The scroll pane of a document's column, or null when it is not shown (for tests). */
    ScrollPane scrollOf(String slug) {
        Column column = shown.get(slug);
        return column == null ? null : column.scroll();
    }
}

package org.policylens.ui.themes;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.policylens.i18n.Messages;

/**
 * The heatmap: one row per theme, one column per selected document, and the row total. Headers sort (again to
 * reverse); a theme's name opens its passages side by side, a cell does the same with that document in focus.
 * The grid is laid out again when its rows change; it has a column per compared document, so cells stay light
 * (tooltips are made on first hover).
 */
final class HeatmapGrid extends GridPane {

    private final ThemesViewModel model;
    private final Messages messages;

    HeatmapGrid(ThemesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("heatmap");
        getStyleClass().add("heatmap");
        model.rows().addListener((ListChangeListener<HeatmapRow>) c -> rebuild());
        model.openThemeProperty().addListener((obs, old, code) -> rebuild());
        model.focusedDocumentProperty().addListener((obs, old, slug) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        getColumnConstraints().clear();
        List<String> documents = model.heatmapDocuments();
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(150);
        names.setHgrow(Priority.SOMETIMES);
        getColumnConstraints().add(names);
        add(header(messages.get("themes.column.theme"), ThemeSort.by(ThemeSort.Key.NAME), "heat-sort-name"), 0, 0);
        for (int c = 0; c < documents.size(); c++) {
            String slug = documents.get(c);
            ColumnConstraints column = new ColumnConstraints(84, 104, 160);
            column.setHalignment(HPos.CENTER);
            getColumnConstraints().add(column);
            add(header(model.label(slug), ThemeSort.byDocument(slug), "heat-sort-" + slug), c + 1, 0);
        }
        ColumnConstraints totals = new ColumnConstraints(64);
        totals.setHalignment(HPos.CENTER);
        getColumnConstraints().add(totals);
        add(header(messages.get("themes.column.total"), ThemeSort.by(ThemeSort.Key.TOTAL), "heat-sort-total"),
                documents.size() + 1, 0);

        List<HeatmapRow> rows = model.rows();
        for (int r = 0; r < rows.size(); r++) {
            HeatmapRow row = rows.get(r);
            add(rowName(row), 0, r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                add(cell(row, row.cells().get(c)), c + 1, r + 1);
            }
            Label total = new Label(Integer.toString(row.totalPassages()));
            total.getStyleClass().add("heat-total");
            add(total, row.cells().size() + 1, r + 1);
        }
    }

    private Label header(String text, ThemeSort sortKey, String id) {
        ThemeSort current = model.sortProperty().get();
        String arrow = !current.sameColumn(sortKey) ? "" : current.reversed() ? " ▲" : " ▼";
        Label label = new Label(text + arrow);
        label.setId(id);
        label.getStyleClass().add("heat-header");
        installTooltipOnHover(label, () -> messages.get("themes.sort.tooltip"));
        label.setMaxWidth(Double.MAX_VALUE);
        label.setOnMouseClicked(e -> model.sortBy(sortKey));
        return label;
    }

    private Label rowName(HeatmapRow row) {
        Label name = new Label(row.name());
        name.setId("heat-row-" + row.code());
        name.getStyleClass().add("heat-row-name");
        if (row.code().equals(model.openThemeProperty().get())) {
            name.getStyleClass().add("heat-open");
        }
        name.setMaxWidth(Double.MAX_VALUE);
        installTooltipOnHover(name, () -> messages.get("themes.row.tooltip", row.name()));
        name.setOnMouseClicked(e -> model.openTheme(row.code()));
        return name;
    }

    private Node cell(HeatmapRow row, HeatmapRow.Cell cell) {
        String share = percent(cell.share());
        Label label = new Label(cell.passages() == 0 ? "–" : cell.passages() + "\n" + share);
        label.setId("heat-" + row.code() + "-" + cell.document());
        label.getStyleClass().addAll("heat-cell", HeatScale.styleClass(cell.bucket()));
        if (row.code().equals(model.openThemeProperty().get())
                && cell.document().equals(model.focusedDocumentProperty().get())) {
            label.getStyleClass().add("heat-open");
        }
        label.setMaxWidth(Double.MAX_VALUE);
        installTooltipOnHover(label, () -> messages.get("themes.cell.tooltip", model.label(cell.document()),
                row.name(), cell.passages(), share));
        label.setOnMouseClicked(e -> model.openCell(row.code(), cell.document()));
        return label;
    }

    /**
     * Gives the label its tooltip when the pointer first enters it. A tooltip is a popup window with a scene of its
     * own; made up front for every cell, the tooltips of a 3,000-document heatmap held the UI thread for minutes.
     */
    private static void installTooltipOnHover(Label label, Supplier<String> text) {
        label.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (label.getTooltip() == null) {
                label.setTooltip(new Tooltip(text.get()));
            }
        });
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}

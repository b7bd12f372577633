package org.policylens.ui.targets;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Callback;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;

/**
 * The targets view: filters on top, the indicator × document table, and below it the records behind the chosen cell
 * (with the edit form) and a chart of the chosen indicator.
 */
public final class TargetsView extends BorderPane {

    static final String EDITED = "target-edited";
    static final String CONFIRMED = "target-confirmed";
    /**
     * Document columns shown at a time. A table row makes a cell for every column, shown or scrolled away: with
     * 3,000 compared documents the rows ran a 1 GB heap out of memory. Beyond this many the columns come in pages.
     */
    static final int COLUMNS_PER_PAGE = 25;

    private final TargetsViewModel model;
    private final Messages messages;
    private final TableView<TargetTableRow> table = new TableView<>();
    private final Label pageLabel = new Label();
    private final Button previousPage = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
    private final Button nextPage = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
    private final HBox pager = new HBox(4, previousPage, pageLabel, nextPage);
    private ColumnPage page = ColumnPage.at(0, COLUMNS_PER_PAGE, 0);
    private boolean syncing;

    /** @param showReader brings the reader to the front after a record was opened in it */
    public TargetsView(TargetsViewModel model, Messages messages, Runnable showReader) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("targets-view");
        setTop(toolbar());
        buildTable();
        SplitPane bottom = new SplitPane(new TargetDetailPane(model, messages, showReader),
                new TargetChart(model, messages));
        bottom.setDividerPositions(0.58);
        SplitPane split = new SplitPane(table, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
    }

    private HBox toolbar() {
        ComboBox<String> theme = new ComboBox<>();
        theme.setId("targets-theme-filter");
        theme.getItems().setAll(withAll(model.themes()));
        model.themes().addListener((ListChangeListener<String>) c -> theme.getItems().setAll(withAll(model.themes())));
        Callback<javafx.scene.control.ListView<String>, ListCell<String>> themeCells = list -> new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty ? null : model.themeName(code));
            }
        };
        theme.setCellFactory(themeCells);
        theme.setButtonCell(themeCells.call(null));
        theme.valueProperty().bindBidirectional(model.themeFilterProperty());

        ComboBox<Integer> year = new ComboBox<>();
        year.setId("targets-year-filter");
        year.getItems().setAll(withAll(model.years()));
        model.years().addListener((ListChangeListener<Integer>) c -> year.getItems().setAll(withAll(model.years())));
        Callback<javafx.scene.control.ListView<Integer>, ListCell<Integer>> yearCells = list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer y, boolean empty) {
                super.updateItem(y, empty);
                setText(empty ? null : y == null ? messages.get("targets.filter.allyears") : String.valueOf(y));
            }
        };
        year.setCellFactory(yearCells);
        year.setButtonCell(yearCells.call(null));
        year.valueProperty().bindBidirectional(model.yearFilterProperty());

        CheckBox shared = new CheckBox(messages.get("targets.filter.shared"));
        shared.setId("targets-shared-filter");
        shared.setTooltip(new Tooltip(messages.get("targets.filter.shared.tooltip")));
        shared.selectedProperty().bindBidirectional(model.sharedOnlyProperty());

        Label count = new Label();
        count.getStyleClass().add("targets-count");
        Runnable showCount = () -> count.setText(messages.get("targets.count", model.rows().size()));
        model.rows().addListener((ListChangeListener<TargetTableRow>) c -> showCount.run());
        // Also when a load finds no rows at all (the rows never change then).
        model.loadedProperty().addListener((obs, old, loaded) -> showCount.run());
        if (model.loadedProperty().get()) {
            showCount.run();
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        pager.setId("targets-pager");
        pager.setAlignment(Pos.CENTER_LEFT);
        previousPage.setId("targets-page-previous");
        nextPage.setId("targets-page-next");
        pageLabel.setId("targets-page");
        previousPage.setTooltip(new Tooltip(messages.get("targets.page.previous")));
        nextPage.setTooltip(new Tooltip(messages.get("targets.page.next")));
        // Icon-only buttons: a screen reader reads these instead.
        previousPage.setAccessibleText(messages.get("targets.page.previous"));
        nextPage.setAccessibleText(messages.get("targets.page.next"));
        previousPage.setOnAction(e -> showPage(page.previous()));
        nextPage.setOnAction(e -> showPage(page.next()));
        HBox bar = new HBox(8, new Label(messages.get("targets.filter.theme")), theme,
                new Label(messages.get("targets.filter.year")), year, shared, spacer, pager, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("comparison-toolbar");
        return bar;
    }

    /** The choices of a filter: null ("all") first. Set in one go, so the combo box does not move its selection. */
    private static <T> java.util.List<T> withAll(java.util.List<T> values) {
        java.util.List<T> out = new java.util.ArrayList<>();
        out.add(null);
        out.addAll(values);
        return out;
    }

    private void buildTable() {
        table.setId("targets-table");
        table.getStyleClass().add("targets-table");
        table.setItems(model.rows());
        table.getSelectionModel().setCellSelectionEnabled(true);
        // Columns keep a readable width; with many documents the table scrolls sideways rather than cutting figures.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label(messages.get(model.loadedProperty().get() ? "targets.empty" : "targets.loading"));
        placeholder.getStyleClass().add("empty-state");
        model.loadedProperty().addListener((obs, old, on) -> placeholder.setText(messages.get("targets.empty")));
        table.setPlaceholder(placeholder);
        rebuildColumns();
        // Another document ticked or unticked: stay on the page being read (rebuildColumns keeps it in range).
        model.columns().addListener((ListChangeListener<String>) c -> rebuildColumns());
        // Renamed in place: columns built anew would drop the table's selection.
        model.columnTitlesProperty().addListener((obs, old, count) -> table.getColumns().stream()
                .filter(c -> c.getUserData() instanceof String)
                .forEach(c -> c.setText(model.columnTitle((String) c.getUserData()))));
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> {
            if (syncing || model.arranging() || table.getSelectionModel().getSelectedCells().isEmpty()) {
                return;
            }
            TablePosition<?, ?> pos = table.getSelectionModel().getSelectedCells().get(0);
            TargetTableRow row = table.getItems().get(pos.getRow());
            String slug = pos.getTableColumn() == null ? null : (String) pos.getTableColumn().getUserData();
            model.select(row, slug);
        });
        // After a refresh replaced the chosen row, choose the same cell of the new row again; when it replaced other
        // rows, the table may have moved its selection: put it back on the chosen cell.
        model.selectedRowProperty().addListener((obs, old, row) -> reselect(row));
        model.rows().addListener((ListChangeListener<TargetTableRow>) c -> reselect(model.selectedRowProperty().get()));
    }

    private void reselect(TargetTableRow row) {
        int index = row == null ? -1 : table.getItems().indexOf(row);
        if (index < 0) {
            return;
        }
        TableColumn<TargetTableRow, ?> column = table.getColumns().stream()
                .filter(c -> java.util.Objects.equals(c.getUserData(), model.selectedSlug()))
                .findFirst().orElse(table.getColumns().get(0));
        if (!table.getSelectionModel().isSelected(index, column)) {
            syncing = true;
            try {
                table.getSelectionModel().clearAndSelect(index, column);
            } finally {
                syncing = false;
            }
        }
    }

    private void showPage(ColumnPage shown) {
        page = shown;
        rebuildColumns();
    }

    private void rebuildColumns() {
        List<String> documents = model.columns();
        page = ColumnPage.at(page.first(), COLUMNS_PER_PAGE, documents.size());
        pager.setVisible(page.paged());
        pager.setManaged(page.paged());
        pageLabel.setText(messages.get("targets.page", page.first() + 1, page.end(), page.total()));
        previousPage.setDisable(!page.hasPrevious());
        nextPage.setDisable(!page.hasNext());
        TableColumn<TargetTableRow, String> indicator = new TableColumn<>(messages.get("targets.column.indicator"));
        indicator.setId("targets-column-indicator");
        indicator.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        indicator.setPrefWidth(200);
        // All columns in one change: added one by one, the header row re-lays itself out per column.
        List<TableColumn<TargetTableRow, ?>> columns = new ArrayList<>();
        columns.add(indicator);
        for (String slug : documents.subList(page.first(), page.end())) {
            TableColumn<TargetTableRow, TargetTableRow> column = new TableColumn<>(model.columnTitle(slug));
            column.setId("targets-column-" + slug);
            column.setUserData(slug);
            column.setPrefWidth(150);
            column.setSortable(false);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> new ValueCell(slug));
            columns.add(column);
        }
        // New columns drop the table's cell selection (or leave it on a row without a column); that is no choice of
        // the user's, so the model keeps its cell, and the cell is chosen again when it is still shown.
        syncing = true;
        try {
            table.getColumns().setAll(columns);
        } finally {
            syncing = false;
        }
        reselect(model.selectedRowProperty().get());
    }

    /** A document's targets for one indicator; cells the user corrected are marked. */
    private final class ValueCell extends TableCell<TargetTableRow, TargetTableRow> {
        private final String slug;

        ValueCell(String slug) {
            this.slug = slug;
        }

        @Override
        protected void updateItem(TargetTableRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(EDITED, CONFIRMED);
            setTooltip(null);
            if (empty || row == null) {
                setText(null);
                return;
            }
            String text = model.cellText(row, slug);
            setText(text);
            if (row.isEdited(slug)) {
                getStyleClass().add(EDITED);
                setTooltip(new Tooltip(messages.get("targets.cell.edited", text)));
            } else {
                if (row.isConfirmed(slug)) {
                    getStyleClass().add(CONFIRMED);
                }
                setTooltip(text.isEmpty() ? null : new Tooltip(text));
            }
        }
    }

    public TableView<TargetTableRow> table() {
        return table;
    }
}

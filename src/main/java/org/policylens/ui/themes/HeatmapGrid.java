package org.policylens.ui.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.policylens.i18n.Messages;

/**
 * The heatmap: one row per theme, one column per compared document, and the row total. Headers sort (again to
 * reverse); a theme's name opens its passages side by side, a cell does the same with that document in focus. The
 * arrow keys move a cursor over the names and cells, Enter or Space opens what it is on.
 *
 * <p>Virtualized both ways: only the labels in view exist, a few hundred at most whether two or 3,000 documents are
 * compared. Scrolling, sorting and a change of the open cell rebind those labels to other rows and documents instead
 * of building new ones. Names stay at the left, totals at the right and document headers at the top while the cells
 * scroll; tooltips are made on first hover (a tooltip is a popup window with a scene of its own).
 */
final class HeatmapGrid extends Region {

    static final double CELL_WIDTH = 104;
    static final double ROW_HEIGHT = 40;
    static final double HEADER_HEIGHT = 30;
    static final double NAME_MIN_WIDTH = 150;
    static final double TOTAL_WIDTH = 64;
    static final double GAP = 3;
    /** The cursor's column when it is on the theme names. */
    static final int NAME_COLUMN = -1;
    /** The width asked for at most: enough for a few documents, so 3,000 of them do not widen the window. */
    private static final int PREFERRED_COLUMNS = 6;

    private final ThemesViewModel model;
    private final Messages messages;
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Pane headerPane = clippedPane();
    private final Pane namePane = clippedPane();
    private final Pane cellPane = clippedPane();
    private final Pane totalPane = clippedPane();
    private final Label nameHeader;
    private final Label totalHeader;
    private final List<PooledLabel> headers = new ArrayList<>();
    private final List<PooledLabel> names = new ArrayList<>();
    private final List<PooledLabel> cells = new ArrayList<>();
    private final List<PooledLabel> totals = new ArrayList<>();
    private List<String> documents = List.of();
    private List<HeatmapRow> rows = List.of();
    private int cursorRow;
    private int cursorColumn = NAME_COLUMN;
    private double viewWidth;
    private double viewHeight;
    /** Whether the user put the cursor somewhere (a click or a key): from then on resizing keeps it in view. */
    private boolean cursorPlaced;

    /** A label of the pool, bound to one row and/or column until the next layout. */
    private static final class PooledLabel extends Label {
        int row = -1;
        int column = -1;
        Object boundTo;
    }

    HeatmapGrid(ThemesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("heatmap");
        getStyleClass().add("heatmap");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        nameHeader = header("heat-sort-name", () -> ThemeSort.by(ThemeSort.Key.NAME));
        totalHeader = header("heat-sort-total", () -> ThemeSort.by(ThemeSort.Key.TOTAL));
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setId("heatmap-hbar");
        vertical.setId("heatmap-vbar");
        horizontal.valueProperty().addListener((obs, old, value) -> requestLayout());
        vertical.valueProperty().addListener((obs, old, value) -> requestLayout());
        getChildren().addAll(headerPane, namePane, cellPane, totalPane, nameHeader, totalHeader, horizontal, vertical);

        model.rows().addListener((ListChangeListener<HeatmapRow>) c -> rowsChanged());
        // The open cell and the sort only change styles and header arrows: the labels in view are bound again.
        model.openThemeProperty().addListener((obs, old, code) -> requestLayout());
        model.focusedDocumentProperty().addListener((obs, old, slug) -> requestLayout());
        model.sortProperty().addListener((obs, old, sort) -> requestLayout());
        focusedProperty().addListener((obs, old, on) -> requestLayout());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        rowsChanged();
    }

    private void rowsChanged() {
        String cursorTheme = cursorRow < rows.size() ? rows.get(cursorRow).code() : null;
        rows = List.copyOf(model.rows());
        documents = List.copyOf(model.heatmapDocuments());
        // After a sort the cursor stays on its theme, wherever the theme's row went.
        int sameTheme = cursorTheme == null ? -1
                : rows.stream().map(HeatmapRow::code).toList().indexOf(cursorTheme);
        cursorRow = sameTheme >= 0 ? sameTheme : Math.max(0, Math.min(cursorRow, rows.size() - 1));
        cursorColumn = Math.min(cursorColumn, documents.size() - 1);
        describeCursor();
        requestLayout();
    }

    // ---- layout -------------------------------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double height = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double contentWidth = span(documents.size(), CELL_WIDTH);
        double contentHeight = span(rows.size(), ROW_HEIGHT);
        double barWidth = vertical.prefWidth(-1);
        double barHeight = horizontal.prefHeight(-1);
        double fixedWidth = NAME_MIN_WIDTH + GAP + GAP + TOTAL_WIDTH;
        double fixedHeight = HEADER_HEIGHT + GAP;
        boolean sideways = contentWidth > width - fixedWidth;
        boolean upDown = contentHeight > height - fixedHeight - (sideways ? barHeight : 0);
        sideways = sideways || upDown && contentWidth > width - fixedWidth - barWidth;
        double viewWidth = Math.max(0, width - fixedWidth - (upDown ? barWidth : 0));
        double viewHeight = Math.max(0, height - fixedHeight - (sideways ? barHeight : 0));
        double shownWidth = Math.min(viewWidth, contentWidth);
        // Like a growing first column: when every document fits, the names take the room that is left over.
        double nameWidth = NAME_MIN_WIDTH + (sideways ? 0 : viewWidth - contentWidth);
        configure(horizontal, sideways, contentWidth, viewWidth, CELL_WIDTH + GAP);
        configure(vertical, upDown, contentHeight, viewHeight, ROW_HEIGHT + GAP);
        if (cursorPlaced && (viewWidth != this.viewWidth || viewHeight != this.viewHeight)) {
            // E.g. the side-by-side panel opened below and took most of the height: the clicked cell stays in view.
            scrollIntoView(vertical, viewHeight, cursorRow * (ROW_HEIGHT + GAP), ROW_HEIGHT);
            if (cursorColumn != NAME_COLUMN) {
                scrollIntoView(horizontal, viewWidth, cursorColumn * (CELL_WIDTH + GAP), CELL_WIDTH);
            }
        }
        double xOffset = horizontal.getValue();
        double yOffset = vertical.getValue();

        double left = in.getLeft();
        double top = in.getTop();
        double cellsX = left + nameWidth + GAP;
        double cellsY = top + HEADER_HEIGHT + GAP;
        double totalsX = cellsX + shownWidth + GAP;
        nameHeader.resizeRelocate(left, top, nameWidth, HEADER_HEIGHT);
        totalHeader.resizeRelocate(totalsX, top, TOTAL_WIDTH, HEADER_HEIGHT);
        headerPane.resizeRelocate(cellsX, top, shownWidth, HEADER_HEIGHT);
        namePane.resizeRelocate(left, cellsY, nameWidth, viewHeight);
        cellPane.resizeRelocate(cellsX, cellsY, shownWidth, viewHeight);
        totalPane.resizeRelocate(totalsX, cellsY, TOTAL_WIDTH, viewHeight);
        horizontal.resizeRelocate(cellsX, cellsY + viewHeight, shownWidth, barHeight);
        vertical.resizeRelocate(totalsX + TOTAL_WIDTH, cellsY, barWidth, viewHeight);

        int firstColumn = first(xOffset, CELL_WIDTH);
        int lastColumn = last(xOffset, viewWidth, CELL_WIDTH, documents.size());
        int firstRow = first(yOffset, ROW_HEIGHT);
        int lastRow = last(yOffset, viewHeight, ROW_HEIGHT, rows.size());
        this.viewWidth = viewWidth;
        this.viewHeight = viewHeight;
        bindHeaders();
        int used = 0;
        for (int c = firstColumn; c <= lastColumn; c++) {
            PooledLabel header = pooled(headers, headerPane, used++, this::newDocumentHeader);
            bindDocumentHeader(header, c);
            header.resizeRelocate(c * (CELL_WIDTH + GAP) - xOffset, 0, CELL_WIDTH, HEADER_HEIGHT);
        }
        hideFrom(headers, used);
        used = 0;
        int cellsUsed = 0;
        for (int r = firstRow; r <= lastRow; r++) {
            double y = r * (ROW_HEIGHT + GAP) - yOffset;
            PooledLabel name = pooled(names, namePane, used, this::newRowName);
            bindRowName(name, r);
            name.resizeRelocate(0, y, nameWidth, ROW_HEIGHT);
            PooledLabel total = pooled(totals, totalPane, used++, this::newTotal);
            bindTotal(total, r);
            total.resizeRelocate(0, y, TOTAL_WIDTH, ROW_HEIGHT);
            for (int c = firstColumn; c <= lastColumn; c++) {
                PooledLabel cell = pooled(cells, cellPane, cellsUsed++, this::newCell);
                bindCell(cell, r, c);
                cell.resizeRelocate(c * (CELL_WIDTH + GAP) - xOffset, y, CELL_WIDTH, ROW_HEIGHT);
            }
        }
        hideFrom(names, used);
        hideFrom(totals, used);
        hideFrom(cells, cellsUsed);
    }

    /** Sets a scroll bar up for content of this length in a view of that length (at 0 when none is needed). */
    private static void configure(ScrollBar bar, boolean needed, double content, double view, double unit) {
        bar.setVisible(needed);
        if (!needed) {
            bar.setValue(0);
            return;
        }
        double max = content - view;
        bar.setMax(max);
        bar.setVisibleAmount(max * view / content);
        bar.setUnitIncrement(unit);
        bar.setBlockIncrement(Math.max(unit, view - unit));
        if (bar.getValue() > max) {
            bar.setValue(max);
        }
    }

    private static double span(int count, double size) {
        return count == 0 ? 0 : count * (size + GAP) - GAP;
    }

    private static int first(double offset, double size) {
        return (int) Math.floor(offset / (size + GAP));
    }

    private static int last(double offset, double view, double size, int count) {
        return Math.min(count - 1, (int) Math.floor((offset + view) / (size + GAP)));
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + NAME_MIN_WIDTH + GAP + span(Math.min(PREFERRED_COLUMNS, documents.size()), CELL_WIDTH)
                + GAP + TOTAL_WIDTH + vertical.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + HEADER_HEIGHT + GAP + span(rows.size(), ROW_HEIGHT) + horizontal.prefHeight(-1)
                + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + HEADER_HEIGHT + GAP + ROW_HEIGHT + in.getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + NAME_MIN_WIDTH + GAP + CELL_WIDTH + GAP + TOTAL_WIDTH + in.getRight();
    }

    // ---- the pool -----------------------------------------------------------------------------------------------

    private static Pane clippedPane() {
        Pane pane = new Pane();
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(pane.widthProperty());
        clip.heightProperty().bind(pane.heightProperty());
        pane.setClip(clip);
        return pane;
    }

    /** The pool's label at {@code index}, made (and styled at once, so it never shows unstyled) when missing. */
    private static PooledLabel pooled(List<PooledLabel> pool, Pane pane, int index, Supplier<PooledLabel> factory) {
        if (index == pool.size()) {
            PooledLabel label = factory.get();
            // Placed by this grid, not by the pane.
            label.setManaged(false);
            pool.add(label);
            pane.getChildren().add(label);
            label.applyCss();
        }
        PooledLabel label = pool.get(index);
        label.setVisible(true);
        return label;
    }

    /** Hides the labels not in use; they lose their ids so that no lookup finds a cell that is not shown. */
    private static void hideFrom(List<PooledLabel> pool, int used) {
        for (int i = used; i < pool.size(); i++) {
            PooledLabel label = pool.get(i);
            if (label.isVisible()) {
                label.setVisible(false);
                label.setId(null);
                label.boundTo = null;
                label.row = -1;
                label.column = -1;
            }
        }
    }

    /**
     * Adds or removes a style class. A changed label is styled at once: layout runs after the pulse's CSS pass, so
     * it would otherwise show its previous colour for a frame.
     */
    private static void setFlag(Label label, String styleClass, boolean on) {
        boolean has = label.getStyleClass().contains(styleClass);
        if (on == has) {
            return;
        }
        if (on) {
            label.getStyleClass().add(styleClass);
        } else {
            label.getStyleClass().remove(styleClass);
        }
        label.applyCss();
    }

    // ---- headers ------------------------------------------------------------------------------------------------

    private Label header(String id, Supplier<ThemeSort> sortKey) {
        PooledLabel label = new PooledLabel();
        label.setId(id);
        label.getStyleClass().add("heat-header");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setOnMouseClicked(e -> model.sortBy(sortKey.get()));
        tooltipOnHover(label, () -> messages.get("themes.sort.tooltip"));
        return label;
    }

    private PooledLabel newDocumentHeader() {
        PooledLabel label = new PooledLabel();
        label.getStyleClass().add("heat-header");
        label.setOnMouseClicked(e -> model.sortBy(ThemeSort.byDocument(documents.get(label.column))));
        tooltipOnHover(label, () -> model.label(documents.get(label.column)) + "\n"
                + messages.get("themes.sort.tooltip"));
        return label;
    }

    private void bindHeaders() {
        nameHeader.setText(messages.get("themes.column.theme") + arrow(ThemeSort.by(ThemeSort.Key.NAME)));
        totalHeader.setText(messages.get("themes.column.total") + arrow(ThemeSort.by(ThemeSort.Key.TOTAL)));
    }

    private void bindDocumentHeader(PooledLabel label, int column) {
        String slug = documents.get(column);
        label.column = column;
        label.setId("heat-sort-" + slug);
        label.setText(model.label(slug) + arrow(ThemeSort.byDocument(slug)));
    }

    private String arrow(ThemeSort header) {
        ThemeSort current = model.sortProperty().get();
        return !current.sameColumn(header) ? "" : current.reversed() ? " ▲" : " ▼";
    }

    // ---- rows ---------------------------------------------------------------------------------------------------

    private PooledLabel newRowName() {
        PooledLabel label = new PooledLabel();
        label.getStyleClass().add("heat-row-name");
        label.setOnMouseClicked(e -> activate(label.row, NAME_COLUMN));
        tooltipOnHover(label, () -> messages.get("themes.row.tooltip", rows.get(label.row).name()));
        return label;
    }

    private void bindRowName(PooledLabel label, int r) {
        HeatmapRow row = rows.get(r);
        label.row = r;
        if (label.boundTo != row) {
            label.boundTo = row;
            label.setId("heat-row-" + row.code());
            label.setText(row.name());
            label.setAccessibleText(messages.get("themes.row.tooltip", row.name()));
        }
        setFlag(label, "heat-open", row.code().equals(model.openThemeProperty().get()));
        setFlag(label, "heat-cursor", isFocused() && cursorRow == r && cursorColumn == NAME_COLUMN);
    }

    private PooledLabel newTotal() {
        PooledLabel label = new PooledLabel();
        label.getStyleClass().add("heat-total");
        return label;
    }

    private void bindTotal(PooledLabel label, int r) {
        HeatmapRow row = rows.get(r);
        label.row = r;
        if (label.boundTo != row) {
            label.boundTo = row;
            label.setId("heat-total-" + row.code());
            label.setText(Integer.toString(row.totalPassages()));
        }
    }

    private PooledLabel newCell() {
        PooledLabel label = new PooledLabel();
        label.getStyleClass().add("heat-cell");
        label.setOnMouseClicked(e -> activate(label.row, label.column));
        tooltipOnHover(label, () -> cellDescription(rows.get(label.row), rows.get(label.row).cells()
                .get(label.column)));
        return label;
    }

    private void bindCell(PooledLabel label, int r, int c) {
        HeatmapRow row = rows.get(r);
        HeatmapRow.Cell cell = row.cells().get(c);
        label.row = r;
        label.column = c;
        if (label.boundTo != cell) {
            label.boundTo = cell;
            label.setId("heat-" + row.code() + "-" + cell.document());
            label.setText(cell.passages() == 0 ? "–" : cell.passages() + "\n" + percent(cell.share()));
            label.setAccessibleText(cellDescription(row, cell));
            if (label.getTooltip() != null) {
                // Rebound under a still pointer (a wheel scroll): the open tooltip describes the new cell.
                label.getTooltip().setText(label.getAccessibleText());
            }
            for (int bucket = 0; bucket < HeatScale.buckets(); bucket++) {
                setFlag(label, HeatScale.styleClass(bucket), bucket == cell.bucket());
            }
        }
        setFlag(label, "heat-open", row.code().equals(model.openThemeProperty().get())
                && cell.document().equals(model.focusedDocumentProperty().get()));
        setFlag(label, "heat-cursor", isFocused() && cursorRow == r && cursorColumn == c);
    }

    private String cellDescription(HeatmapRow row, HeatmapRow.Cell cell) {
        return messages.get("themes.cell.tooltip", model.label(cell.document()), row.name(), cell.passages(),
                percent(cell.share()));
    }

    /**
     * Gives the label a tooltip when the pointer first enters it, with the text of what the label shows now (a
     * pooled label shows other rows and documents as the grid scrolls).
     */
    private static void tooltipOnHover(Label label, Supplier<String> text) {
        label.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (label.getTooltip() == null) {
                label.setTooltip(new Tooltip());
            }
            label.getTooltip().setText(text.get());
        });
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    // ---- keyboard, wheel and cursor -----------------------------------------------------------------------------

    /** Opens the row's theme (on a name) or the cell, and puts the cursor there. */
    private void activate(int row, int column) {
        // A label still showing a row or column that a change removed, until the next layout rebinds it.
        if (row < 0 || row >= rows.size() || column >= documents.size()) {
            return;
        }
        moveCursor(row, column);
        if (column == NAME_COLUMN) {
            model.openTheme(rows.get(row).code());
        } else {
            model.openCell(rows.get(row).code(), documents.get(column));
        }
    }

    private void keyPressed(KeyEvent e) {
        int visibleRows = Math.max(1, (int) (viewHeight / (ROW_HEIGHT + GAP)));
        switch (e.getCode()) {
            case UP -> moveCursor(cursorRow - 1, cursorColumn);
            case DOWN -> moveCursor(cursorRow + 1, cursorColumn);
            case LEFT -> moveCursor(cursorRow, cursorColumn - 1);
            case RIGHT -> moveCursor(cursorRow, cursorColumn + 1);
            case PAGE_UP -> moveCursor(cursorRow - visibleRows, cursorColumn);
            case PAGE_DOWN -> moveCursor(cursorRow + visibleRows, cursorColumn);
            case HOME -> moveCursor(e.isShortcutDown() ? 0 : cursorRow, NAME_COLUMN);
            case END -> moveCursor(e.isShortcutDown() ? rows.size() - 1 : cursorRow, documents.size() - 1);
            case ENTER, SPACE -> activate(cursorRow, cursorColumn);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Moves the cursor (clamped to the grid) and scrolls it into view. */
    void moveCursor(int row, int column) {
        if (rows.isEmpty()) {
            return;
        }
        cursorRow = Math.max(0, Math.min(row, rows.size() - 1));
        cursorColumn = Math.max(NAME_COLUMN, Math.min(column, documents.size() - 1));
        cursorPlaced = true;
        scrollIntoView(vertical, viewHeight, cursorRow * (ROW_HEIGHT + GAP), ROW_HEIGHT);
        if (cursorColumn != NAME_COLUMN) {
            scrollIntoView(horizontal, viewWidth, cursorColumn * (CELL_WIDTH + GAP), CELL_WIDTH);
        }
        describeCursor();
        requestLayout();
    }

    private static void scrollIntoView(ScrollBar bar, double view, double start, double size) {
        if (!bar.isVisible()) {
            return;
        }
        if (start < bar.getValue()) {
            bar.setValue(start);
        } else if (start + size > bar.getValue() + view) {
            bar.setValue(Math.min(bar.getMax(), start + size - view));
        }
    }

    /** What a screen reader says for the grid: the cell under the cursor. */
    private void describeCursor() {
        if (rows.isEmpty()) {
            setAccessibleText(null);
            return;
        }
        HeatmapRow row = rows.get(cursorRow);
        setAccessibleText(cursorColumn == NAME_COLUMN ? messages.get("themes.row.tooltip", row.name())
                : cellDescription(row, row.cells().get(cursorColumn)));
    }

    private void scrolled(ScrollEvent e) {
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        // A wheel without a vertical scroll to do (or with Shift held) scrolls sideways.
        if (dx == 0 && (e.isShiftDown() || !vertical.isVisible())) {
            dx = dy;
            dy = 0;
        }
        scrollBy(horizontal, -dx);
        scrollBy(vertical, -dy);
        e.consume();
    }

    private static void scrollBy(ScrollBar bar, double delta) {
        if (bar.isVisible() && delta != 0) {
            bar.setValue(Math.max(0, Math.min(bar.getMax(), bar.getValue() + delta)));
        }
    }

    // ---- for tests ----------------------------------------------------------------------------------------------

    /** Labels that show a cell now (the pool's visible part). */
    int cellNodes() {
        return (int) cells.stream().filter(Label::isVisible).count();
    }

    /** Every label the grid ever made for cells: the pool does not grow when the grid is sorted or scrolled again. */
    int pooledCellNodes() {
        return cells.size();
    }

    ScrollBar horizontalBar() {
        return horizontal;
    }

    int cursorRow() {
        return cursorRow;
    }

    int cursorColumn() {
        return cursorColumn;
    }
}

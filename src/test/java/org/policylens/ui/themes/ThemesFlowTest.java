package org.policylens.ui.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylens.ui.common.BundledLibraryTest;
import org.policylens.model.CodedPassage;
import org.policylens.ui.common.RecordingDialogService;
import org.policylens.ui.common.DocumentSelectionControl;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.common.TestWindows;
import org.policylens.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The themes view as a researcher drives it, headless, on the five bundled documents. Tasks run on the FX thread
 * (direct executor), so each click has finished its work when the robot returns. Tests that edit coding use
 * themes the other tests do not read.
 */
@ExtendWith(ApplicationExtension.class)
class ThemesFlowTest extends BundledLibraryTest {

    private MainWindow window;
    private UiPreferences preferences;

    @Start
    void start(Stage stage) {
        preferences = TestWindows.preferences(dir);
        RecordingDialogService failing = new RecordingDialogService();
        window = TestWindows.show(stage, app, failing, preferences);
    }

    private ThemesViewModel themes() {
        return window.model().themes();
    }

    private void openThemesTab(FxRobot robot) {
        robot.clickOn("#tab-themes");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int chengdeCount(String code) {
        return app.themes().matrix("chengde").cell("chengde", code).passageCount();
    }

    private HeatmapGrid grid(FxRobot robot) {
        return robot.lookup("#heatmap").queryAs(HeatmapGrid.class);
    }

    /** Scrolls the heatmap until the theme's row (and the document's column) is in view, as a user would. */
    private void showInHeatmap(FxRobot robot, String code, String document) {
        int row = themes().rows().stream().map(HeatmapRow::code).toList().indexOf(code);
        int column = document == null ? HeatmapGrid.NAME_COLUMN : themes().heatmapDocuments().indexOf(document);
        robot.interact(() -> grid(robot).moveCursor(row, column));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The theme codes of the rows in view, top to bottom. */
    private List<String> rowsInView(FxRobot robot) {
        return robot.lookup(".heat-row-name").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .sorted(java.util.Comparator.comparingDouble(Node::getLayoutY))
                .map(label -> label.getId().substring("heat-row-".length())).toList();
    }

    /** The tab's view is built when first opened: a theme opened before that shows its passages side by side. */
    @Test
    void aTabFirstOpenedWithAThemeOpenShowsItsPassagesSideBySide(FxRobot robot) {
        robot.interact(() -> themes().openTheme("standards"));
        assertTrue(robot.lookup("#side-by-side").tryQuery().isEmpty(), "not built before its tab is opened");
        openThemesTab(robot);

        assertTrue(robot.lookup("#side-by-side").tryQuery().isPresent(), "the side-by-side panel is open");
        String first = themes().heatmapDocuments().get(0);
        assertEquals(app.themes().matrix(first).cell(first, "standards").passageCount(),
                robot.lookup("#side-column-" + first + " .side-passage").queryAll().size(),
                "the first document's column shows its passages of the theme");
    }

    @Test
    void standardsTimesChengdeCellShowsItsPassagesInTheChengdeColumn(FxRobot robot) {
        openThemesTab(robot);
        int expected = chengdeCount("standards");
        assertTrue(expected > 0);
        showInHeatmap(robot, "standards", "chengde");
        Label cell = robot.lookup("#heat-standards-chengde").queryAs(Label.class);
        assertTrue(cell.getText().startsWith(expected + "\n"), cell.getText());

        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("standards", themes().openThemeProperty().get());
        assertEquals("chengde", themes().focusedDocumentProperty().get());
        List<Node> cards = List.copyOf(robot.lookup("#side-column-chengde .side-passage").queryAll());
        assertEquals(expected, cards.size());
        assertTrue(robot.lookup("#side-column-chengde").query().getStyleClass().contains("side-column-focused"));
        assertTrue(robot.lookup("#side-column-chengde .side-evidence").tryQuery().isPresent(),
                "the evidence is highlighted");
        assertEquals(5, robot.lookup(".side-column").queryAll().size(), "one column per selected document");
    }

    @Test
    void removingAThemeFromAPassageDropsTheCountAndSurvivesReclassification(FxRobot robot) {
        openThemesTab(robot);
        int before = chengdeCount("infrastructure");
        showInHeatmap(robot, "infrastructure", "chengde");
        robot.clickOn("#heat-infrastructure-chengde");
        CodedPassage first = themes().columns().stream().filter(c -> c.document().equals("chengde")).findFirst()
                .orElseThrow().passages().get(0);
        // Fired rather than clicked: the card may sit below the visible part of its column in the small window.
        robot.interact(() -> robot.lookup("#side-remove-" + first.passageId() + "-infrastructure")
                .queryButton().fire());

        assertEquals(before - 1, themes().rows().stream().filter(r -> r.code().equals("infrastructure"))
                .findFirst().orElseThrow().cell("chengde").passages());
        assertTrue(robot.lookup("#heat-infrastructure-chengde").queryAs(Label.class).getText()
                .startsWith((before - 1) + "\n"));
        assertTrue(robot.lookup("#side-passage-" + first.passageId()).tryQuery().isEmpty(), "gone from the column");
        assertEquals(before - 1, chengdeCount("infrastructure"), "stored");

        app.themes().reclassifyAll();
        robot.interact(() -> themes().reload());
        assertEquals(before - 1, chengdeCount("infrastructure"), "reclassification keeps the user's decision");
        assertEquals(before - 1, themes().rows().stream().filter(r -> r.code().equals("infrastructure"))
                .findFirst().orElseThrow().cell("chengde").passages());
    }

    @Test
    void addingAThemeInTheReaderShowsItsChipAndCountsInTheMatrix(FxRobot robot) {
        int before = chengdeCount("consumer");
        CodedPassage target = app.themes().passages("chengde").stream().filter(p -> !p.has("consumer"))
                .filter(p -> p.length() > 20).findFirst().orElseThrow();
        robot.interact(() -> window.model().openPassage("chengde", target.start()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".reader-chip.theme-chip").tryQuery().isPresent(), "theme chips in the reader");

        robot.interact(() -> themes().addTheme(themes().codingProperty().get()
                .passageAt("chengde", target.start()).orElseThrow(), "consumer"));
        assertEquals(before + 1, chengdeCount("consumer"));
        assertTrue(robot.lookup(".reader-chip.theme-chip-manual").tryQuery().isPresent(),
                "the added theme shows as a chip at once");
    }

    @Test
    void theSelectionControlLimitsTheColumnsAndIsRemembered(FxRobot robot) {
        openThemesTab(robot);
        DocumentSelectionControl control = robot.lookup("#compare-selection").queryAs(DocumentSelectionControl.class);
        assertEquals("对比 5 / 5 个文件", control.getText(), "all documents at first");
        showInHeatmap(robot, "standards", null);
        robot.clickOn("#heat-row-standards");

        // With the keyboard: Down on the button opens the list on its first document; Space unchecks Anhui, Down and
        // Space Zhejiang; Escape closes it.
        robot.interact(control::requestFocus);
        robot.type(KeyCode.DOWN);
        assertTrue(control.isListShowing());
        ListView<?> list = robot.lookup("#compare-selection-list").queryAs(ListView.class);
        assertEquals(5, list.getItems().size());
        robot.type(KeyCode.SPACE);
        assertFalse(control.isChecked("anhui"));
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        assertFalse(control.isChecked("zhejiang"));
        robot.type(KeyCode.ESCAPE);
        assertFalse(control.isListShowing());
        assertEquals("对比 3 / 5 个文件", control.getText());
        // With the mouse: a click on the button opens it, a click on Yichun's box unchecks it. The list does not
        // follow its window, so moving the window closes it.
        javafx.stage.Window owner = control.getScene().getWindow();
        double startWidth = owner.getWidth();
        for (int resize = 1; resize <= 2; resize++) {
            robot.clickOn("#compare-selection");
            assertTrue(control.isListShowing());
            // Nothing reads the width in between, as in the app: the second resize must close the list too.
            double width = startWidth - 10 * resize;
            robot.interact(() -> owner.setWidth(width));
            assertFalse(control.isListShowing(), "resizing the window closes the list, every time (" + resize + ")");
        }
        robot.clickOn("#compare-selection");
        robot.interact(() -> owner.setX(owner.getX() + 20));
        assertFalse(control.isListShowing(), "moving the window closes the list");
        robot.clickOn("#compare-selection");
        CheckBox yichun = robot.from(list).lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(box -> "yichun".equals(((ListCell<?>) box.getParent()).getItem())).findFirst().orElseThrow();
        robot.clickOn(yichun);
        assertFalse(control.isChecked("yichun"));
        // A click on a document's name toggles it as well: Zhejiang in, and out again.
        ListCell<?> zhejiang = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> "zhejiang".equals(cell.getItem())).findFirst().orElseThrow();
        robot.clickOn(zhejiang);
        assertTrue(control.isChecked("zhejiang"));
        assertEquals("对比 3 / 5 个文件", control.getText());
        robot.clickOn(zhejiang);
        assertFalse(control.isChecked("zhejiang"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("hefei", "chengde"), themes().heatmapDocuments());
        assertEquals(List.of("hefei", "chengde"), themes().columns().stream().map(SideBySideColumn::document)
                .toList());
        assertEquals(2, robot.lookup(".side-column").queryAll().size());
        assertTrue(robot.lookup("#heat-standards-anhui").tryQuery().isEmpty());
        assertEquals(List.of("hefei", "chengde"), preferences.comparedDocuments());

        robot.interact(() -> control.setChecked("hefei", false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("hefei", "chengde"), window.model().comparison().slugs(),
                "fewer than two documents cannot be compared: the uncheck is undone");
        assertTrue(control.isChecked("hefei"));
        assertEquals("对比 2 / 5 个文件", control.getText());
    }

    @Test
    void aCellIsColouredByItsShareOfTheDocument(FxRobot robot) {
        openThemesTab(robot);
        showInHeatmap(robot, "standards", "chengde");
        var expected = app.themes().matrix("chengde").cell("chengde", "standards");
        int bucket = HeatScale.bucket(expected.passageCount(), expected.share());
        Label cell = robot.lookup("#heat-standards-chengde").queryAs(Label.class);
        assertTrue(cell.getStyleClass().contains(HeatScale.styleClass(bucket)), cell.getStyleClass().toString());
        assertEquals(1, cell.getStyleClass().stream().filter(c -> c.matches("heat-\\d")).count(),
                "one colour at a time, also on a label that showed another cell before");
        assertTrue(cell.getText().endsWith(HeatmapGrid.percent(expected.share())), cell.getText());
    }

    @Test
    void clickingTheTotalHeaderPutsTheMostCoveredThemeOnTopAndAgainTheLeast(FxRobot robot) {
        openThemesTab(robot);
        List<String> documents = List.copyOf(themes().heatmapDocuments());
        java.util.Map<String, Integer> totals = new java.util.LinkedHashMap<>();
        for (var theme : app.themes().codebooks().active().themes()) {
            totals.put(theme.code(), documents.stream()
                    .mapToInt(d -> app.themes().matrix(d).cell(d, theme.code()).passageCount()).sum());
        }
        int most = java.util.Collections.max(totals.values());
        int least = java.util.Collections.min(totals.values());
        // Ties keep codebook order, whichever way the sort runs.
        String first = totals.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow().getKey();
        String last = totals.entrySet().stream().filter(e -> e.getValue() == least).findFirst().orElseThrow().getKey();

        robot.clickOn("#heat-sort-total");
        assertEquals(first, rowsInView(robot).get(0));
        assertEquals(String.valueOf(most), robot.lookup("#heat-total-" + first).queryAs(Label.class).getText());
        assertTrue(robot.lookup("#heat-sort-total").queryAs(Label.class).getText().endsWith("▼"));

        robot.clickOn("#heat-sort-total");
        assertEquals(last, rowsInView(robot).get(0));
        assertTrue(robot.lookup("#heat-sort-total").queryAs(Label.class).getText().endsWith("▲"));
        robot.clickOn("#themes-sort-reset");
    }

    @Test
    void onlyTheCellsInViewAreNodesAndSortingReusesThem(FxRobot robot) {
        openThemesTab(robot);
        HeatmapGrid grid = grid(robot);
        int rowsInView = rowsInView(robot).size();
        assertTrue(rowsInView < themes().rows().size(), "the window is too small for every theme: "
                + rowsInView + " of " + themes().rows().size());
        assertEquals(rowsInView * themes().heatmapDocuments().size(), grid.cellNodes());
        int pooled = grid.pooledCellNodes();

        robot.clickOn("#heat-sort-total");
        robot.clickOn("#heat-sort-chengde");
        showInHeatmap(robot, themes().rows().get(themes().rows().size() - 1).code(), "chengde");
        robot.clickOn("#themes-sort-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pooled, grid.pooledCellNodes(), "sorting and scrolling made no new cells");
        assertEquals(rowsInView * themes().heatmapDocuments().size(), grid.cellNodes());
        assertEquals(rowsInView, robot.lookup(".heat-row-name").queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getId() != null).count());
    }

    @Test
    void theArrowKeysMoveOverTheCellsAndEnterOpensOne(FxRobot robot) {
        openThemesTab(robot);
        HeatmapGrid grid = grid(robot);
        robot.interact(grid::requestFocus);
        robot.type(javafx.scene.input.KeyCode.RIGHT, 2).type(javafx.scene.input.KeyCode.DOWN)
                .type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        HeatmapRow second = themes().rows().get(1);
        String document = themes().heatmapDocuments().get(1);
        assertEquals(second.code(), themes().openThemeProperty().get());
        assertEquals(document, themes().focusedDocumentProperty().get());
        Label cell = robot.lookup("#heat-" + second.code() + "-" + document).queryAs(Label.class);
        assertTrue(cell.getStyleClass().contains("heat-cursor"), "the cursor shows where it is");
        assertTrue(grid.getAccessibleText().contains(second.name()), grid.getAccessibleText());
        assertTrue(grid.getAccessibleText().contains(themes().label(document)), grid.getAccessibleText());
        robot.interact(() -> themes().closePanel());

        // Sorted by total, the cursor stays on its theme wherever the row went.
        robot.clickOn("#heat-sort-total");
        WaitForAsyncUtils.waitForFxEvents();
        int movedTo = themes().rows().stream().map(HeatmapRow::code).toList().indexOf(second.code());
        assertTrue(movedTo != 1, "sorting moved the theme's row (else this checks nothing)");
        Label moved = robot.lookup("#heat-" + second.code() + "-" + document).queryAs(Label.class);
        assertTrue(moved.getStyleClass().contains("heat-cursor"), "the cursor followed " + second.code());
    }
}

package org.policylens.ui.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylens.ui.common.BundledLibraryTest;
import org.policylens.model.RecordStatus;
import org.policylens.model.TargetRecord;
import org.policylens.service.AppContext;
import org.policylens.ui.common.RecordingDialogService;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.common.TestWindows;
import org.policylens.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The targets tab as a user drives it, headless, on the five bundled documents; tasks run at once on the FX thread.
 * The window is smaller than the headless screen (see MainWindowFlowTest), so every compared column is on screen.
 */
@ExtendWith(ApplicationExtension.class)
class TargetsFlowTest extends BundledLibraryTest {

    private Stage stage;
    private MainWindow window;
    private final RecordingDialogService recording = new RecordingDialogService();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = newWindow(stage);
    }

    private MainWindow newWindow(Stage on) {
        UiPreferences preferences = TestWindows.preferences(dir);
        MainWindow built = TestWindows.show(on, app, recording, preferences);
        return built;
    }

    private void openTargetsTab(FxRobot robot) {
        TabPane workspace = robot.lookup("#workspace").queryAs(TabPane.class);
        Tab tab = workspace.getTabs().stream().filter(t -> "tab-targets".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> workspace.getSelectionModel().select(tab));
        assertEquals("目标对比", tab.getText());
    }

    /** Shows the row and returns the cell of that document, as drawn on screen. */
    @SuppressWarnings("unchecked")
    private TableCell<TargetTableRow, ?> cell(FxRobot robot, String key, String slug) {
        TableView<TargetTableRow> table = robot.lookup("#targets-table").queryAs(TableView.class);
        TargetTableRow row = table.getItems().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#targets-table .table-cell").match((TableCell<TargetTableRow, ?> c) ->
                c.getTableRow() != null && c.getTableRow().getItem() != null
                        && c.getTableRow().getItem().key().equals(key)
                        && slug.equals(c.getTableColumn().getUserData())).query();
    }

    /**
     * The tab's view is built when the tab is first opened, after its model has loaded and maybe after a record was
     * chosen: it shows that state at once, not only the changes that follow.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aTabFirstOpenedAfterLoadingShowsTheFiltersCountAndChosenRecord(FxRobot robot) {
        TargetsViewModel model = window.model().targets();
        assertTrue(model.loadedProperty().get(), "the targets load with the window");
        TargetTableRow row = model.rows().stream().filter(r -> r.key().equals("manufacturing_pass_rate"))
                .findFirst().orElseThrow();
        robot.interact(() -> model.select(row, "chengde"));
        assertTrue(robot.lookup("#targets-table").tryQuery().isEmpty(), "not built before its tab is opened");

        openTargetsTab(robot);
        WaitForAsyncUtils.waitForFxEvents();
        var themes = robot.lookup("#targets-theme-filter").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(model.themes().size() + 1, themes.getItems().size(), "all themes, after 'all'");
        var years = robot.lookup("#targets-year-filter").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(model.years().size() + 1, years.getItems().size(), "all years, after 'all'");
        assertTrue(model.years().contains(2025));
        assertEquals(model.rows().size() + " 个指标",
                robot.lookup(".targets-count").queryAs(javafx.scene.control.Label.class).getText());
        assertEquals(model.chosenProperty().get().target().indicator(),
                robot.lookup("#target-edit-indicator").queryAs(javafx.scene.control.TextField.class).getText());
        assertTrue(robot.lookup(".comparison-chart").queryAs(javafx.scene.chart.XYChart.class).getData().size() > 0,
                "the chart shows the chosen row's values");
    }

    @Test
    void manufacturingPassRateShowsZhejiangYichunAndChengdeWithYears(FxRobot robot) {
        openTargetsTab(robot);
        robot.clickOn("#targets-shared-filter");
        assertEquals("96% (2022)", cell(robot, "manufacturing_pass_rate", "zhejiang").getText());
        assertEquals("≥94% (2025)", cell(robot, "manufacturing_pass_rate", "yichun").getText());
        assertEquals("≥92% (2023) → 94% (2025)", cell(robot, "manufacturing_pass_rate", "chengde").getText());

        // The cell's records, with their quotes, and the chart of the indicator.
        robot.clickOn(cell(robot, "manufacturing_pass_rate", "chengde"));
        List<String> quotes = window.model().targets().details().stream().map(r -> r.target().quote()).toList();
        assertEquals(List.of("制造业产品质量合格率稳定在92%以上", "制造业产品质量合格率达到94%"), quotes);
        assertEquals(4, window.model().targets().chart().size());

        // One click on a record's link opens its clause in the reader, marked.
        robot.clickOn((Node) robot.lookup("#target-details .target-record-open").query());
        assertEquals("chengde", window.model().reader().openSlug());
        TabPane workspace = robot.lookup("#workspace").queryAs(TabPane.class);
        assertEquals("tab-reader", workspace.getSelectionModel().getSelectedItem().getId());
        WaitForAsyncUtils.waitForFxEvents(5);
        assertTrue(robot.lookup(".reader-mark.target-mark-current").tryQuery().isPresent(),
                "the clause is highlighted in the reader");
        assertTrue(recording.shown().isEmpty(), recording.shown().toString());
    }

    @Test
    void anEditedValueIsMarkedAndSurvivesReextractionAndARestart(FxRobot robot) {
        openTargetsTab(robot);
        robot.clickOn(cell(robot, "star_green_building_share", "anhui"));
        robot.clickOn((Node) robot.lookup("#target-details .list-cell").match((ListCell<TargetRecord> c) ->
                c.getItem() != null && c.getItem().document().equals("anhui")).query());
        robot.doubleClickOn("#target-edit-value").eraseText(4).write("35");
        robot.clickOn("#target-save");

        TableCell<TargetTableRow, ?> edited = cell(robot, "star_green_building_share", "anhui");
        assertEquals("≥35% (2025)", edited.getText());
        assertTrue(edited.getStyleClass().contains(TargetsView.EDITED), edited.getStyleClass().toString());

        // Extraction runs again over the document, then the app restarts against the same library file.
        app.extraction().reextract("anhui");
        Path file = app.libraryFile();
        app.close();
        app = AppContext.open(file);
        robot.interact(() -> window = newWindow(stage));
        openTargetsTab(robot);

        TableCell<TargetTableRow, ?> reopened = cell(robot, "star_green_building_share", "anhui");
        assertEquals("≥35% (2025)", reopened.getText());
        assertTrue(reopened.getStyleClass().contains(TargetsView.EDITED), reopened.getStyleClass().toString());
        TargetRecord stored = app.targets().targets("anhui", false).stream()
                .map(r -> r.record()).filter(r -> r.target().indicator().equals("星级绿色建筑占比"))
                .findFirst().orElseThrow();
        assertEquals(RecordStatus.EDITED, stored.status());
        assertEquals(35.0, stored.target().value());
        assertTrue(recording.shown().isEmpty(), recording.shown().toString());
    }
}

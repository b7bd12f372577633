package org.policylens.ui.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

    @Test
    void standardsTimesChengdeCellShowsItsPassagesInTheChengdeColumn(FxRobot robot) {
        openThemesTab(robot);
        int expected = chengdeCount("standards");
        assertTrue(expected > 0);
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
        assertEquals(5, control.getCheckModel().getCheckedItems().size(), "all documents at first");
        robot.clickOn("#heat-row-standards");
        robot.interact(() -> {
            control.getCheckModel().clearCheck("anhui");
            control.getCheckModel().clearCheck("zhejiang");
            control.getCheckModel().clearCheck("yichun");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("hefei", "chengde"), themes().heatmapDocuments());
        assertEquals(List.of("hefei", "chengde"), themes().columns().stream().map(SideBySideColumn::document)
                .toList());
        assertEquals(2, robot.lookup(".side-column").queryAll().size());
        assertTrue(robot.lookup("#heat-standards-anhui").tryQuery().isEmpty());
        assertEquals(List.of("hefei", "chengde"), preferences.comparedDocuments());

        robot.interact(() -> control.getCheckModel().clearCheck("hefei"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("hefei", "chengde"), window.model().comparison().slugs(),
                "fewer than two documents cannot be compared: the uncheck is undone");
        assertTrue(control.getCheckModel().isChecked("hefei"));
        assertEquals("对比 2 / 5 个文件", control.getTitle());
    }
}

package org.policylens.ui.subsidies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylens.ui.common.BundledLibraryTest;
import org.policylens.model.SubsidyRecord;
import org.policylens.ui.common.RecordingDialogService;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.common.TestWindows;
import org.policylens.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The subsidies tab as a user drives it, headless, on the five bundled documents. */
@ExtendWith(ApplicationExtension.class)
class SubsidiesFlowTest extends BundledLibraryTest {

    private MainWindow window;
    private final RecordingDialogService recording = new RecordingDialogService();

    @Start
    void start(Stage stage) {
        UiPreferences preferences = TestWindows.preferences(dir);
        window = TestWindows.show(stage, app, recording, preferences);
    }

    private List<SubsidyRecord> shownRecords(SubsidiesView view) {
        List<SubsidyRecord> out = new ArrayList<>();
        for (TreeItem<SubsidiesView.Node> family : view.table().getRoot().getChildren()) {
            family.getChildren().forEach(item -> out.add(((SubsidiesView.RecordNode) item.getValue()).record()));
        }
        return out;
    }

    /** The tab's view is built when first opened: a record chosen before that is in its form at once. */
    @Test
    void aTabFirstOpenedAfterARecordWasChosenShowsItInTheForm(FxRobot robot) {
        var model = window.model().subsidies();
        SubsidyRecord chosen = model.families().get(0).members().get(0);
        robot.interact(() -> model.chosenProperty().set(chosen));
        TabPane workspace = robot.lookup("#workspace").queryAs(TabPane.class);
        Tab tab = workspace.getTabs().stream().filter(t -> "tab-subsidies".equals(t.getId())).findFirst()
                .orElseThrow();
        assertEquals(null, tab.getContent(), "not built before its tab is opened");
        robot.interact(() -> workspace.getSelectionModel().select(tab));

        assertEquals(chosen.subsidy().item(),
                robot.lookup("#subsidy-edit-item").queryAs(javafx.scene.control.TextField.class).getText());
        assertFalse(robot.lookup("#subsidy-reject").queryButton().isDisabled());
    }

    @Test
    void qualityAwardRewardsLineUpAndARejectedRecordLeavesTheViewAndTheExport(FxRobot robot) {
        TabPane workspace = robot.lookup("#workspace").queryAs(TabPane.class);
        Tab tab = workspace.getTabs().stream().filter(t -> "tab-subsidies".equals(t.getId())).findFirst()
                .orElseThrow();
        robot.interact(() -> workspace.getSelectionModel().select(tab));
        SubsidiesView view = (SubsidiesView) tab.getContent();

        TreeItem<SubsidiesView.Node> award = view.table().getRoot().getChildren().stream()
                .filter(f -> ((SubsidiesView.FamilyNode) f.getValue()).family().label().equals("中国质量奖"))
                .findFirst().orElseThrow();
        SubsidyRecord hefei = ((SubsidiesView.RecordNode) award.getChildren().get(0).getValue()).record();
        assertEquals("hefei", hefei.document());
        assertEquals("200万元", window.model().subsidies().amountText(hefei));

        robot.clickOn((Node) robot.lookup("#subsidies-table .tree-table-row-cell").match(
                (TreeTableRow<SubsidiesView.Node> row) -> row.getItem() instanceof SubsidiesView.RecordNode r
                        && r.record().id() == hefei.id()).query());
        assertEquals(hefei.id(), window.model().subsidies().chosenProperty().get().id());
        robot.clickOn("#subsidy-reject");

        assertFalse(shownRecords(view).stream().anyMatch(r -> r.id() == hefei.id()), "gone from the view");
        assertFalse(app.subsidies().subsidies(null, false).stream().anyMatch(r -> r.id() == hefei.id()),
                "gone from what the Excel export lists");
        assertTrue(app.subsidies().subsidies(null, true).stream().anyMatch(r -> r.id() == hefei.id()),
                "kept as rejected, so extraction will not bring it back");
        assertTrue(recording.shown().isEmpty(), recording.shown().toString());
    }
}

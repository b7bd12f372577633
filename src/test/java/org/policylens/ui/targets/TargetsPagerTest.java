package org.policylens.ui.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylens.model.DocumentSummary;
import org.policylens.service.MetadataOverrides;
import org.policylens.ui.importing.ImportFixtures;
import org.policylens.ui.importing.LibraryWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The targets table with more compared documents than fit on a page (25 columns at a time), headless: the bundled
 * five plus 25 small plans, all compared. Tasks run at once on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class TargetsPagerTest extends LibraryWindowTest {

    private static final int PLANS = 25;

    @BeforeAll
    static void importPlans() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plans"));
        for (int i = 1; i <= PLANS; i++) {
            Path plan = ImportFixtures.planWithRewardTable(folder, "plan-" + i + ".docx",
                    "本方案自印发之日起施行(第" + i + "版)。");
            app.importer().importFile(plan, MetadataOverrides.NONE);
        }
    }

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    /** Compares every document of the library and opens the targets tab. */
    private void compareAllAndOpenTargets(FxRobot robot) {
        List<String> all = window.model().library().allDocuments().stream().map(DocumentSummary::slug).toList();
        assertEquals(5 + PLANS, all.size());
        robot.interact(() -> window.model().comparison().select(all));
        robot.clickOn("#tab-targets");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<String> columnSlugs(FxRobot robot) {
        TableView<TargetTableRow> table = robot.lookup("#targets-table").queryAs(TableView.class);
        return table.getColumns().stream().map(TableColumn::getUserData).filter(String.class::isInstance)
                .map(String.class::cast).toList();
    }

    private String pageText(FxRobot robot) {
        return robot.lookup("#targets-page").queryAs(Label.class).getText();
    }

    @Test
    void thirtyComparedDocumentsArePagedTwentyFiveColumnsAtATime(FxRobot robot) {
        compareAllAndOpenTargets(robot);
        List<String> compared = window.model().targets().columns();
        assertEquals(30, compared.size());
        assertTrue(robot.lookup("#targets-pager").query().isVisible());
        assertEquals("文件 1–25 / 30", pageText(robot));
        assertEquals(compared.subList(0, 25), columnSlugs(robot));
        assertTrue(robot.lookup("#targets-page-previous").queryAs(Button.class).isDisabled());

        robot.clickOn("#targets-page-next");
        assertEquals("文件 26–30 / 30", pageText(robot));
        assertEquals(compared.subList(25, 30), columnSlugs(robot));
        assertTrue(robot.lookup("#targets-page-next").queryAs(Button.class).isDisabled());
        // The rows are the same on every page: the indicators of all compared documents.
        assertFalse(window.model().targets().rows().isEmpty());

        robot.clickOn("#targets-page-previous");
        assertEquals("文件 1–25 / 30", pageText(robot));
        assertEquals(compared.subList(0, 25), columnSlugs(robot));
    }

    @Test
    void comparingFewerDocumentsKeepsAPageInRangeAndHidesThePagerAtOnePage(FxRobot robot) {
        compareAllAndOpenTargets(robot);
        robot.clickOn("#targets-page-next");
        List<String> compared = window.model().targets().columns();

        // Four fewer documents: the second page shows what is left of it.
        robot.interact(() -> window.model().comparison().select(compared.subList(0, 26)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("文件 26–26 / 26", pageText(robot));
        assertEquals(compared.subList(25, 26), columnSlugs(robot));

        // Ten: there is no second page any more, so the table shows the last (only) page there is.
        robot.interact(() -> window.model().comparison().select(compared.subList(0, 10)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#targets-pager").query().isVisible(), "one page: no pager");
        assertEquals(compared.subList(0, 10), columnSlugs(robot));
    }
}

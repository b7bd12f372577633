package org.policylens.ui.exporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylens.ui.common.BundledLibraryTest;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.importing.RecordingDialogs;
import org.policylens.ui.common.TestWindows;
import org.policylens.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export Excel… in the main window, headless, with the save dialog answered by the test. */
@ExtendWith(ApplicationExtension.class)
class ExportFlowTest extends BundledLibraryTest {

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        UiPreferences preferences = TestWindows.preferences(dir);
        window = TestWindows.show(stage, app, dialogs, preferences);
    }

    private void exportWithShortcut(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlEExportsTheComparedDocumentsToAValidWorkbook(FxRobot robot) throws Exception {
        Path target = dir.resolve("out/对比.xlsx");
        dialogs.filesToSave.add(Optional.of(target));
        exportWithShortcut(robot);

        assertEquals(List.of(), dialogs.errors);
        assertTrue(dialogs.suggestedNames.get(0).matches("PolicyLens-对比-\\d{4}-\\d{2}-\\d{2}\\.xlsx"),
                dialogs.suggestedNames.toString());
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals("说明", workbook.getSheetName(0));
            assertEquals(window.model().comparison().slugs().size(), workbook.getSheet("文件").getLastRowNum(),
                    "one row per compared document");
        }
        assertTrue(dialogs.information.get(0).contains(target.toAbsolutePath().toString()));
    }

    @Test
    void aReadOnlyTargetGivesAClearMessageFromTheMenu(FxRobot robot) throws Exception {
        byte[] old = {9, 9, 9};
        Path target = Files.write(dir.resolve("read-only.xlsx"), old);
        assertTrue(target.toFile().setWritable(false, false));
        try {
            dialogs.filesToSave.add(Optional.of(target));
            dialogs.answer = true;
            robot.clickOn("#menu-file");
            robot.clickOn("#menu-export");
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals(1, dialogs.questions.size(), "asked before replacing the existing file");
            assertEquals(1, dialogs.errors.size());
            assertTrue(dialogs.errors.get(0).contains("文件是只读的"), dialogs.errors.get(0));
            assertArrayEquals(old, Files.readAllBytes(target));
        } finally {
            target.toFile().setWritable(true, false);
        }
    }
}

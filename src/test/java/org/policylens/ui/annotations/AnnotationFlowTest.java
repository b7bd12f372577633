package org.policylens.ui.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Annotation;
import org.policylens.service.AppContext;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.library.LibraryNode;
import org.policylens.ui.common.TestWindows;
import org.policylens.ui.main.MainWindow;
import org.policylens.ui.reader.ReaderBlock;
import org.policylens.ui.reader.ReaderSelection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student annotating hefei, headless: drag over text, Ctrl+M, note and tag, save; restart against the same library
 * and the highlight is still there; filter the panel by the tag; delete and undo.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotationFlowTest {


    @TempDir
    Path dir;
    private Stage stage;
    private AppContext app;
    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openLibrary(FxRobot robot) {
        app = AppContext.open(dir.resolve("lib.db"));
        app.importer().importBundled();
        robot.interact(this::showWindow);
    }

    @AfterEach
    void closeLibrary(FxRobot robot) {
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w != stage)
                .forEach(w -> ((Stage) w).close()));
        app.close();
    }

    /** A fresh window on the library, as after starting the app again. */
    private void showWindow() {
        UiPreferences preferences = TestWindows.preferences(dir);
        window = TestWindows.show(stage, app, dialogs, preferences);
    }

    private void restart(FxRobot robot) {
        robot.interact(() -> {
            app.close();
            app = AppContext.open(dir.resolve("lib.db"));
            showWindow();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openHefei(FxRobot robot) {
        robot.clickOn((Node) robot.lookup(".tree-cell").match((TreeCell<LibraryNode> cell) ->
                cell.getItem() instanceof LibraryNode.DocumentNode d && d.document().slug().equals("hefei"))
                .query());
        assertEquals("hefei", window.model().reader().openSlug());
    }

    /** The text of the first visible body paragraph of the reader and its cell. */
    private ListCell<?> firstBodyParagraph(FxRobot robot) {
        return robot.lookup("#reader-paragraphs .list-cell").match((ListCell<ReaderBlock> cell) -> cell.isVisible()
                && cell.getItem() != null && !cell.getItem().isHeading()
                && cell.getItem().passage().text().length() > 40).query();
    }

    /** Drags with the mouse over the first line of a paragraph, from its 3rd to about its 12th character. */
    private ReaderSelection dragOverText(FxRobot robot, ListCell<?> cell) {
        TextFlow flow = (TextFlow) cell.lookup(".reader-paragraph-text");
        Bounds screen = flow.localToScreen(flow.getLayoutBounds());
        double fontSize = 16;
        double y = screen.getMinY() + fontSize * 0.7;
        robot.moveTo(new Point2D(screen.getMinX() + fontSize * 2.5, y)).press(MouseButton.PRIMARY)
                .moveTo(new Point2D(screen.getMinX() + fontSize * 7, y))
                .moveTo(new Point2D(screen.getMinX() + fontSize * 11.5, y)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        return window.model().reader().selectionProperty().get();
    }

    private AnnotationsViewModel annotations() {
        return window.model().annotations();
    }

    private void showAnnotationsTab(FxRobot robot) {
        robot.clickOn((Node) robot.lookup(".tab").match(n -> n.getId() != null && n.getId().equals("tab-annotations"))
                .tryQuery().orElseGet(() -> robot.lookup("#tab-annotations").query()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void annotateWithATagSurvivesARestartFiltersByTagAndDeleteCanBeUndone(FxRobot robot) {
        openHefei(robot);
        ListCell<?> cell = firstBodyParagraph(robot);
        ReaderBlock block = (ReaderBlock) cell.getItem();
        ReaderSelection selection = dragOverText(robot, cell);
        assertNotNull(selection, "dragging over the text selects it");
        assertEquals("hefei", selection.slug());
        assertTrue(selection.text().length() >= 5, selection.text());
        assertEquals(block.passage().text().substring(selection.start() - block.passage().start(),
                selection.end() - block.passage().start()), selection.text());
        assertTrue(robot.lookup(".reader-mark.reader-selection").tryQuery().isPresent(), "the selection is drawn");

        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(selection.text(), robot.lookup("#annotation-editor-quote").queryAs(Label.class).getText());
        robot.clickOn("#annotation-note").write("read again");
        robot.clickOn("#annotation-color-green");
        TextField tagInput = robot.lookup("#annotation-tag-input").queryAs(TextField.class);
        robot.clickOn(tagInput);
        robot.interact(() -> tagInput.setText("市长质量奖"));
        robot.type(KeyCode.ENTER);
        assertEquals("", tagInput.getText(), "Enter turned the text into a tag");
        assertEquals(1, robot.listTargetWindows().stream().filter(w -> w != stage).count(), "Enter did not save");
        robot.clickOn("#annotation-save");
        WaitForAsyncUtils.waitForFxEvents();

        List<Annotation> stored = app.annotations().list("hefei");
        assertEquals(1, stored.size());
        assertEquals(List.of("市长质量奖"), stored.get(0).tags());
        assertEquals("read again", stored.get(0).note());
        assertEquals(selection.start(), stored.get(0).start());
        assertTrue(robot.lookup("#status-text").queryAs(Label.class).getText().startsWith("批注已保存"));
        assertTrue(robot.lookup(".reader-mark.annotation-green").tryQuery().isPresent());

        restart(robot);
        openHefei(robot);
        assertTrue(robot.lookup(".reader-mark.annotation-green").tryQuery().isPresent(),
                "after a restart the highlight is still there");

        app.annotations().annotateQuote("anhui", "标准", 1, "", null, List.of("标准"));
        robot.interact(() -> annotations().reload());
        showAnnotationsTab(robot);
        ComboBox<String> tagFilter = robot.lookup("#annotations-filter-tag").queryComboBox();
        assertEquals(2, annotations().shown().size());
        robot.interact(() -> tagFilter.setValue("市长质量奖"));
        assertEquals(List.of("hefei"), annotations().shown().stream().map(Annotation::documentSlug).toList());
        assertEquals("显示 1 / 共 2 条批注", robot.lookup("#annotations-count").queryAs(Label.class).getText());

        Node row = robot.lookup("#annotations-list .list-cell").match((ListCell<Annotation> c) ->
                c.getItem() != null).query();
        // Headless Monocle sends no context-menu event, so the row's menu is checked for its item and the Delete key,
        // which does the same, is pressed.
        assertTrue(robot.lookup("#annotations-list").queryListView().getContextMenu().getItems().stream()
                .anyMatch(item -> "annotations-delete".equals(item.getId())));
        robot.clickOn(row);
        assertEquals("hefei", window.model().reader().openSlug(), "a click opened the reader at the annotation");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.annotations().list("hefei").isEmpty());
        assertFalse(robot.lookup(".reader-mark.annotation-green").tryQuery().isPresent(), "the highlight is gone");
        assertTrue(robot.lookup("#annotations-undo").query().getParent().isVisible());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.annotations().list("hefei").size(), "Ctrl+Z brings it back");
        assertTrue(robot.lookup(".reader-mark.annotation-green").tryQuery().isPresent());
        assertFalse(robot.lookup("#annotations-undo").query().getParent().isVisible());
    }

    @Test
    void clickingAHighlightOpensItsEditorAndTheTooltipIsTheNote(FxRobot robot) {
        Annotation existing = app.annotations().annotateQuote("hefei", "質量", 1, "第一处“质量”", null,
                List.of("质量"));
        restart(robot);
        openHefei(robot);
        robot.interact(() -> annotations().open(existing));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text marked = robot.lookup(".reader-text.annotation-yellow")
                .queryAs(javafx.scene.text.Text.class);
        assertTrue(marked.getText().contains("質") || marked.getText().contains("量"), marked.getText());
        assertTrue(robot.lookup(".reader-mark.annotation-focused").tryQuery().isPresent(), "opened from the panel");

        robot.clickOn(marked);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("第一处“质量”", robot.lookup("#annotation-note").queryAs(javafx.scene.control.TextArea.class)
                .getText());
        robot.clickOn("#annotation-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.annotations().list(null).isEmpty(), "deleted from the editor");
        assertNotNull(annotations().lastDeletedProperty().get());
    }

    @Test
    void theTagManagerMergesATagIntoAnotherAfterConfirming(FxRobot robot) {
        app.annotations().annotateQuote("hefei", "質量", 1, "", null, List.of("标准化"));
        app.annotations().annotateQuote("anhui", "标准", 1, "", null, List.of("标准"));
        restart(robot);
        showAnnotationsTab(robot);
        robot.clickOn("#annotations-tags");
        robot.clickOn((Node) robot.lookup("#tag-manager-list .list-cell").match((ListCell<TagCount> c) ->
                c.getItem() != null && c.getItem().tag().equals("标准化")).query());
        TextField name = robot.lookup("#tag-manager-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("标准"));
        robot.clickOn("#tag-manager-rename");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.questions.size());
        assertEquals(java.util.Map.of("标准", 2), app.annotations().tags());
        assertEquals(List.of(new TagCount("标准", 2)), annotations().tags());
    }
}

package org.policylens.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylens.ui.common.BundledLibraryTest;
import org.policylens.model.Section;
import org.policylens.ui.common.DialogService;
import org.policylens.ui.common.TestWindows;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.library.LibraryNode;
import org.policylens.ui.reader.ReaderBlock;
import org.policylens.ui.search.SearchRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window as a user drives it, headless, on a library holding the five bundled documents. Tasks run on the
 * FX thread (direct executor), so every click has finished its work when the robot returns.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest extends BundledLibraryTest {

    /** What MainWindow logs; installed before the first window of the class is shown. */
    private static final List<String> MAIN_WINDOW_LOG = new CopyOnWriteArrayList<>();
    /** Held: JUL keeps loggers weakly, and a collected logger forgets its level and handler. */
    private static final Logger MAIN_WINDOW_LOGGER = Logger.getLogger(MainWindow.class.getName());

    static {
        MAIN_WINDOW_LOGGER.setLevel(Level.INFO);
        MAIN_WINDOW_LOGGER.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                MAIN_WINDOW_LOG.add(new SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private MainWindow window;
    private UiPreferences preferences;
    private final List<String> dialogs = new ArrayList<>();

    @Start
    void start(Stage stage) {
        preferences = TestWindows.preferences(dir);
        DialogService recording = new DialogService() {
            @Override
            public void showError(String title, String message) {
                dialogs.add("error: " + message);
            }

            @Override
            public void showInformation(String title, String message) {
                dialogs.add(message);
            }

            @Override
            public boolean confirm(String title, String message) {
                dialogs.add("confirm: " + message);
                return false;
            }

            @Override
            public java.util.Optional<Path> chooseFileToSave(String title, String defaultName, FileFilter filter) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
                return java.util.Optional.empty();
            }
        };
        window = TestWindows.show(stage, app, recording, preferences);
    }

    private static List<LibraryNode.DocumentNode> documentsIn(TreeItem<LibraryNode> item) {
        List<LibraryNode.DocumentNode> found = new ArrayList<>();
        if (item.getValue() instanceof LibraryNode.DocumentNode doc) {
            found.add(doc);
        }
        item.getChildren().forEach(child -> found.addAll(documentsIn(child)));
        return found;
    }

    private void openHefei(FxRobot robot) {
        robot.clickOn((Node) robot.lookup(".tree-cell").match((TreeCell<LibraryNode> cell) ->
                cell.getItem() instanceof LibraryNode.DocumentNode d && d.document().slug().equals("hefei"))
                .query());
        assertEquals("hefei", window.model().reader().openSlug());
    }

    /** The paragraphs the reader shows on screen right now. */
    private List<String> visibleParagraphs(FxRobot robot) {
        return robot.lookup("#reader-paragraphs .list-cell").queryAll().stream()
                .filter(Node::isVisible)
                .map(node -> ((javafx.scene.control.ListCell<?>) node).getItem())
                .filter(ReaderBlock.class::isInstance)
                .map(item -> ((ReaderBlock) item).passage().text())
                .toList();
    }

    @Test
    void logsTheTimeFromJvmStartToTheFirstRenderedLibrary() {
        WaitForAsyncUtils.waitForFxEvents();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        String line = MAIN_WINDOW_LOG.stream().filter(text -> text.startsWith("startup:")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no startup line in " + MAIN_WINDOW_LOG));
        var figures = Pattern.compile(
                "startup: library of (\\d+) documents rendered (\\d+) ms after JVM start \\((\\d+) ms CPU\\)")
                .matcher(line);
        assertTrue(figures.matches(), line);
        assertEquals(5, Integer.parseInt(figures.group(1)));
        long rendered = Long.parseLong(figures.group(2));
        // Counted by the JVM's uptime: never more than the JVM has been running now (the OS's process start time,
        // rounded to the boot second, made it up to a second too long).
        assertTrue(rendered > 0 && rendered <= uptime, rendered + " ms, JVM up for " + uptime + " ms");
    }

    @Test
    void opensWithTheFiveBundledDocumentsGroupedByLevel(FxRobot robot) {
        var tree = window.view().library().tree();
        assertEquals(5, documentsIn(tree.getRoot()).size());
        List<String> groups = tree.getRoot().getChildren().stream()
                .map(item -> ((LibraryNode.LevelGroup) item.getValue()).level().code()).toList();
        assertEquals(List.of("province", "city"), groups);
        assertTrue(robot.lookup("#status-counts").queryAs(Label.class).getText().startsWith("5 个文件"));
        assertTrue(robot.lookup("#reader-title").queryAs(Label.class).getText().length() > 4,
                "the first document opens at start");
    }

    @Test
    void viewsBehindUnopenedTabsEnterTheSceneWhenTheirTabIsFirstSelected(FxRobot robot) {
        assertTrue(robot.lookup("#themes-view").tryQuery().isEmpty(), "the themes view waits for its tab");
        assertTrue(robot.lookup("#targets-table").tryQuery().isEmpty(), "the targets view waits for its tab");
        assertTrue(robot.lookup("#annotations-view").tryQuery().isEmpty(), "the annotations view waits for its tab");

        selectTab(robot, "#workspace", "tab-targets");
        // Built before its tab was opened, the targets view shows what its model loaded meanwhile.
        TableView<?> targets = robot.lookup("#targets-table").queryAs(TableView.class);
        assertTrue(targets.isVisible());
        assertFalse(targets.getItems().isEmpty(), "the targets of the bundled documents");
        selectTab(robot, "#workspace", "tab-themes");
        assertTrue(robot.lookup("#themes-view").query().isVisible());

        selectTab(robot, ".tab-pane", "tab-annotations");
        // Built when its tab was opened, the annotations view starts from the library as it is.
        ComboBox<?> documents = robot.lookup("#annotations-filter-document").queryAs(ComboBox.class);
        assertEquals(1 + 5, documents.getItems().size(), "all documents, then each bundled one");
    }

    private static void selectTab(FxRobot robot, String tabPane, String tabId) {
        TabPane pane = robot.lookup(tabPane).match((TabPane p) -> p.getTabs().stream()
                .anyMatch(t -> tabId.equals(t.getId()))).queryAs(TabPane.class);
        robot.interact(() -> pane.getSelectionModel().select(pane.getTabs().stream()
                .filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
    }

    @Test
    void outlineOfHefeiNavigatesToChapterFour(FxRobot robot) {
        openHefei(robot);
        var outline = window.view().reader().outline();
        List<String> chapters = outline.getRoot().getChildren().stream().map(i -> i.getValue().label()).toList();
        assertEquals(List.of("一、", "二、", "三、", "四、", "五、"), chapters);
        assertFalse(visibleParagraphs(robot).stream().anyMatch(t -> t.startsWith("四、")), "not yet in view");

        robot.clickOn((Node) robot.lookup("#reader-outline .tree-cell").match((TreeCell<Section> cell) ->
                cell.getItem() != null && cell.getItem().label().equals("四、")).query());
        WaitForAsyncUtils.waitForFxEvents();

        ReaderBlock target = window.view().reader().paragraphs().getSelectionModel().getSelectedItem();
        assertTrue(target.passage().text().startsWith("四、"), target.passage().text());
        assertTrue(visibleParagraphs(robot).stream().anyMatch(t -> t.startsWith("四、")), "chapter four is on screen");
    }

    @Test
    void searchFindsPrizeInSeveralDocumentsAndOpensTheHighlightedHit(FxRobot robot) {
        robot.clickOn("#search-field").write("质量奖").type(KeyCode.ENTER);
        List<SearchRow> rows = window.model().search().rows();
        List<String> documents = rows.stream().filter(SearchRow.DocumentHeader.class::isInstance)
                .map(r -> ((SearchRow.DocumentHeader) r).slug()).toList();
        assertTrue(documents.size() >= 2, documents.toString());
        assertTrue(documents.contains("hefei"), documents.toString());

        var list = robot.lookup("#search-results").queryListView();
        int firstHefeiHit = rows.indexOf(rows.stream().filter(r -> r instanceof SearchRow.HitRow hit
                && hit.hit().documentSlug().equals("hefei")).findFirst().orElseThrow());
        robot.interact(() -> list.scrollTo(Math.max(0, firstHefeiHit - 1)));
        robot.clickOn((Node) robot.lookup("#search-results .list-cell").match(
                (javafx.scene.control.ListCell<SearchRow> cell) -> cell.isVisible()
                        && cell.getItem() instanceof SearchRow.HitRow hit
                        && hit.hit().documentSlug().equals("hefei")).query());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(SearchRow.HitRow.class, list.getSelectionModel().getSelectedItem().getClass());
        assertEquals("hefei", window.model().reader().openSlug());
        Node current = robot.lookup(".reader-mark.search-hit-current").query();
        assertTrue(current != null && current.isVisible(), "the opened hit is marked in the reader");
        assertTrue(preferences.recentQueries().contains("质量奖"), "the query is remembered");
    }

    @Test
    void emptySearchResultExplainsWhatToTry(FxRobot robot) {
        robot.clickOn("#search-field").write("不存在的词语xyz").type(KeyCode.ENTER);
        assertTrue(window.model().search().rows().isEmpty());
        assertTrue(robot.lookup(".empty-state").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("不存在的词语xyz")));
    }

    @Test
    void findInDocumentCountsAndStepsThroughMatches(FxRobot robot) {
        openHefei(robot);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("质量");
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        int total = window.model().reader().find().countProperty().get();
        assertTrue(total > 5, "Simplified query finds the Traditional 質量: " + total);
        assertEquals("第 1 / " + total + " 处", count.getText());
        robot.type(KeyCode.ENTER);
        assertEquals("第 2 / " + total + " 处", count.getText());
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        assertEquals("第 " + total + " / " + total + " 处", count.getText(), "previous wraps to the last");
        assertTrue(robot.lookup(".reader-mark.find-current").tryQuery().isPresent());
    }

    @Test
    void simplifiedToggleShowsHefeiInSimplified(FxRobot robot) {
        openHefei(robot);
        assertTrue(robot.lookup("#reader-title").queryAs(Label.class).getText().contains("關於"));
        robot.clickOn("#reader-simplified");
        assertTrue(robot.lookup("#reader-title").queryAs(Label.class).getText().contains("关于"));
        WaitForAsyncUtils.waitForFxEvents();
        boolean anyTraditionalLeft = robot.lookup(".reader-text").queryAllAs(javafx.scene.text.Text.class).stream()
                .filter(Node::isVisible).anyMatch(t -> t.getText().contains("質量"));
        assertFalse(anyTraditionalLeft);
    }

    @Test
    void switchingToEnglishRelabelsMenusAndKeepsTheOpenDocument(FxRobot robot) {
        openHefei(robot);
        assertEquals("视图(_V)", menuBar(robot).getMenus().get(2).getText());
        robot.clickOn("#menu-view");
        robot.clickOn("#menu-language");
        robot.clickOn("#menu-language-en");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("_File", "_Edit", "_View", "_Help"),
                menuBar(robot).getMenus().stream().map(m -> m.getText()).toList());
        assertEquals("Library", robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getTabs()
                .get(0).getText());
        assertTrue(robot.lookup("#status-counts").queryAs(Label.class).getText().startsWith("5 documents"));
        assertEquals("hefei", window.model().reader().openSlug(), "the open document stays open");
        assertEquals(java.util.Locale.ENGLISH, preferences.language());
        // The rebuilt window's comparisons load once it has shown the library, as the first window's did.
        assertFalse(window.model().targets().rows().isEmpty(), "targets compared");
        assertFalse(window.model().subsidies().families().isEmpty(), "subsidies compared");
    }

    @Test
    void darkThemeTogglesWithTheKeyboardAndIsRemembered(FxRobot robot) {
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(preferences.darkTheme());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
    }

    @Test
    void helpShowsTheShortcutsThroughTheDialogService(FxRobot robot) {
        robot.type(KeyCode.F1);
        assertEquals(1, dialogs.size());
        assertTrue(dialogs.get(0).contains("Ctrl+K"));
        MenuItem about = menuBar(robot).getMenus().get(3).getItems().get(1);
        robot.interact(about::fire);
        assertTrue(dialogs.get(1).contains(app.libraryFile().toString()), dialogs.get(1));
    }

    private static MenuBar menuBar(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }
}

package org.policylens.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylens.ui.common.BundledLibraryTest;
import org.policylens.ui.common.UiPreferences;
import org.policylens.ui.library.LibraryNode;
import org.policylens.ui.common.TestWindows;
import org.policylens.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing, refusing, skipping and removing documents as a user does it in the main window, headless. The file
 * choosers and questions are answered by {@link RecordingDialogs}; tasks run on the FX thread, so every action has
 * finished when the robot returns. Each test imports a text of its own, so the tests do not depend on their order.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest extends BundledLibraryTest {

    private static final AtomicInteger WINDOWS = new AtomicInteger();

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        UiPreferences preferences = TestWindows.preferences(dir);
        window = TestWindows.show(stage, app, dialogs, preferences);
    }

    private Path plan(String name, String lastSentence) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("files-" + WINDOWS.incrementAndGet()));
        return ImportFixtures.planWithRewardTable(folder, name, lastSentence);
    }

    private List<String> slugsInLibrary() {
        List<String> slugs = new ArrayList<>();
        collect(window.view().library().tree().getRoot(), slugs);
        return slugs;
    }

    private static void collect(TreeItem<LibraryNode> item, List<String> slugs) {
        if (item.getValue() instanceof LibraryNode.DocumentNode doc) {
            slugs.add(doc.document().slug());
        }
        item.getChildren().forEach(child -> collect(child, slugs));
    }

    private List<String> panelLines(FxRobot robot) {
        return robot.lookup("#import-list .import-item-detail").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    private void importWithShortcut(FxRobot robot, Path... files) {
        dialogs.filesToOpen.add(List.of(files));
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDocxWithARewardTableIsImportedListedAndOpenedInTheReader(FxRobot robot) throws IOException {
        int before = slugsInLibrary().size();
        importWithShortcut(robot, plan("reward-plan.docx", "第一个流程测试的结尾。"));

        ImportItem item = window.model().importing().items().get(0);
        assertEquals(ImportItem.State.IMPORTED, item.state(), item.detail());
        assertEquals(before + 1, slugsInLibrary().size());
        assertTrue(slugsInLibrary().contains(item.documentSlug()));
        assertEquals(item.documentSlug(), window.model().reader().openSlug(), "the new document opens");
        assertEquals(ImportFixtures.PLAN_TITLE, robot.lookup("#reader-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#import-panel").query().isVisible());
        assertTrue(panelLines(robot).get(0).endsWith("2 项补贴"), panelLines(robot).toString());
        assertEquals(1, dialogs.metadataShown.size(), "the metadata form offered the guess");
    }

    @Test
    void aBrokenDocxGetsAClearMessageAndTheLibraryIsUnchanged(FxRobot robot) throws IOException {
        List<String> before = slugsInLibrary();
        Path folder = Files.createDirectories(dir.resolve("broken-" + WINDOWS.incrementAndGet()));
        importWithShortcut(robot, ImportFixtures.brokenDocx(folder));

        assertEquals(before, slugsInLibrary());
        assertEquals(List.of("失败：文件已损坏，或解压后异常巨大（可能是压缩炸弹），不是可读的 .docx 文件。"), panelLines(robot));
        assertTrue(robot.lookup("#import-list .import-failed").tryQuery().isPresent(), "drawn as a failure");
        assertTrue(dialogs.metadataShown.isEmpty());
    }

    @Test
    void theSameFileTwiceIsReportedAsADuplicate(FxRobot robot) throws IOException {
        Path file = plan("twice.docx", "导入两次的文件。");
        importWithShortcut(robot, file);
        int after = slugsInLibrary().size();
        importWithShortcut(robot, file);

        assertEquals(after, slugsInLibrary().size());
        assertEquals("重复（已跳过）：与资料库中的《" + ImportFixtures.PLAN_TITLE + "》内容相同", panelLines(robot).get(1));
        Label summary = robot.lookup("#import-summary").queryAs(Label.class);
        assertEquals("已导入 1 · 重复 1 · 失败 0（共 2 个文件）", summary.getText());

        robot.clickOn("#import-close");
        assertFalse(robot.lookup("#import-panel").query().isVisible(), "closing empties and hides the panel");
    }

    @Test
    void removingFromTheLibraryConfirmsWithCountsThenRemovesAndTellsWhereTheBackupIs(FxRobot robot)
            throws IOException {
        importWithShortcut(robot, plan("to-remove.docx", "这个文件将被移除。"));
        String slug = window.model().importing().items().get(0).documentSlug();
        app.annotations().annotateQuote(slug, "制造业产品质量合格率", 1, "批注", org.policylens.model.AnnotationColor.BLUE,
                List.of());
        dialogs.answer = true;
        // The tree's context menu offers the same commands as the ⋯ button; Monocle has no right-click menu event,
        // so the robot uses the button.
        assertEquals(List.of("context-edit-metadata", "context-replace", "context-remove"),
                window.view().library().tree().getContextMenu().getItems().stream().map(i -> i.getId())
                        .filter(java.util.Objects::nonNull).toList());
        assertEquals(slug, window.model().library().selectedProperty().get().slug());
        robot.clickOn("#library-document-menu");
        robot.clickOn("#menu-remove");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.questions.get(0).contains("1 条批注"), dialogs.questions.get(0));
        assertFalse(slugsInLibrary().contains(slug));
        String told = dialogs.information.get(0);
        assertTrue(Files.isRegularFile(Path.of(told.substring(told.lastIndexOf('\n') + 1))), told);
        assertFalse(slug.equals(window.model().reader().openSlug()), "the reader moved on to another document");
    }

    @Test
    void importListOpensTheDocumentAFileBecame(FxRobot robot) throws IOException {
        Path first = plan("first.docx", "列表点击测试一。");
        Path second = plan("second.docx", "列表点击测试二。");
        importWithShortcut(robot, first, second);
        String firstSlug = window.model().importing().items().get(0).documentSlug();
        assertFalse(firstSlug.equals(window.model().reader().openSlug()), "the last imported one is open");

        @SuppressWarnings("unchecked")
        ListView<ImportItem> list = robot.lookup("#import-list").queryAs(ListView.class);
        robot.clickOn((Node) robot.lookup("#import-list .list-cell").match(
                (javafx.scene.control.ListCell<ImportItem> cell) -> cell.getItem() == list.getItems().get(0)).query());
        assertEquals(firstSlug, window.model().reader().openSlug());
    }

    /** Every document's tree item by slug, to tell whether a change rebuilt the tree or touched one item. */
    private java.util.Map<String, TreeItem<LibraryNode>> documentItems() {
        java.util.Map<String, TreeItem<LibraryNode>> items = new java.util.HashMap<>();
        collectItems(window.view().library().tree().getRoot(), items);
        return items;
    }

    private static void collectItems(TreeItem<LibraryNode> item, java.util.Map<String, TreeItem<LibraryNode>> items) {
        if (item.getValue() instanceof LibraryNode.DocumentNode doc) {
            items.put(doc.document().slug(), item);
        }
        item.getChildren().forEach(child -> collectItems(child, items));
    }

    private String selectedInTree() {
        TreeItem<LibraryNode> item = window.view().library().tree().getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof LibraryNode.DocumentNode doc ? doc.document().slug() : null;
    }

    @Test
    void anImportAddsItsDocumentAloneSelectsItAndCodesItsThemes(FxRobot robot) throws IOException {
        var before = documentItems();
        importWithShortcut(robot, plan("incremental.docx", "逐个加入资料库的文件。"));
        String slug = window.model().importing().items().get(0).documentSlug();

        var after = documentItems();
        assertEquals(before.size() + 1, after.size());
        before.forEach((other, item) -> assertTrue(after.get(other) == item, other + " kept its tree item"));
        assertEquals(slug, selectedInTree(), "the new document is selected in the list");
        assertEquals(slug, window.model().library().allDocuments().get(window.model().library().allDocuments()
                .size() - 1).slug(), "listed last, in import order");
        var coding = window.model().themes().codingProperty().get();
        assertTrue(coding.documents().contains(slug), "the themes view read the new document's passages");
        var stored = app.themes().matrix(slug);
        for (var theme : coding.codebook().themes()) {
            assertEquals(stored.cell(slug, theme.code()).passageCount(), coding.cell(slug, theme.code())
                    .passageCount(), theme.code());
        }
    }

    @Test
    void editingTheSelectedDocumentsMetadataUpdatesItsEntryAndKeepsTheSelection(FxRobot robot) throws IOException {
        importWithShortcut(robot, plan("to-edit.docx", "将要修改标题的文件。"));
        String slug = window.model().importing().items().get(0).documentSlug();
        var before = documentItems();
        dialogs.metadataEdit = m -> new org.policylens.model.DocumentMetadata(m.slug(), "改过标题的方案", m.issuer(),
                m.level(), m.region(), m.date(), m.docNumber(), m.script(), m.source());
        robot.clickOn("#library-document-menu");
        robot.clickOn("#menu-edit-metadata");
        WaitForAsyncUtils.waitForFxEvents();

        var after = documentItems();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((other, item) -> {
            if (!other.equals(slug)) {
                assertTrue(after.get(other) == item, other + " kept its tree item");
            }
        });
        assertEquals("改过标题的方案", ((LibraryNode.DocumentNode) after.get(slug).getValue()).document().metadata()
                .title());
        assertEquals(slug, selectedInTree(), "the edited document stays selected");
        assertEquals("改过标题的方案", window.model().library().selectedProperty().get().metadata().title());
        assertTrue(robot.lookup(".library-item-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("改过标题的方案")), "the list shows the new title");
    }

    @Test
    void aBatchOfFilesIsOneChangeOfTheLibraryList(FxRobot robot) throws IOException {
        AtomicInteger changes = new AtomicInteger();
        javafx.collections.ListChangeListener<org.policylens.model.DocumentSummary> counter = c -> changes
                .incrementAndGet();
        robot.interact(() -> window.model().library().allDocuments().addListener(counter));
        importWithShortcut(robot, plan("batch-one.docx", "一批中的第一个。"), plan("batch-two.docx", "一批中的第二个。"));
        robot.interact(() -> window.model().library().allDocuments().removeListener(counter));

        List<String> imported = window.model().importing().items().stream().map(ImportItem::documentSlug).toList();
        assertEquals(2, imported.size());
        assertTrue(slugsInLibrary().containsAll(imported), imported.toString());
        assertEquals(1, changes.get(), "the comparison views reload once for the whole batch");
        assertEquals(imported.get(1), selectedInTree());
    }
}

package org.policylens.ui.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylens.model.DocumentMetadata;
import org.policylens.service.TargetService.TargetRow;
import org.policylens.ui.importing.ImportFixtures;
import org.policylens.ui.importing.LibraryWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The targets tab while the library changes under it, headless, on the bundled documents: an import, a removal and a
 * metadata edit read only what they changed, and the table ends up as a whole reload would make it, with the
 * user's selection kept. Tasks run at once on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class TargetsLibraryChangeTest extends LibraryWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private static final AtomicInteger FILES = new AtomicInteger();


    private TargetsViewModel targets() {
        return window.model().targets();
    }

    private TargetTableRow row(String key) {
        return targets().rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<TargetTableRow> table(FxRobot robot) {
        return robot.lookup("#targets-table").queryAs(TableView.class);
    }

    /** Opens the targets tab and clicks the cell of this row and document, as a user picks a figure. */
    @SuppressWarnings("unchecked")
    private void chooseCell(FxRobot robot, String key, String slug) {
        robot.clickOn("#tab-targets");
        TableView<TargetTableRow> table = table(robot);
        robot.interact(() -> table.scrollTo(row(key)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#targets-table .table-cell").match((TableCell<TargetTableRow, ?> c) ->
                c.getTableRow() != null && c.getTableRow().getItem() != null
                        && c.getTableRow().getItem().key().equals(key)
                        && slug.equals(c.getTableColumn().getUserData())).queryAs(TableCell.class));
    }

    /** Imports a plan of its own (its metadata form is cancelled) and returns the new document's slug. */
    private String importPlan(FxRobot robot) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("files-" + FILES.incrementAndGet()));
        Path plan = ImportFixtures.planWithRewardTable(folder, "plan-" + FILES.get() + ".docx",
                "本方案自印发之日起施行(第" + FILES.get() + "版)。");
        List<String> before = slugs();
        robot.interact(() -> window.model().importing().importFiles(List.of(plan)));
        List<String> added = slugs().stream().filter(s -> !before.contains(s)).toList();
        assertEquals(1, added.size(), added.toString());
        return added.get(0);
    }

    /** What the view holds equals what a whole load reads from the library now. */
    private void assertSameAsWholeLoad() {
        TargetSnapshot held = targets().snapshot();
        TargetSnapshot whole = TargetSnapshot.load(app, false);
        assertEquals(whole.targets(), held.targets());
        assertEquals(whole.themesByTarget(), held.themesByTarget());
        assertEquals(whole.themeNames(), held.themeNames());
        assertEquals(whole.regions(), held.regions());
    }

    @Test
    void anImportShowsItsTargetsAndLeavesTheOtherRowsAndTheSelectedCellAlone(FxRobot robot) throws IOException {
        chooseCell(robot, "star_green_building_share", "anhui");
        List<TargetTableRow> before = List.copyOf(targets().rows());

        String slug = importPlan(robot);

        assertTrue(targets().columns().contains(slug), targets().columns().toString());
        List<TargetRow> stored = app.targets().targets(slug, false);
        assertFalse(stored.isEmpty());
        assertEquals(stored, targets().snapshot().targets().stream()
                .filter(r -> r.record().document().equals(slug)).toList());
        assertTrue(targets().cellText(row("manufacturing_pass_rate"), slug).contains("95%"),
                targets().cellText(row("manufacturing_pass_rate"), slug));
        // Rows the new document adds nothing to are the very rows shown before: the table redraws none of them.
        for (TargetTableRow old : before) {
            if (old.cell(slug).isEmpty() && !old.key().equals("manufacturing_pass_rate")) {
                assertSame(old, row(old.key()), old.key());
            }
        }
        assertEquals("star_green_building_share", targets().selectedRowProperty().get().key());
        assertEquals("anhui", targets().selectedSlug());
        TablePosition<?, ?> selected = table(robot).getSelectionModel().getSelectedCells().get(0);
        assertEquals("star_green_building_share", table(robot).getItems().get(selected.getRow()).key());
        assertEquals("anhui", selected.getTableColumn().getUserData());
        assertSameAsWholeLoad();
    }

    @Test
    void aRemovedDocumentsTargetsAreGone(FxRobot robot) throws IOException {
        robot.clickOn("#tab-targets");
        String slug = importPlan(robot);
        assertFalse(row("manufacturing_pass_rate").cell(slug).isEmpty());

        dialogs.answer = true;
        robot.interact(() -> window.model().importing().actions().remove(slug));

        assertFalse(slugs().contains(slug));
        assertFalse(targets().columns().contains(slug));
        assertTrue(targets().snapshot().targets().stream().noneMatch(r -> r.record().document().equals(slug)));
        assertTrue(row("manufacturing_pass_rate").cell(slug).isEmpty());
        assertSameAsWholeLoad();
    }

    @Test
    void aCodebookChangeLoadsTheTargetsWhole(FxRobot robot) {
        robot.clickOn("#tab-targets");
        TargetSnapshot before = targets().snapshot();
        robot.interact(() -> window.model().themes().codebookChanged());
        assertNotSame(before.themesByTarget(), targets().snapshot().themesByTarget(), "themes read again");
        assertSameAsWholeLoad();
    }

    @Test
    void aMetadataEditReadsNoTargetsAndRenamesTheColumn(FxRobot robot) {
        chooseCell(robot, "star_green_building_share", "anhui");
        TargetSnapshot before = targets().snapshot();
        List<TargetTableRow> rows = List.copyOf(targets().rows());
        dialogs.metadataEdit = m -> new DocumentMetadata(m.slug(), m.title(), m.issuer(), m.level(), "皖",
                m.date(), m.docNumber(), m.script(), m.source());

        robot.interact(() -> window.model().importing().actions().editMetadata("anhui"));

        TargetSnapshot after = targets().snapshot();
        assertEquals(before.targets().size(), after.targets().size());
        for (int i = 0; i < before.targets().size(); i++) {
            TargetRow was = before.targets().get(i);
            TargetRow now = after.targets().get(i);
            if (was.record().document().equals("anhui")) {
                // The same record, now carrying the document's new region (as a read would give it).
                assertEquals(was.record().id(), now.record().id());
                assertEquals("皖", now.record().region());
            } else {
                assertSame(was, now, "another document's target is kept, not read again");
            }
        }
        assertSame(before.themesByTarget(), after.themesByTarget(), "no passage was read again");
        assertEquals("皖", after.regions().get("anhui"));
        assertEquals(rows.stream().map(TargetTableRow::key).toList(),
                targets().rows().stream().map(TargetTableRow::key).toList());
        assertEquals("皖", table(robot).getColumns().stream().filter(c -> "anhui".equals(c.getUserData()))
                .findFirst().orElseThrow().getText());
        assertEquals("star_green_building_share", targets().selectedRowProperty().get().key());
        assertSameAsWholeLoad();
    }
}

package org.policylens.ui.subsidies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.SubsidyRecord;
import org.policylens.ui.importing.ImportFixtures;
import org.policylens.ui.importing.LibraryWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The subsidies tab while the library changes, headless: an import reads the new document's subsidies alone, a
 * metadata edit reads none, a removal takes the document's away, and after each the view holds what a whole reload
 * would read.
 */
@ExtendWith(ApplicationExtension.class)
class SubsidiesLibraryChangeTest extends LibraryWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }


    private SubsidiesViewModel subsidies() {
        return window.model().subsidies();
    }

    private void assertSameAsWholeLoad() {
        assertEquals(new SubsidiesViewModel.Snapshot(app.subsidies().subsidies(null, false),
                SubsidiesViewModel.regions(app.library().documents())), subsidies().snapshot());
    }

    private List<SubsidyRecord> heldOf(String slug) {
        return subsidies().snapshot().subsidies().stream().filter(r -> r.document().equals(slug)).toList();
    }

    @Test
    void anImportAMetadataEditAndARemovalEachChangeOnlyTheirDocument(FxRobot robot) throws Exception {
        robot.clickOn("#tab-subsidies");
        List<SubsidyRecord> anhui = heldOf("anhui");
        Path plan = ImportFixtures.planWithRewardTable(Files.createDirectories(dir.resolve("files")), "plan.docx",
                "本方案自印发之日起施行(补贴)。");
        List<String> before = slugs();
        robot.interact(() -> window.model().importing().importFiles(List.of(plan)));
        String slug = slugs().stream().filter(s -> !before.contains(s)).findFirst().orElseThrow();

        assertEquals(app.subsidies().subsidies(slug, false), heldOf(slug));
        assertFalse(heldOf(slug).isEmpty(), "the reward table gives subsidies");
        for (int i = 0; i < anhui.size(); i++) {
            assertSame(anhui.get(i), heldOf("anhui").get(i), "another document's records are kept, not read");
        }
        assertSameAsWholeLoad();

        SubsidiesViewModel.Snapshot beforeEdit = subsidies().snapshot();
        dialogs.metadataEdit = m -> new DocumentMetadata(m.slug(), m.title(), m.issuer(), m.level(), "某某市(改)",
                m.date(), m.docNumber(), m.script(), m.source());
        robot.interact(() -> window.model().importing().actions().editMetadata(slug));
        List<SubsidyRecord> afterEdit = subsidies().snapshot().subsidies();
        assertEquals(beforeEdit.subsidies().size(), afterEdit.size());
        for (int i = 0; i < afterEdit.size(); i++) {
            if (afterEdit.get(i).document().equals(slug)) {
                assertEquals(beforeEdit.subsidies().get(i).id(), afterEdit.get(i).id());
                assertEquals("某某市(改)", afterEdit.get(i).region());
            } else {
                assertSame(beforeEdit.subsidies().get(i), afterEdit.get(i), "a metadata edit reads no subsidy");
            }
        }
        assertEquals("某某市(改)", subsidies().region(slug));
        assertSameAsWholeLoad();

        dialogs.answer = true;
        robot.interact(() -> window.model().importing().actions().remove(slug));
        assertTrue(heldOf(slug).isEmpty());
        assertTrue(subsidies().families().stream().flatMap(f -> f.members().stream())
                .noneMatch(r -> r.document().equals(slug)));
        assertSameAsWholeLoad();
    }
}

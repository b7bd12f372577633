package org.policylens.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylens.ui.importing.ImportFixtures;
import org.policylens.ui.importing.LibraryWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The library list's empty text while a filter hides everything: it says whether the filter matches nothing or the
 * library holds nothing, also after documents the filter hides were removed or imported. Headless; tasks run at once
 * on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryEmptyStateTest extends LibraryWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    /** The empty text, or null while documents are listed. */
    private String emptyText(FxRobot robot) {
        return robot.lookup(".empty-state").queryAllAs(Label.class).stream()
                .filter(label -> label.getParent() != null && label.getParent().getChildrenUnmodifiable().stream()
                        .anyMatch(node -> node == window.view().library().tree()))
                .filter(Node::isVisible).map(Label::getText).findFirst().orElse(null);
    }

    @Test
    void removingAndImportingHiddenDocumentsSwitchesBetweenNoMatchAndEmptyLibrary(FxRobot robot) throws IOException {
        dialogs.answer = true;
        robot.interact(() -> window.model().library().filterProperty().set("没有这样的文件"));
        assertEquals("没有符合筛选条件的文件。", emptyText(robot));

        for (String slug : List.copyOf(slugs())) {
            robot.interact(() -> window.model().importing().actions().remove(slug));
        }
        assertTrue(slugs().isEmpty());
        assertEquals("资料库中还没有文件。", emptyText(robot), "the library is empty, whatever the filter");

        Path plan = ImportFixtures.planWithRewardTable(Files.createDirectories(dir.resolve("files")), "plan.docx",
                "加强组织领导,落实工作责任。");
        robot.interact(() -> window.model().importing().importFiles(List.of(plan)));
        assertEquals(1, slugs().size());
        assertEquals("没有符合筛选条件的文件。", emptyText(robot), "a document is there; the filter hides it");

        robot.interact(() -> window.model().library().filterProperty().set(""));
        assertEquals(null, emptyText(robot));
    }
}

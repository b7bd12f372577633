package org.policylens.ui.importing;

import java.util.List;
import javafx.stage.Stage;
import org.policylens.model.DocumentSummary;
import org.policylens.ui.common.BundledLibraryTest;
import org.policylens.ui.common.TestWindows;
import org.policylens.ui.main.MainWindow;

/** Base of UI tests that change the bundled library under an open main window and watch a view follow. */
public abstract class LibraryWindowTest extends BundledLibraryTest {

    protected MainWindow window;
    protected final RecordingDialogs dialogs = new RecordingDialogs();

    /** Opens the main window; call from the subclass's {@code @Start} method (TestFX looks only at the class's own). */
    protected void openWindow(Stage stage) {
        window = TestWindows.show(stage, app, dialogs, TestWindows.preferences(dir));
    }

    /** The slugs of the library list the window shows, in its order. */
    protected List<String> slugs() {
        return window.model().library().allDocuments().stream().map(DocumentSummary::slug).toList();
    }
}

package org.policylens.ui.importing;

import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dropped onto the window are imported. Every dropped file is accepted, also of an unsupported type, so the
 * import panel can say why such a file was refused instead of the drop silently doing nothing.
 */
public final class ImportDropTarget {

    private static final String HOVER_CLASS = "import-drop-hover";

    private ImportDropTarget() {
    }

    public static void install(Node target, ImportViewModel model) {
        // Filters, not handlers: a text field or list under the pointer must not swallow a file drop meant for import.
        target.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!target.getStyleClass().contains(HOVER_CLASS)) {
                    target.getStyleClass().add(HOVER_CLASS);
                }
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove(HOVER_CLASS));
        target.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            target.getStyleClass().remove(HOVER_CLASS);
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            List<File> files = e.getDragboard().getFiles();
            e.setDropCompleted(true);
            e.consume();
            model.importFiles(files.stream().map(File::toPath).toList());
        });
    }
}

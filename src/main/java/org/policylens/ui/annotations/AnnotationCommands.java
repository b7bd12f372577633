package org.policylens.ui.annotations;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;
import org.policylens.ui.reader.ReaderSelection;
import org.policylens.ui.reader.ReaderView;

/**
 * Annotating from the reader and the menus: Ctrl+M or the text's context menu on a selection opens the editor, a
 * click on a highlight opens it for that annotation, Ctrl+Z restores the last deleted one, and File offers JSON-LD
 * export and import.
 */
public final class AnnotationCommands {

    private final AnnotationsViewModel model;
    private final ReaderView reader;
    private final Messages messages;
    /** New annotations start in the colour used last, so coding a run of passages takes fewer clicks. */
    private AnnotationColor lastColor = AnnotationColor.YELLOW;
    private AnnotationEditor openEditor;

    public AnnotationCommands(AnnotationsViewModel model, ReaderView reader, Messages messages) {
        this.model = model;
        this.reader = reader;
        this.messages = messages;
        // No accelerator on the context menu's copy: the Edit menu's Ctrl+M already answers the key.
        MenuItem contextAnnotate = annotateItem("reader-annotate");
        contextAnnotate.setAccelerator(null);
        contextAnnotate.setText(messages.get("annotations.menu.annotate.context"));
        reader.addTextAction(contextAnnotate);
        model.reader().addClickHandler((slug, offset) -> model.annotationAt(slug, offset).map(a -> {
            edit(a);
            return true;
        }).orElse(false));
    }

    /** Opens the editor for a new annotation on the reader's selection; does nothing without a selection. */
    public void annotateSelection() {
        ReaderSelection selection = model.reader().selectionProperty().get();
        if (selection != null) {
            openEditor(AnnotationDraft.of(selection, lastColor));
        }
    }

    /** Opens the editor for an existing annotation. */
    public void edit(Annotation annotation) {
        openEditor(AnnotationDraft.of(annotation));
    }

    private void openEditor(AnnotationDraft draft) {
        if (openEditor != null) {
            openEditor.close();
        }
        Window owner = reader.getScene() == null ? null : reader.getScene().getWindow();
        AnnotationEditor editor = new AnnotationEditor(owner, draft, model.tagSuggestions(), messages);
        openEditor = editor;
        editor.open(outcome -> {
            if (outcome instanceof AnnotationEditor.Save save) {
                lastColor = save.draft().color();
                model.save(save.draft());
            } else if (outcome instanceof AnnotationEditor.Delete delete) {
                model.all().stream().filter(a -> a.id() == delete.draft().id()).findFirst()
                        .ifPresent(model::delete);
            }
        });
    }

    /** The editor currently open, or null; for tests. */
    AnnotationEditor openEditor() {
        return openEditor != null && openEditor.isShowing() ? openEditor : null;
    }

    /** Adds Annotate (Ctrl+M) and Undo delete (Ctrl+Z) to the Edit menu, JSON-LD export and import to File. */
    public void installIn(MenuBar bar) {
        MenuItem undo = item("menu-annotation-undo", "annotations.menu.undo", "Shortcut+Z", Feather.ROTATE_CCW);
        undo.disableProperty().bind(model.lastDeletedProperty().isNull());
        undo.setOnAction(e -> model.undoDelete());
        menu(bar, "menu-edit").ifPresent(edit -> edit.getItems().addAll(new SeparatorMenuItem(),
                annotateItem("menu-annotate"), undo));

        MenuItem export = item("menu-annotations-export", "annotations.menu.export", null, Feather.UPLOAD);
        export.setOnAction(e -> model.exportJsonLd());
        MenuItem importing = item("menu-annotations-import", "annotations.menu.import", null, Feather.DOWNLOAD);
        importing.setOnAction(e -> model.importJsonLd());
        menu(bar, "menu-file").ifPresent(file -> {
            // Before the closing "separator, quit" pair when there is one.
            int at = Math.max(0, file.getItems().size() - 2);
            file.getItems().addAll(at, List.of(new SeparatorMenuItem(), export, importing));
        });
    }

    private MenuItem annotateItem(String id) {
        MenuItem annotate = item(id, "annotations.menu.annotate", "Shortcut+M", Feather.EDIT_3);
        annotate.disableProperty().bind(model.reader().selectionProperty().isNull());
        annotate.setOnAction(e -> annotateSelection());
        return annotate;
    }

    private MenuItem item(String id, String key, String accelerator, Feather icon) {
        MenuItem item = new MenuItem(messages.get(key), new FontIcon(icon));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }

    private static java.util.Optional<Menu> menu(MenuBar bar, String id) {
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst();
    }
}

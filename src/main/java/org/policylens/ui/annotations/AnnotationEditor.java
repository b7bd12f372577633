package org.policylens.ui.annotations;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.policylens.i18n.Messages;

/**
 * The annotation editor: the quote, a colour, a multi-line note and tags. Save (or Ctrl+Enter) hands the edited
 * draft on; an existing annotation can also be deleted from here. It is shown without blocking, so the reader stays
 * usable behind it and a test can drive it.
 */
final class AnnotationEditor extends Dialog<AnnotationEditor.Outcome> {

    /** What the user decided. */
    sealed interface Outcome permits Save, Delete {
    }

    record Save(AnnotationDraft draft) implements Outcome {
    }

    record Delete(AnnotationDraft draft) implements Outcome {
    }

    private final TextArea note = new TextArea();

    AnnotationEditor(Window owner, AnnotationDraft draft, List<String> tagSuggestions, Messages messages) {
        initOwner(owner);
        setTitle(messages.get(draft.isNew() ? "annotations.editor.new" : "annotations.editor.edit"));
        setResizable(true);
        getDialogPane().getStyleClass().add("annotation-editor");
        getDialogPane().setId("annotation-editor");

        Label quote = new Label(draft.quote());
        quote.setId("annotation-editor-quote");
        quote.getStyleClass().add("annotation-editor-quote");
        quote.setWrapText(true);
        ColorChoice colors = new ColorChoice(draft.color(), messages);
        note.setId("annotation-note");
        note.setText(draft.note());
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.setPromptText(messages.get("annotations.editor.note.prompt"));
        TagField tags = new TagField(draft.tags(), tagSuggestions, messages);

        VBox content = new VBox(8, quote, caption(messages.get("annotations.editor.color")), colors,
                caption(messages.get("annotations.editor.note")), note,
                caption(messages.get("annotations.editor.tags")), tags);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("annotations.editor.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType delete = new ButtonType(messages.get("annotations.editor.delete"), ButtonBar.ButtonData.LEFT);
        // Own labels: the stock Cancel follows the JVM's locale, not the language chosen in the app.
        ButtonType cancel = new ButtonType(messages.get("annotations.editor.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        if (!draft.isNew()) {
            getDialogPane().getButtonTypes().add(delete);
            ((Button) getDialogPane().lookupButton(delete)).setId("annotation-delete");
            getDialogPane().lookupButton(delete).getStyleClass().add("danger");
        }
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("annotation-save");
        // Enter makes a new line in the note, so saving from the keyboard is Ctrl+Enter.
        getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                saveButton.fire();
                e.consume();
            }
        });
        setResultConverter(button -> {
            if (button == save) {
                return new Save(draft.withContent(note.getText(), colors.chosen(), tags.tags()));
            }
            return button == delete ? new Delete(draft) : null;
        });
        Platform.runLater(note::requestFocus);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("annotation-editor-caption");
        return label;
    }

    /** Shows the editor and reports the outcome when it closes (nothing when cancelled). */
    void open(Consumer<Outcome> onOutcome) {
        setOnHidden(e -> {
            if (getResult() != null) {
                onOutcome.accept(getResult());
            }
        });
        show();
    }
}

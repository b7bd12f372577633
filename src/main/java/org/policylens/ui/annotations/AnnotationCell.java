package org.policylens.ui.annotations;

import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.Annotation;

/** One annotation in the panel: colour and document, the quote, the note, the tags, and a flag when orphaned. */
final class AnnotationCell extends ListCell<Annotation> {

    private static final int QUOTE_LIMIT = 90;

    private final AnnotationsViewModel model;
    private final Messages messages;
    private final DoubleBinding width;

    AnnotationCell(AnnotationsViewModel model, Messages messages, DoubleBinding width) {
        this.model = model;
        this.messages = messages;
        this.width = width;
        getStyleClass().add("annotation-cell");
    }

    @Override
    protected void updateItem(Annotation annotation, boolean empty) {
        super.updateItem(annotation, empty);
        if (empty || annotation == null) {
            setGraphic(null);
            return;
        }
        Label document = new Label(model.title(annotation.documentSlug()));
        document.getStyleClass().add("annotation-document");
        HBox.setHgrow(document, Priority.ALWAYS);
        document.setMaxWidth(Double.MAX_VALUE);
        Label date = new Label(annotation.modifiedAt().length() >= 10 ? annotation.modifiedAt().substring(0, 10)
                : annotation.modifiedAt());
        date.getStyleClass().add("annotation-date");
        date.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, ColorChoice.swatch(annotation.color()), document, date);
        top.setAlignment(Pos.CENTER_LEFT);

        Label quote = wrapped(shorten(model.reader().display(annotation.quote())), "annotation-quote");
        VBox box = new VBox(3, top, quote);
        if (annotation.orphaned()) {
            Label orphan = new Label(messages.get("annotations.orphaned"), new FontIcon(Feather.ALERT_TRIANGLE));
            orphan.getStyleClass().add("annotation-orphaned");
            orphan.setWrapText(true);
            box.getChildren().add(orphan);
        }
        if (!annotation.note().isBlank()) {
            box.getChildren().add(wrapped(annotation.note().strip(), "annotation-note-text"));
        }
        if (!annotation.tags().isEmpty()) {
            FlowPane tags = new FlowPane(4, 4);
            for (String tag : annotation.tags()) {
                Label chip = new Label(tag);
                chip.getStyleClass().add("annotation-tag");
                tags.getChildren().add(chip);
            }
            box.getChildren().add(tags);
        }
        box.maxWidthProperty().bind(width);
        box.prefWidthProperty().bind(width);
        setGraphic(box);
    }

    private Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    private static String shorten(String quote) {
        int length = quote.codePointCount(0, quote.length());
        return length <= QUOTE_LIMIT ? "“" + quote + "”"
                : "“" + quote.substring(0, quote.offsetByCodePoints(0, QUOTE_LIMIT - 1)) + "…”";
    }
}

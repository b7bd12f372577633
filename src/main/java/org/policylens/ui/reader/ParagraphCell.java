package org.policylens.ui.reader;

import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** One paragraph of the reader: its decorators' chips, then the text with headings styled and decorated spans marked. */
final class ParagraphCell extends ListCell<ReaderBlock> {

    private final ReaderViewModel model;
    private final FlowPane chips = new FlowPane(4, 4);
    private final MarkedText text = new MarkedText();
    private final VBox box = new VBox(4, chips, text);

    ParagraphCell(ReaderViewModel model, DoubleBinding textWidth) {
        this.model = model;
        chips.getStyleClass().add("reader-chips");
        text.prefWidthProperty().bind(textWidth);
        text.maxWidthProperty().bind(textWidth);
        chips.prefWrapLengthProperty().bind(textWidth);
    }

    @Override
    protected void updateItem(ReaderBlock block, boolean empty) {
        super.updateItem(block, empty);
        getStyleClass().removeAll("reader-heading-cell");
        if (empty || block == null) {
            setGraphic(null);
            return;
        }
        if (block.isHeading()) {
            getStyleClass().add("reader-heading-cell");
        }
        PassageDecorator.Decoration decoration = model.decorators().decorate(block.passage());
        chips.getChildren().clear();
        for (PassageDecorator.Chip chip : decoration.chips()) {
            Label label = new Label(chip.text());
            label.getStyleClass().addAll("reader-chip", chip.styleClass());
            if (chip.tooltip() != null) {
                label.setTooltip(new Tooltip(chip.tooltip()));
            }
            chips.getChildren().add(label);
        }
        chips.setVisible(!decoration.chips().isEmpty());
        chips.setManaged(chips.isVisible());
        String display = model.display(block.passage().text());
        String headingClass = "reader-heading-" + Math.min(block.depth(), 4);
        text.show(StyledRuns.cut(display, decoration.spans(), block.headingLength()), headingClass);
        setGraphic(box);
    }

    String shownText() {
        return text.shownText();
    }
}

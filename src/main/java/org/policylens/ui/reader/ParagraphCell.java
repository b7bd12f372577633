package org.policylens.ui.reader;

import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.policylens.text.CodePoints;

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
        installSelection();
    }

    /**
     * Selecting with the mouse inside one paragraph: press marks the anchor, dragging shows the range, release hands
     * it to the view model (code point offsets). A press and release without a drag is a click on the text.
     */
    private void installSelection() {
        int[] anchor = {-1};
        boolean[] dragged = {false};
        text.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                anchor[0] = text.insertionIndexAt(e.getX(), e.getY());
                dragged[0] = false;
            }
        });
        text.setOnMouseDragged(e -> {
            if (anchor[0] >= 0 && e.getButton() == MouseButton.PRIMARY) {
                dragged[0] = true;
                text.showDragSelection(anchor[0], text.insertionIndexAt(e.getX(), e.getY()));
                e.consume();
            }
        });
        text.setOnMouseReleased(e -> {
            ReaderBlock block = getItem();
            if (anchor[0] < 0 || e.getButton() != MouseButton.PRIMARY || block == null) {
                return;
            }
            String passageText = block.passage().text();
            int from = CodePoints.toCodePointOffset(passageText, Math.min(anchor[0], passageText.length()));
            anchor[0] = -1;
            if (dragged[0]) {
                int caret = Math.min(text.insertionIndexAt(e.getX(), e.getY()), passageText.length());
                model.select(block.passage(), from, CodePoints.toCodePointOffset(passageText, caret));
            } else {
                int under = Math.min(Math.max(0, text.charIndexAt(e.getX(), e.getY())), passageText.length());
                model.clearSelection();
                model.clicked(block.passage().start() + CodePoints.toCodePointOffset(passageText, under));
            }
        });
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

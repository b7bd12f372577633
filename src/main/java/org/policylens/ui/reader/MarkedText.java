package org.policylens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A wrapped paragraph whose decorated runs get a coloured mark drawn behind them. {@code Text} has no background, so
 * each mark is a path, kept as an unmanaged child (the flow neither lays it out nor counts it as text) and reshaped
 * from the flow's own range shape after every layout, so marks follow line wrapping.
 */
final class MarkedText extends TextFlow {

    private record Mark(Path path, StyledRuns.Run run) {
    }

    private final List<Mark> marks = new ArrayList<>();
    /** The range being dragged over, drawn here until the gesture ends and the view model takes over. */
    private final Path dragMark = new Path();
    private int dragStart = -1;
    private int dragEnd = -1;

    MarkedText() {
        getStyleClass().add("reader-paragraph-text");
        dragMark.setManaged(false);
        dragMark.getStyleClass().addAll("reader-mark", ReaderViewModel.SELECTION);
    }

    /** The char index between characters nearest to a point in this flow's coordinates. */
    int insertionIndexAt(double x, double y) {
        return hitTest(new Point2D(x, y)).getInsertionIndex();
    }

    /** The char index of the character under a point in this flow's coordinates. */
    int charIndexAt(double x, double y) {
        return hitTest(new Point2D(x, y)).getCharIndex();
    }

    /** Shows a selection being dragged over char indices {@code [from, to)}; an empty range hides it. */
    void showDragSelection(int from, int to) {
        dragStart = Math.min(from, to);
        dragEnd = Math.max(from, to);
        if (!getChildren().contains(dragMark)) {
            getChildren().add(0, dragMark);
        }
        requestLayout();
    }

    /** Shows {@code runs}; heading runs get {@code headingClass}, the rest the paragraph style. */
    void show(List<StyledRuns.Run> runs, String headingClass) {
        getChildren().clear();
        marks.clear();
        dragStart = -1;
        dragEnd = -1;
        List<Text> texts = new ArrayList<>();
        for (StyledRuns.Run run : runs) {
            Text text = new Text(run.text());
            text.getStyleClass().addAll("reader-text", run.heading() ? headingClass : "reader-paragraph");
            text.getStyleClass().addAll(run.classes());
            if (run.tooltip() != null) {
                Tooltip.install(text, new Tooltip(run.tooltip()));
            }
            texts.add(text);
            if (!run.classes().isEmpty()) {
                Path path = new Path();
                path.setManaged(false);
                path.getStyleClass().add("reader-mark");
                path.getStyleClass().addAll(run.classes());
                marks.add(new Mark(path, run));
            }
        }
        // Marks first, so they are drawn behind the text.
        marks.forEach(mark -> getChildren().add(mark.path()));
        getChildren().addAll(texts);
    }

    /** The text as shown, without marks. */
    String shownText() {
        StringBuilder all = new StringBuilder();
        getChildren().stream().filter(Text.class::isInstance).forEach(node -> all.append(((Text) node).getText()));
        return all.toString();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (Mark mark : marks) {
            mark.path().getElements().setAll(rangeShape(mark.run().start(), mark.run().end()));
        }
        if (dragStart < dragEnd) {
            dragMark.getElements().setAll(rangeShape(dragStart, dragEnd));
        } else {
            dragMark.getElements().clear();
        }
    }
}

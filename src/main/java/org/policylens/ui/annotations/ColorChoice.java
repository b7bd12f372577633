package org.policylens.ui.annotations;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.policylens.i18n.Messages;
import org.policylens.model.AnnotationColor;

/** A row of colour swatches, one per {@link AnnotationColor}; exactly one is chosen. */
final class ColorChoice extends HBox {

    private final ToggleGroup group = new ToggleGroup();

    ColorChoice(AnnotationColor initial, Messages messages) {
        super(6);
        getStyleClass().add("annotation-colors");
        for (AnnotationColor color : AnnotationColor.values()) {
            ToggleButton button = new ToggleButton(null, swatch(color));
            button.setId("annotation-color-" + color.code());
            button.setUserData(color);
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(messages.get("annotations.color." + color.code())));
            button.getStyleClass().add("annotation-color-button");
            button.setSelected(color == initial);
            getChildren().add(button);
        }
        // A colour is always chosen: clicking the chosen one again must not leave none.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
    }

    static Region swatch(AnnotationColor color) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("annotation-swatch", AnnotationDecorator.styleClass(color));
        return swatch;
    }

    AnnotationColor chosen() {
        return (AnnotationColor) group.getSelectedToggle().getUserData();
    }
}

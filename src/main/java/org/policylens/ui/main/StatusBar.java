package org.policylens.ui.main;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.ui.common.UiTasks;

/** The bottom line: what is going on (with a progress bar while tasks run), document counts, library location. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel model) {
        UiTasks tasks = model.services().tasks();
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(120);
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.runningProperty().greaterThan(0));
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(Bindings.when(tasks.runningProperty().greaterThan(0))
                .then(tasks.messageProperty()).otherwise(model.statusProperty()));
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(model.countsProperty());
        Label location = new Label(model.libraryLocation(), new FontIcon(Feather.DATABASE));
        location.setId("status-location");
        location.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(progress, status, spacer, counts, location);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
    }
}

package org.policylens.ui.themes;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.CodedPassage;

/**
 * The 主题对比 tab: a toolbar with the colour legend and the codebook editor, the heatmap, and below it (once a
 * theme is opened) the side-by-side panel.
 */
public final class ThemesView extends BorderPane {

    private final ThemesViewModel model;
    private final Messages messages;
    private final SplitPane split = new SplitPane();
    private final HeatmapGrid heatmap;
    private final SideBySidePanel panel;
    private final Label emptyState = new Label();

    /** @param openInReader shows a passage in the reader (bring the reader to the front, open at the passage) */
    public ThemesView(ThemesViewModel model, Messages messages, Consumer<CodedPassage> openInReader) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("themes-view");
        setId("themes-view");
        // The grid scrolls itself, both ways, and keeps only the cells in view.
        heatmap = new HeatmapGrid(model, messages);
        panel = new SideBySidePanel(model, messages, openInReader);
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().add(heatmap);
        emptyState.getStyleClass().add("empty-state");
        emptyState.setId("themes-empty");
        emptyState.setWrapText(true);

        setTop(toolbar());
        model.openThemeProperty().addListener((obs, old, code) -> showPanel(code != null));
        model.heatmapDocuments().addListener((ListChangeListener<String>) c -> showContent());
        model.codingProperty().addListener((obs, old, coding) -> showContent());
        model.loadingProperty().addListener((obs, old, on) -> showContent());
        showContent();
        showPanel(model.openThemeProperty().get() != null);
    }

    private HBox toolbar() {
        Label scale = new Label(messages.get("themes.legend"));
        scale.getStyleClass().add("heat-legend-title");
        HBox legend = new HBox(2, scale);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (int bucket = 0; bucket < HeatScale.buckets(); bucket++) {
            Label swatch = new Label(messages.get("themes.legend." + bucket));
            swatch.getStyleClass().addAll("heat-legend", HeatScale.styleClass(bucket));
            legend.getChildren().add(swatch);
        }
        Button resetSort = new Button(messages.get("themes.sort.reset"), new FontIcon(Feather.LIST));
        resetSort.setId("themes-sort-reset");
        resetSort.disableProperty().bind(model.sortProperty().isEqualTo(ThemeSort.CODEBOOK));
        resetSort.setOnAction(e -> model.sortBy(ThemeSort.CODEBOOK));
        Button codebook = new Button(messages.get("themes.codebook.edit"), new FontIcon(Feather.EDIT_3));
        codebook.setId("themes-codebook");
        codebook.setOnAction(e -> CodebookEditorDialog.show(getScene().getWindow(),
                new CodebookEditorViewModel(model.services(), model::codebookChanged), messages));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, legend, spacer, resetSort, codebook);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("themes-toolbar");
        return bar;
    }

    /** The heatmap once there is something to show; otherwise why not (loading, or no documents selected). */
    private void showContent() {
        boolean ready = model.codingProperty().get() != null && !model.heatmapDocuments().isEmpty();
        if (ready) {
            setCenter(split);
            return;
        }
        emptyState.setText(messages.get(model.codingProperty().get() == null ? "themes.loading" : "themes.empty"));
        StackPane box = new StackPane(emptyState);
        box.getStyleClass().add("empty-state-box");
        setCenter(box);
    }

    private void showPanel(boolean open) {
        if (open && !split.getItems().contains(panel)) {
            split.getItems().add(panel);
            split.setDividerPositions(0.42);
        } else if (!open) {
            split.getItems().remove(panel);
        }
    }

    /** The heatmap (for tests). */
    HeatmapGrid heatmap() {
        return heatmap;
    }

    /** The side-by-side panel (for tests). */
    SideBySidePanel panel() {
        return panel;
    }
}

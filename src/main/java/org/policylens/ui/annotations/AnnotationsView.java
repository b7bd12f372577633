package org.policylens.ui.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.Annotation;
import org.policylens.model.DocumentSummary;

/**
 * The annotations panel: filters (text, document, tag), order, the list (virtualised), an undo bar after a delete and
 * the last status. A click on an annotation opens the reader at it.
 */
public final class AnnotationsView extends VBox {

    /** Stands for "every document" / "every tag" in the filter boxes. */
    private static final String ALL = "";

    private final AnnotationsViewModel model;
    private final Messages messages;
    private final AnnotationCommands commands;
    private final ListView<Annotation> list = new ListView<>();

    /** @param onOpen runs after an annotation was opened in the reader (e.g. to bring the reader to the front) */
    public AnnotationsView(AnnotationsViewModel model, AnnotationCommands commands, Messages messages,
                           Runnable onOpen) {
        super(6);
        this.model = model;
        this.messages = messages;
        this.commands = commands;
        setId("annotations-view");
        getStyleClass().add("annotations-view");

        list.setId("annotations-list");
        list.setItems(model.shown());
        DoubleBinding cellWidth = Bindings.createDoubleBinding(() -> Math.max(120, list.getWidth() - 36),
                list.widthProperty());
        list.setCellFactory(v -> {
            AnnotationCell cell = new AnnotationCell(model, messages, cellWidth);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && cell.getItem() != null) {
                    model.open(cell.getItem());
                    onOpen.run();
                }
            });
            return cell;
        });
        list.setOnKeyPressed(e -> {
            Annotation selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                model.open(selected);
                onOpen.run();
            } else if (selected != null && e.getCode() == KeyCode.DELETE) {
                model.delete(selected);
            }
        });
        list.setContextMenu(contextMenu());
        Label placeholder = new Label(messages.get("annotations.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state");
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        getChildren().addAll(filters(), list, undoBar(), statusLine());
    }

    private VBox filters() {
        TextField text = new TextField();
        text.setId("annotations-filter-text");
        text.setPromptText(messages.get("annotations.filter.text"));
        text.textProperty().bindBidirectional(model.textFilterProperty());

        ComboBox<String> document = new ComboBox<>();
        document.setId("annotations-filter-document");
        keyedCells(document, slug -> slug.equals(ALL) ? messages.get("annotations.filter.alldocuments")
                : model.title(slug));
        Runnable fillDocuments = () -> {
            List<String> slugs = new ArrayList<>(List.of(ALL));
            model.documents().stream().map(DocumentSummary::slug).forEach(slugs::add);
            String chosen = model.documentFilterProperty().get();
            document.getItems().setAll(slugs);
            document.setValue(chosen != null && slugs.contains(chosen) ? chosen : ALL);
        };
        model.documents().addListener((ListChangeListener<DocumentSummary>) c -> fillDocuments.run());
        fillDocuments.run();
        document.valueProperty().addListener((obs, old, slug) ->
                model.documentFilterProperty().set(slug == null || slug.equals(ALL) ? null : slug));

        ComboBox<String> tag = new ComboBox<>();
        tag.setId("annotations-filter-tag");
        keyedCells(tag, name -> name.equals(ALL) ? messages.get("annotations.filter.alltags")
                : model.tags().stream().filter(t -> t.tag().equals(name)).findFirst()
                .map(t -> messages.get("annotations.tags.count", t.tag(), t.count())).orElse(name));
        Runnable fillTags = () -> {
            List<String> names = new ArrayList<>(List.of(ALL));
            model.tags().forEach(t -> names.add(t.tag()));
            String chosen = model.tagFilterProperty().get();
            tag.getItems().setAll(names);
            tag.setValue(chosen != null && names.contains(chosen) ? chosen : ALL);
        };
        model.tags().addListener((ListChangeListener<TagCount>) c -> fillTags.run());
        fillTags.run();
        tag.valueProperty().addListener((obs, old, name) ->
                model.tagFilterProperty().set(name == null || name.equals(ALL) ? null : name));
        model.tagFilterProperty().addListener((obs, old, name) -> tag.setValue(name == null ? ALL : name));

        ComboBox<AnnotationSort> sort = new ComboBox<>();
        sort.setId("annotations-sort");
        sort.getItems().setAll(AnnotationSort.values());
        keyedCells(sort, order -> messages.get(order.messageKey()));
        sort.valueProperty().bindBidirectional(model.sortProperty());

        Button tags = new Button(messages.get("annotations.tags.button"), new FontIcon(Feather.TAG));
        tags.setId("annotations-tags");
        tags.setTooltip(new Tooltip(messages.get("annotations.tags.title")));
        tags.setOnAction(e -> new TagManager(getScene().getWindow(), model, messages).show());

        Label count = new Label();
        count.setId("annotations-count");
        count.getStyleClass().add("annotation-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("annotations.count",
                model.shown().size(), model.all().size()), model.shown(), model.all()));

        for (Region box : List.of(document, tag, sort)) {
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
        }
        tags.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(count, Priority.ALWAYS);
        count.setMaxWidth(Double.MAX_VALUE);
        HBox tagAndOrder = new HBox(6, tag, sort);
        HBox countAndTags = new HBox(6, count, tags);
        countAndTags.setAlignment(Pos.CENTER_LEFT);
        VBox filters = new VBox(6, text, document, tagAndOrder, countAndTags);
        filters.getStyleClass().add("annotations-filters");
        return filters;
    }

    private ContextMenu contextMenu() {
        MenuItem edit = new MenuItem(messages.get("annotations.edit"), new FontIcon(Feather.EDIT_2));
        edit.setOnAction(e -> withSelected(commands::edit));
        MenuItem delete = new MenuItem(messages.get("annotations.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("annotations-delete");
        delete.setOnAction(e -> withSelected(model::delete));
        return new ContextMenu(edit, delete);
    }

    private void withSelected(Consumer<Annotation> action) {
        Annotation selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            action.accept(selected);
        }
    }

    private HBox undoBar() {
        Label text = new Label(messages.get("annotations.undo.text"));
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button undo = new Button(messages.get("annotations.undo"), new FontIcon(Feather.ROTATE_CCW));
        undo.setId("annotations-undo");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> model.undoDelete());
        HBox bar = new HBox(6, text, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("annotations-undo-bar");
        bar.visibleProperty().bind(model.lastDeletedProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Label statusLine() {
        Label status = new Label();
        status.setId("annotations-status");
        status.getStyleClass().add("annotation-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        return status;
    }

    /** Cells that show a localized label for each key of a combo box (including its button). */
    private static <T> void keyedCells(ComboBox<T> box, Function<T, String> label) {
        box.setCellFactory(v -> new KeyedCell<>(label));
        box.setButtonCell(new KeyedCell<>(label));
    }

    private static final class KeyedCell<T> extends ListCell<T> {
        private final Function<T, String> label;

        KeyedCell(Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label.apply(item));
        }
    }

    public ListView<Annotation> list() {
        return list;
    }
}

package org.policylens.ui.library;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;

/** The library pane: filter box and sort order, the documents grouped by level and region, the selected one's details. */
public final class LibraryView extends VBox {

    private final LibraryViewModel model;
    private final Messages messages;
    private final TextField filter = new TextField();
    private final TreeView<LibraryNode> tree = new TreeView<>();
    private final Label empty;
    private final MenuButton documentMenu = new MenuButton(null, new FontIcon(Feather.MORE_VERTICAL));

    public LibraryView(LibraryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("library-view");
        filter.setId("library-filter");
        filter.setPromptText(messages.get("library.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);

        // Hidden until the commands are supplied, so the button never opens an empty menu.
        documentMenu.setVisible(false);
        documentMenu.setManaged(false);
        HBox tools = new HBox(6, filter, sortChoice(), documentMenu);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(8, 8, 8, 8));

        tree.setId("library-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new NodeCell());
        // One root for good: changes add, move or take out items under it, so the tree keeps its scroll position.
        tree.setRoot(model.tree().root());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            // While items move the selection slides to neighbours on its own; that is not the user choosing them.
            if (!model.tree().changing() && item != null && item.getValue() instanceof LibraryNode.DocumentNode node) {
                model.selectedProperty().set(node.document());
            }
        });
        empty = emptyState(messages.get("library.empty"));
        StackPane treeArea = new StackPane(tree, empty);
        VBox.setVgrow(treeArea, Priority.ALWAYS);

        DocumentDetailsView details = new DocumentDetailsView(messages);
        details.documentProperty().bind(model.selectedProperty());

        getChildren().addAll(tools, treeArea, details);
        model.treeChangesProperty().addListener((obs, old, count) -> treeChanged());
        // Which empty text applies depends on the whole list too: removing (or importing) a document the filter
        // hides leaves the tree as it was, yet may empty the library (or fill it).
        model.allDocuments().addListener((ListChangeListener<DocumentSummary>) c -> showEmptyState());
        model.selectedProperty().addListener((obs, old, doc) -> selectInTree(doc));
        treeChanged();
    }

    /**
     * Offers the commands for the selected document in the tree's context menu and in the ⋯ button beside the sort
     * order (the button is there so the commands can be found without knowing about right clicks).
     */
    public void setDocumentCommands(DocumentCommands commands) {
        documentMenu.setId("library-document-menu");
        documentMenu.getStyleClass().add(atlantafx.base.theme.Tweaks.NO_ARROW);
        documentMenu.setVisible(true);
        documentMenu.setManaged(true);
        documentMenu.setTooltip(new javafx.scene.control.Tooltip(messages.get("library.actions")));
        documentMenu.getItems().setAll(commandItems(commands, "menu"));
        documentMenu.disableProperty().bind(model.selectedProperty().isNull());
        ContextMenu context = new ContextMenu(commandItems(commands, "context").toArray(MenuItem[]::new));
        tree.setContextMenu(context);
        context.setOnShowing(e -> context.getItems()
                .forEach(i -> i.setDisable(model.selectedProperty().get() == null)));
    }

    private List<MenuItem> commandItems(DocumentCommands commands, String idPrefix) {
        MenuItem edit = commandItem(idPrefix + "-edit-metadata", "library.action.edit", Feather.EDIT_2,
                commands.editMetadata());
        MenuItem replace = commandItem(idPrefix + "-replace", "library.action.replace", Feather.REFRESH_CCW,
                commands.replaceWithNewVersion());
        MenuItem remove = commandItem(idPrefix + "-remove", "library.action.remove", Feather.TRASH_2,
                commands.remove());
        return List.of(edit, replace, new SeparatorMenuItem(), remove);
    }

    private MenuItem commandItem(String id, String key, Feather icon, java.util.function.Consumer<String> command) {
        MenuItem item = new MenuItem(messages.get(key), new FontIcon(icon));
        item.setId(id);
        item.setOnAction(e -> {
            DocumentSummary doc = model.selectedProperty().get();
            if (doc != null) {
                command.accept(doc.slug());
            }
        });
        return item;
    }

    private ComboBox<LibrarySort> sortChoice() {
        ComboBox<LibrarySort> sort = new ComboBox<>();
        sort.setId("library-sort");
        sort.getItems().setAll(LibrarySort.values());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        ListCell<LibrarySort> button = new SortCell();
        sort.setButtonCell(button);
        sort.setCellFactory(v -> new SortCell());
        sort.setTooltip(new javafx.scene.control.Tooltip(messages.get("library.sort")));
        return sort;
    }

    /** After the tree changed: the empty state, and the selection back on the selected document. */
    private void treeChanged() {
        showEmptyState();
        selectInTree(model.selectedProperty().get());
    }

    /** Nothing listed: because the library is empty, or because the filter matches none of its documents. */
    private void showEmptyState() {
        empty.setVisible(model.visibleCount() == 0);
        empty.setText(messages.get(model.allDocuments().isEmpty() ? "library.empty" : "library.nomatch"));
    }

    private void selectInTree(DocumentSummary doc) {
        TreeItem<LibraryNode> item = doc == null ? null : model.tree().item(doc.slug());
        if (item == null) {
            // Filtered out (or none): no other row may look selected after the rows moved under the selection.
            tree.getSelectionModel().clearSelection();
            return;
        }
        if (tree.getSelectionModel().getSelectedItem() != item) {
            tree.getSelectionModel().select(item);
            tree.scrollTo(Math.max(0, tree.getRow(item) - 2));
        }
    }

    /** Puts the caret in the filter box (Ctrl+L). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public TreeView<LibraryNode> tree() {
        return tree;
    }

    static Label emptyState(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("empty-state");
        label.setWrapText(true);
        return label;
    }

    static String levelName(Messages messages, Level level) {
        return messages.get(level == null ? "level.unknown" : "level." + level.code());
    }

    private final class SortCell extends ListCell<LibrarySort> {
        @Override
        protected void updateItem(LibrarySort item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            setText(isEmpty || item == null ? null : messages.get("library.sort." + item.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** Group rows show their name and count; a document shows its title and, below, region, year and number. */
    private final class NodeCell extends TreeCell<LibraryNode> {

        private final Label title = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, title, meta);

        NodeCell() {
            setPrefWidth(0);
            // Wrap long titles instead of widening the tree: no sideways scrolling in the library.
            title.maxWidthProperty().bind(tree.widthProperty().subtract(90));
            title.setWrapText(true);
            title.getStyleClass().add("library-item-title");
            meta.getStyleClass().add("library-item-meta");
        }

        @Override
        protected void updateItem(LibraryNode node, boolean isEmpty) {
            super.updateItem(node, isEmpty);
            getStyleClass().removeAll("library-group", "library-document");
            setText(null);
            setGraphic(null);
            if (isEmpty || node == null) {
                return;
            }
            if (node instanceof LibraryNode.LevelGroup level) {
                getStyleClass().add("library-group");
                setText(messages.get("library.group", levelName(messages, level.level()), level.documentCount()));
                setGraphic(new FontIcon(Feather.LAYERS));
            } else if (node instanceof LibraryNode.RegionGroup region) {
                getStyleClass().add("library-group");
                setText(messages.get("library.group", region.region().isEmpty()
                        ? messages.get("library.region.unknown") : region.region(), region.documents().size()));
                setGraphic(new FontIcon(Feather.MAP_PIN));
            } else if (node instanceof LibraryNode.DocumentNode document) {
                getStyleClass().add("library-document");
                DocumentMetadata m = document.document().metadata();
                title.setText(m.title());
                meta.setText(metaLine(m));
                setGraphic(box);
            }
        }

        private String metaLine(DocumentMetadata m) {
            StringBuilder line = new StringBuilder(m.year() == null ? messages.get("library.undated")
                    : String.valueOf(m.year()));
            if (m.docNumber() != null) {
                line.append(" · ").append(m.docNumber());
            }
            return line.toString();
        }
    }
}

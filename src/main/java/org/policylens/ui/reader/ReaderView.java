package org.policylens.ui.reader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentContent;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Script;
import org.policylens.model.Section;

/**
 * The reader: title and tools, an outline of the document's sections, and its paragraphs laid out by structure. The
 * paragraph list is virtualised, so long documents scroll smoothly; paragraphs are drawn through the view model's
 * {@link PassageDecorators}.
 */
public final class ReaderView extends BorderPane {

    /** Lines longer than this are tiring to read; wide windows get margins instead. */
    private static final double MAX_TEXT_WIDTH = 860;

    private final ReaderViewModel model;
    private final Messages messages;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final TreeView<Section> outline = new TreeView<>();
    private final ListView<ReaderBlock> paragraphs = new ListView<>();
    private final FindBar findBar;
    /** The paragraphs' context menu; features add their actions on the selected text with {@link #addTextAction}. */
    private final ContextMenu textMenu = new ContextMenu();
    private boolean followingOutline;

    public ReaderView(ReaderViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("reader-view");
        findBar = new FindBar(model, messages);
        title.getStyleClass().add("reader-title");
        title.setId("reader-title");
        title.setWrapText(true);
        meta.getStyleClass().add("reader-meta");
        meta.setId("reader-meta");

        DoubleBinding textWidth = Bindings.createDoubleBinding(
                () -> Math.max(200, Math.min(MAX_TEXT_WIDTH, paragraphs.getWidth() - 90)), paragraphs.widthProperty());
        paragraphs.setId("reader-paragraphs");
        paragraphs.getStyleClass().add("reader-list");
        paragraphs.setItems(model.blocks());
        paragraphs.setCellFactory(v -> new ParagraphCell(model, textWidth));
        paragraphs.setPlaceholder(emptyState(messages.get("reader.empty")));
        paragraphs.setContextMenu(textMenu);

        SplitPane split = new SplitPane(outlinePane(), paragraphs);
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);

        setTop(new VBox(header(), findBar));
        setCenter(split);

        model.contentProperty().addListener((obs, old, content) -> showHeader(content));
        model.simplifiedProperty().addListener((obs, old, on) -> showHeader(model.contentProperty().get()));
        model.scrollTargetProperty().addListener((obs, old, index) -> scrollToBlock(index.intValue()));
        model.decorators().versionProperty().addListener((obs, old, version) -> paragraphs.refresh());
        showHeader(model.contentProperty().get());
    }

    private HBox header() {
        ToggleButton simplified = new ToggleButton(messages.get("reader.simplified"), new FontIcon(Feather.REPEAT));
        simplified.setId("reader-simplified");
        simplified.setTooltip(new Tooltip(messages.get("reader.simplified.tooltip")));
        simplified.selectedProperty().bindBidirectional(model.simplifiedProperty());
        ToggleButton find = new ToggleButton(null, new FontIcon(Feather.SEARCH));
        find.setId("reader-find");
        find.setTooltip(new Tooltip(messages.get("find.tooltip")));
        find.selectedProperty().bindBidirectional(findBar.visibleProperty());
        find.setOnAction(e -> {
            if (find.isSelected()) {
                findBar.open();
            } else {
                model.findQueryProperty().set("");
                findBar.setManaged(false);
            }
        });
        find.getStyleClass().add("button-icon");
        VBox titles = new VBox(2, title, meta);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox tools = new HBox(6, simplified, find);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.disableProperty().bind(model.contentProperty().isNull());
        HBox header = new HBox(12, titles, tools);
        header.getStyleClass().add("reader-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private VBox outlinePane() {
        outline.setId("reader-outline");
        outline.setShowRoot(false);
        outline.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                setText(empty || section == null ? null : model.display(section.title()));
            }
        });
        outline.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!followingOutline && item != null && item.getValue() != null) {
                model.goTo(item.getValue());
            }
        });
        Label outlineTitle = new Label(messages.get("reader.outline"));
        outlineTitle.getStyleClass().add("pane-title");
        VBox pane = new VBox(outlineTitle, outline);
        pane.setMinWidth(180);
        VBox.setVgrow(outline, Priority.ALWAYS);
        return pane;
    }

    private void scrollToBlock(int index) {
        if (index >= 0 && index < paragraphs.getItems().size()) {
            // One block of context above the target, so a heading is not glued to the top edge.
            paragraphs.scrollTo(Math.max(0, index - 1));
            paragraphs.getSelectionModel().select(index);
        }
    }

    private void showHeader(DocumentContent content) {
        if (content == null) {
            title.setText("");
            meta.setText("");
            outline.setRoot(null);
            return;
        }
        DocumentMetadata m = content.summary().metadata();
        title.setText(model.display(m.title()));
        StringBuilder line = new StringBuilder(m.issuer());
        for (String part : new String[] {m.docNumber(), m.date(),
                m.script() == Script.TRADITIONAL ? messages.get("script.traditional") : null}) {
            if (part != null && !part.isBlank()) {
                line.append(line.isEmpty() ? "" : "　").append(part);
            }
        }
        meta.setText(model.display(line.toString()));
        followingOutline = true;
        try {
            outline.setRoot(outlineTree(content.sections()));
        } finally {
            followingOutline = false;
        }
    }

    static TreeItem<Section> outlineTree(List<Section> sections) {
        TreeItem<Section> root = new TreeItem<>();
        Map<Integer, TreeItem<Section>> byOrdinal = new HashMap<>();
        for (Section section : sections) {
            TreeItem<Section> item = new TreeItem<>(section);
            item.setExpanded(section.depth() <= 1);
            byOrdinal.put(section.ordinal(), item);
            byOrdinal.getOrDefault(section.parent(), root).getChildren().add(item);
        }
        return root;
    }

    private static Label emptyState(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("empty-state");
        label.setWrapText(true);
        label.setMaxWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Opens the find bar (Ctrl+F). */
    public void openFind() {
        if (model.contentProperty().get() != null) {
            findBar.open();
        }
    }

    /** Adds an item to the context menu of the text, e.g. "annotate the selection". */
    public void addTextAction(MenuItem item) {
        textMenu.getItems().add(item);
    }

    public ListView<ReaderBlock> paragraphs() {
        return paragraphs;
    }

    public TreeView<Section> outline() {
        return outline;
    }
}

package org.policylens.ui.reader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.policylens.i18n.Messages;
import org.policylens.model.DocumentContent;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Section;

/**
 * The reader: the document's title, an outline of its sections and its paragraphs laid out by structure. The
 * paragraph list is virtualised, so long documents scroll smoothly.
 */
public final class ReaderView extends BorderPane {

    private final ReaderViewModel model;
    private final Messages messages;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final TreeView<Section> outline = new TreeView<>();
    private final ListView<ReaderBlock> paragraphs = new ListView<>();

    public ReaderView(ReaderViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("reader-view");
        title.getStyleClass().add("reader-title");
        title.setId("reader-title");
        meta.getStyleClass().add("reader-meta");

        paragraphs.setId("reader-paragraphs");
        paragraphs.getStyleClass().add("reader-list");
        paragraphs.setItems(model.blocks());
        paragraphs.setCellFactory(v -> new BlockCell());
        paragraphs.setPlaceholder(emptyState(messages.get("reader.empty")));

        outline.setId("reader-outline");
        outline.setShowRoot(false);
        outline.setCellFactory(v -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                setText(empty || section == null ? null : section.title());
            }
        });
        outline.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != null) {
                model.scrollTo(item.getValue().start());
            }
        });
        Label outlineTitle = new Label(messages.get("reader.outline"));
        outlineTitle.getStyleClass().add("pane-title");
        VBox outlinePane = new VBox(outlineTitle, outline);
        VBox.setVgrow(outline, Priority.ALWAYS);

        SplitPane split = new SplitPane(outlinePane, paragraphs);
        split.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(outlinePane, false);

        setTop(new VBox(title, meta));
        setCenter(split);

        model.contentProperty().addListener((obs, old, content) -> showHeader(content));
        model.scrollTargetProperty().addListener((obs, old, index) -> {
            int i = index.intValue();
            if (i >= 0 && i < paragraphs.getItems().size()) {
                paragraphs.scrollTo(Math.max(0, i - 1));
                paragraphs.getSelectionModel().select(i);
            }
        });
        model.highlightProperty().addListener((obs, old, query) -> paragraphs.refresh());
        showHeader(null);
    }

    private void showHeader(DocumentContent content) {
        if (content == null) {
            title.setText("");
            meta.setText("");
            outline.setRoot(null);
            return;
        }
        DocumentMetadata m = content.summary().metadata();
        title.setText(m.title());
        meta.setText(messages.get("reader.meta", m.issuer(), m.docNumber() == null ? "" : m.docNumber(),
                m.date() == null ? "" : m.date()));
        outline.setRoot(outlineTree(content.sections()));
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
        return label;
    }

    public ListView<ReaderBlock> paragraphs() {
        return paragraphs;
    }

    public TreeView<Section> outline() {
        return outline;
    }

    /** A paragraph: wrapped text, styled as a heading of its depth, with search hits highlighted. */
    private final class BlockCell extends ListCell<ReaderBlock> {

        private final TextFlow flow = new TextFlow();

        BlockCell() {
            flow.maxWidthProperty().bind(paragraphs.widthProperty().subtract(80));
            flow.prefWidthProperty().bind(flow.maxWidthProperty());
        }

        @Override
        protected void updateItem(ReaderBlock block, boolean empty) {
            super.updateItem(block, empty);
            if (empty || block == null) {
                setGraphic(null);
                return;
            }
            String style = block.isHeading() && block.depth() <= 3 ? "reader-heading-" + block.depth()
                    : "reader-paragraph";
            flow.getChildren().clear();
            for (HighlightedText.Run run : HighlightedText.runs(block.passage().text(), model.highlightProperty().get())) {
                Text text = new Text(run.text());
                text.getStyleClass().add(style);
                if (run.hit()) {
                    text.getStyleClass().add("search-hit");
                }
                flow.getChildren().add(text);
            }
            setGraphic(flow);
        }
    }
}

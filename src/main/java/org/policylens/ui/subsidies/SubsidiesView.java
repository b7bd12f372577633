package org.policylens.ui.subsidies;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import org.policylens.i18n.Messages;
import org.policylens.model.RecordStatus;
import org.policylens.model.SubsidyRecord;

/**
 * The subsidies view: a table of item families (one award across regions) whose rows open to the records of each
 * document, amounts sortable as numbers; below, the edit form and a bar chart of the amounts.
 */
public final class SubsidiesView extends BorderPane {

    /** A row of the table: a family, or one of its records. */
    sealed interface Node permits FamilyNode, RecordNode {
    }

    record FamilyNode(SubsidyFamilyRow family) implements Node {
    }

    record RecordNode(SubsidyRecord record) implements Node {
    }

    static final String EDITED = "subsidy-edited";

    private final SubsidiesViewModel model;
    private final Messages messages;
    private final TreeTableView<Node> table = new TreeTableView<>(new TreeItem<>());

    /** @param showReader brings the reader to the front after a record was opened in it */
    public SubsidiesView(SubsidiesViewModel model, Messages messages, Runnable showReader) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("subsidies-view");
        buildTable(showReader);
        SplitPane bottom = new SplitPane(new SubsidyForm(model, messages, showReader),
                new SubsidyChart(model, messages));
        bottom.setDividerPositions(0.45);
        SplitPane split = new SplitPane(table, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        setCenter(split);
    }

    private void buildTable(Runnable showReader) {
        table.setId("subsidies-table");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label(
                messages.get(model.loadedProperty().get() ? "subsidies.empty" : "subsidies.loading"));
        placeholder.getStyleClass().add("empty-state");
        model.loadedProperty().addListener((obs, old, on) -> placeholder.setText(messages.get("subsidies.empty")));
        table.setPlaceholder(placeholder);
        TreeTableColumn<Node, String> item = text("subsidies.column.item", 3,
                f -> messages.get("subsidies.family", f.label(), f.members().size()), r -> r.subsidy().item());
        TreeTableColumn<Node, Long> amount = new TreeTableColumn<>(messages.get("subsidies.column.amount"));
        amount.setId("subsidies-column-amount");
        // The value is the number of yuan, so sorting is numeric; the cell shows it as 200万元.
        amount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(pick(c.getValue().getValue(),
                SubsidyFamilyRow::maxAmount, r -> r.subsidy().amountYuan())));
        amount.setCellFactory(c -> new AmountCell());
        amount.getStyleClass().add("amount-column");
        table.getColumns().setAll(List.of(item, amount,
                text("subsidies.column.region", 1, f -> "", r -> model.region(r.document())),
                text("subsidies.column.recipient", 1, f -> "", r -> nullToEmpty(r.subsidy().recipient())),
                text("subsidies.column.kind", 1, f -> "", r -> r.subsidy().kind()),
                text("subsidies.column.status", 1, f -> "", r -> model.statusText(r.status()))));
        table.setRowFactory(t -> new RecordRow(showReader));
        model.families().addListener((ListChangeListener<SubsidyFamilyRow>) c -> update(c));
        model.relabelsProperty().addListener((obs, old, count) -> table.refresh());
        rebuild();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null && selected.getValue() instanceof RecordNode r) {
                model.chosenProperty().set(r.record());
            }
        });
    }

    /** Replaces only the families that changed, keeping the others' expanded state and the sort. */
    private void update(ListChangeListener.Change<? extends SubsidyFamilyRow> change) {
        boolean replacedInPlace = true;
        while (change.next()) {
            if (change.wasReplaced() && change.getFrom() + change.getRemovedSize() == change.getTo()
                    && change.getRemovedSize() == change.getAddedSize()) {
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    replaceFamily(change.getRemoved().get(i - change.getFrom()).key(), model.families().get(i));
                }
            } else {
                replacedInPlace = false;
            }
        }
        if (!replacedInPlace) {
            rebuild();
        }
    }

    private void replaceFamily(String key, SubsidyFamilyRow family) {
        var children = table.getRoot().getChildren();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).getValue() instanceof FamilyNode f && f.family().key().equals(key)) {
                boolean expanded = children.get(i).isExpanded();
                TreeItem<Node> fresh = familyItem(family);
                fresh.setExpanded(expanded);
                children.set(i, fresh);
                return;
            }
        }
        rebuild();
    }

    private void rebuild() {
        table.getRoot().getChildren().setAll(model.families().stream().map(this::familyItem).toList());
        table.sort();
    }

    private TreeItem<Node> familyItem(SubsidyFamilyRow family) {
        TreeItem<Node> item = new TreeItem<>(new FamilyNode(family));
        family.members().forEach(r -> item.getChildren().add(new TreeItem<>(new RecordNode(r))));
        item.setExpanded(true);
        return item;
    }

    private TreeTableColumn<Node, String> text(String key, double weight, Function<SubsidyFamilyRow, String> family,
                                               Function<SubsidyRecord, String> record) {
        TreeTableColumn<Node, String> column = new TreeTableColumn<>(messages.get(key));
        column.setId(key.replace('.', '-'));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(pick(c.getValue().getValue(), family, record)));
        column.setPrefWidth(100 * weight);
        return column;
    }

    private static <T> T pick(Node node, Function<SubsidyFamilyRow, T> family, Function<SubsidyRecord, T> record) {
        return node instanceof FamilyNode f ? family.apply(f.family()) : record.apply(((RecordNode) node).record());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** 200万元, right-aligned; a family row shows its largest amount. */
    private final class AmountCell extends TreeTableCell<Node, Long> {
        @Override
        protected void updateItem(Long yuan, boolean empty) {
            super.updateItem(yuan, empty);
            Node node = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || yuan == null || node == null) {
                setText(null);
            } else if (node instanceof RecordNode r) {
                setText(model.amountText(r.record()));
            } else {
                setText(AmountFormat.format(yuan));
            }
        }
    }

    /** Family rows in bold; corrected records marked; a double click opens a record's clause in the reader. */
    private final class RecordRow extends TreeTableRow<Node> {
        RecordRow(Runnable showReader) {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                        && getItem() instanceof RecordNode r) {
                    model.openSource(r.record());
                    showReader.run();
                }
            });
        }

        @Override
        protected void updateItem(Node node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("subsidy-family-row", EDITED);
            if (!empty && node instanceof FamilyNode) {
                getStyleClass().add("subsidy-family-row");
            } else if (!empty && node instanceof RecordNode r && r.record().status() == RecordStatus.EDITED) {
                getStyleClass().add(EDITED);
            }
        }
    }

    public TreeTableView<Node> table() {
        return table;
    }
}

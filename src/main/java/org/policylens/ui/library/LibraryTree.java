package org.policylens.ui.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import javafx.scene.control.TreeItem;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;

/**
 * The items of the library tree: level groups, region groups inside them, documents inside those. Built whole when
 * the filter or the order changes; a document imported, edited or removed is placed, moved or taken out alone, so
 * one change to a 3,000-document library touches a handful of items and the rest (expansion, scroll position,
 * selection) stays as it was. Group items are given a new value after a change so their counts show it.
 */
final class LibraryTree {

    private static final Comparator<Level> LEVEL_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    private final TreeItem<LibraryNode> root = new TreeItem<>();
    private final Map<String, TreeItem<LibraryNode>> documentItems = new HashMap<>();
    private boolean changing;

    TreeItem<LibraryNode> root() {
        return root;
    }

    /** True while items are being added or taken out, when the tree's selection moves about on its own. */
    boolean changing() {
        return changing;
    }

    /** The item of the document with this slug, or null when it is not shown (filtered out or not in the library). */
    TreeItem<LibraryNode> item(String slug) {
        return documentItems.get(slug);
    }

    /** Number of documents shown. */
    int documentCount() {
        return documentItems.size();
    }

    /** The groups as shown, top to bottom. */
    List<LibraryNode.LevelGroup> groups() {
        return root.getChildren().stream().map(item -> (LibraryNode.LevelGroup) item.getValue()).toList();
    }

    void rebuild(List<LibraryNode.LevelGroup> groups) {
        changing = true;
        try {
            documentItems.clear();
            List<TreeItem<LibraryNode>> levels = new ArrayList<>();
            for (LibraryNode.LevelGroup level : groups) {
                TreeItem<LibraryNode> levelItem = expanded(level);
                for (LibraryNode.RegionGroup region : level.regions()) {
                    TreeItem<LibraryNode> regionItem = expanded(region);
                    List<TreeItem<LibraryNode>> documents = new ArrayList<>();
                    for (DocumentSummary doc : region.documents()) {
                        documents.add(documentItem(doc));
                    }
                    regionItem.getChildren().setAll(documents);
                    levelItem.getChildren().add(regionItem);
                }
                levels.add(levelItem);
            }
            root.getChildren().setAll(levels);
        } finally {
            changing = false;
        }
    }

    /** Shows the document in its level and region at its place in {@code order}, creating the groups it needs. */
    void insert(DocumentSummary doc, LibrarySort order) {
        changing = true;
        try {
            Level level = doc.metadata().level();
            String region = doc.metadata().region();
            TreeItem<LibraryNode> levelItem = childOrNew(root, item -> LEVEL_ORDER.compare(levelOf(item), level),
                    () -> expanded(new LibraryNode.LevelGroup(level, List.of())));
            TreeItem<LibraryNode> regionItem = childOrNew(levelItem,
                    item -> LibrarySort.compareRegions(regionOf(item), region),
                    () -> expanded(new LibraryNode.RegionGroup(region, List.of())));
            List<TreeItem<LibraryNode>> siblings = regionItem.getChildren();
            Comparator<DocumentSummary> comparator = order.comparator();
            int at = insertionPoint(siblings, item -> comparator.compare(documentOf(item), doc));
            siblings.add(at, documentItem(doc));
            recount(regionItem, levelItem);
        } finally {
            changing = false;
        }
    }

    /** Takes the document out, and its region and level groups when they are left empty; false if it was not shown. */
    boolean remove(String slug) {
        TreeItem<LibraryNode> item = documentItems.remove(slug);
        if (item == null) {
            return false;
        }
        changing = true;
        try {
            TreeItem<LibraryNode> regionItem = item.getParent();
            TreeItem<LibraryNode> levelItem = regionItem.getParent();
            regionItem.getChildren().remove(item);
            if (regionItem.getChildren().isEmpty()) {
                levelItem.getChildren().remove(regionItem);
            }
            if (levelItem.getChildren().isEmpty()) {
                root.getChildren().remove(levelItem);
            } else {
                recount(regionItem, levelItem);
            }
            return true;
        } finally {
            changing = false;
        }
    }

    private TreeItem<LibraryNode> documentItem(DocumentSummary doc) {
        TreeItem<LibraryNode> item = new TreeItem<>(new LibraryNode.DocumentNode(doc));
        documentItems.put(doc.slug(), item);
        return item;
    }

    private static TreeItem<LibraryNode> expanded(LibraryNode node) {
        TreeItem<LibraryNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        return item;
    }

    /** New values for the groups above a changed document, from their items (a region's documents, a level's regions). */
    private static void recount(TreeItem<LibraryNode> regionItem, TreeItem<LibraryNode> levelItem) {
        if (regionItem.getParent() != null) {
            regionItem.setValue(new LibraryNode.RegionGroup(regionOf(regionItem),
                    regionItem.getChildren().stream().map(LibraryTree::documentOf).toList()));
        }
        levelItem.setValue(new LibraryNode.LevelGroup(levelOf(levelItem), levelItem.getChildren().stream()
                .map(item -> (LibraryNode.RegionGroup) item.getValue()).toList()));
    }

    /** The child the comparison finds equal, or a new one inserted where it sorts. */
    private static TreeItem<LibraryNode> childOrNew(TreeItem<LibraryNode> parent,
                                                   ToIntFunction<TreeItem<LibraryNode>> compareTo,
                                                   Supplier<TreeItem<LibraryNode>> made) {
        List<TreeItem<LibraryNode>> children = parent.getChildren();
        for (TreeItem<LibraryNode> child : children) {
            if (compareTo.applyAsInt(child) == 0) {
                return child;
            }
        }
        TreeItem<LibraryNode> item = made.get();
        children.add(insertionPoint(children, compareTo), item);
        return item;
    }

    /** The index after every item that sorts before or equal to the new one, i.e. where it goes (stable). */
    private static int insertionPoint(List<TreeItem<LibraryNode>> items,
                                      ToIntFunction<TreeItem<LibraryNode>> compareTo) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compareTo.applyAsInt(items.get(mid)) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static Level levelOf(TreeItem<LibraryNode> item) {
        return ((LibraryNode.LevelGroup) item.getValue()).level();
    }

    private static String regionOf(TreeItem<LibraryNode> item) {
        return ((LibraryNode.RegionGroup) item.getValue()).region();
    }

    private static DocumentSummary documentOf(TreeItem<LibraryNode> item) {
        return ((LibraryNode.DocumentNode) item.getValue()).document();
    }
}

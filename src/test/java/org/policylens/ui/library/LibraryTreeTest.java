package org.policylens.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;

/** The library tree changed one document at a time ends up exactly as built whole from the same documents. */
class LibraryTreeTest {

    private static final Level[] LEVELS = {Level.PROVINCE, Level.CITY, null};
    private static final String[] REGIONS = {"安徽省", "浙江省", "安徽省合肥市", "河北省承德市", ""};
    private static final String[] TITLES = {"质量强省建设纲要", "实施意见", "标准化方案", "品牌建设行动计划", "质量提升"};

    private static List<DocumentSummary> library(Random random, int size) {
        List<DocumentSummary> docs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String date = random.nextInt(5) == 0 ? null : (2010 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9));
            docs.add(LibraryViewModelTest.doc("d" + i, TITLES[random.nextInt(TITLES.length)] + i % 7,
                    LEVELS[random.nextInt(LEVELS.length)], REGIONS[random.nextInt(REGIONS.length)], date));
        }
        return docs;
    }

    @Test
    void insertingOneAtATimeGivesTheTreeBuiltWhole() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<DocumentSummary> docs = library(random, 60);
            for (LibrarySort order : LibrarySort.values()) {
                LibraryTree tree = new LibraryTree();
                docs.forEach(doc -> tree.insert(doc, order));
                assertEquals(LibraryViewModel.group(docs, order), tree.groups(), "seed " + seed + ", " + order);
                assertEquals(docs.size(), tree.documentCount());
            }
        }
    }

    @Test
    void removingSomeGivesTheTreeOfTheRestWithoutEmptyGroups() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<DocumentSummary> docs = library(random, 40);
            LibraryTree tree = new LibraryTree();
            tree.rebuild(LibraryViewModel.group(docs, LibrarySort.DATE));
            List<DocumentSummary> rest = new ArrayList<>(docs);
            Collections.shuffle(rest, random);
            List<DocumentSummary> gone = rest.subList(0, 30);
            gone.forEach(doc -> assertTrue(tree.remove(doc.slug())));
            rest = new ArrayList<>(docs);
            rest.removeAll(gone);
            assertEquals(LibraryViewModel.group(rest, LibrarySort.DATE), tree.groups(), "seed " + seed);
            gone.forEach(doc -> assertNull(tree.item(doc.slug())));
        }
    }

    @Test
    void aChangeTouchesOnlyItsOwnItemsAndCountsFollow() {
        DocumentSummary anhui = LibraryViewModelTest.doc("anhui", "安徽省纲要", Level.PROVINCE, "安徽省", "2023");
        DocumentSummary zhejiang = LibraryViewModelTest.doc("zhejiang", "浙江省意见", Level.PROVINCE, "浙江省", "2018");
        DocumentSummary hefei = LibraryViewModelTest.doc("hefei", "合肥市意见", Level.CITY, "安徽省合肥市", "2012");
        LibraryTree tree = new LibraryTree();
        tree.rebuild(LibraryViewModel.group(List.of(anhui, zhejiang, hefei), LibrarySort.DATE));
        TreeItem<LibraryNode> zhejiangItem = tree.item("zhejiang");
        TreeItem<LibraryNode> provinces = zhejiangItem.getParent().getParent();

        DocumentSummary hefeiNew = LibraryViewModelTest.doc("hefei2", "合肥市方案", Level.CITY, "安徽省合肥市", "2020");
        tree.insert(hefeiNew, LibrarySort.DATE);
        assertSame(zhejiangItem, tree.item("zhejiang"), "other documents keep their items");
        assertEquals(2, ((LibraryNode.LevelGroup) tree.root().getChildren().get(1).getValue()).documentCount());

        assertTrue(tree.remove("anhui"));
        assertFalse(tree.remove("anhui"), "already gone");
        assertSame(provinces, tree.root().getChildren().get(0), "the level group stays while it has documents");
        assertEquals(1, ((LibraryNode.LevelGroup) provinces.getValue()).documentCount());
        assertEquals(List.of("浙江省"), ((LibraryNode.LevelGroup) provinces.getValue()).regions().stream()
                .map(LibraryNode.RegionGroup::region).toList(), "the emptied region group is gone");
    }
}

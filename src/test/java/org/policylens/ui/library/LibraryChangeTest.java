package org.policylens.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.model.Script;

/** How a change of the document list is read: what to read again, drop or relabel. No FX toolkit needed. */
class LibraryChangeTest {

    private static DocumentSummary doc(long id, String slug, String region, String sha) {
        return new DocumentSummary(id, new DocumentMetadata(slug, slug + "方案", "人民政府", Level.CITY, region, null,
                null, Script.SIMPLIFIED, slug + ".txt"), sha, 100, 5, 10, "2024-01-01");
    }

    private final ObservableList<DocumentSummary> list = FXCollections.observableArrayList(
            doc(1, "a", "甲市", "sha-a"), doc(2, "b", "乙市", "sha-b"), doc(3, "c", "丙市", "sha-c"));
    private final List<LibraryChange> heard = new ArrayList<>();

    LibraryChangeTest() {
        list.addListener((ListChangeListener<DocumentSummary>) change -> heard.add(LibraryChange.of(change)));
    }

    @Test
    void aNewDocumentIsReadAndARemovedOneDropped() {
        list.add(doc(4, "d", "丁市", "sha-d"));
        list.remove(0);
        assertEquals(new LibraryChange(false, Set.of("d"), Set.of(), Set.of()), heard.get(0));
        assertEquals(new LibraryChange(false, Set.of(), Set.of("a"), Set.of()), heard.get(1));
        assertTrue(heard.get(1).changesRecords());
        assertEquals(Set.of("a"), heard.get(1).outdated());
    }

    @Test
    void aNewVersionIsReadAgainAndAMetadataEditOnlyRelabels() {
        list.set(1, doc(2, "b", "乙市", "sha-b2"));
        list.set(2, doc(3, "c", "丙县", "sha-c"));
        assertEquals(new LibraryChange(false, Set.of("b"), Set.of(), Set.of()), heard.get(0));
        LibraryChange edit = heard.get(1);
        assertEquals(new LibraryChange(false, Set.of(), Set.of(), Set.of("c")), edit);
        assertFalse(edit.changesRecords());
        assertEquals(Map.of("c", "丙县"), edit.relabelledRegions(list));
    }

    @Test
    void theSameSummaryAgainChangesNothing() {
        list.set(0, doc(1, "a", "甲市", "sha-a"));
        assertEquals(new LibraryChange(false, Set.of(), Set.of(), Set.of()), heard.get(0));
        assertFalse(heard.get(0).changesRecords());
    }

    @Test
    void aDocumentReplacedUnderItsSlugByAnotherIsReadAgain() {
        // Removed and imported again: same slug and text, a new id, so new records.
        list.set(0, doc(9, "a", "甲市", "sha-a"));
        assertEquals(Set.of("a"), heard.get(0).reread());
    }
}

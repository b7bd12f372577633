package org.policylens.ui.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColumnPageTest {

    @Test
    void aFewDocumentsAreOnePageWithoutPaging() {
        ColumnPage page = ColumnPage.at(0, 25, 5);
        assertFalse(page.paged());
        assertEquals(0, page.first());
        assertEquals(5, page.end());
        assertFalse(page.hasPrevious());
        assertFalse(page.hasNext());
    }

    @Test
    void threeThousandDocumentsComeInPagesAndTheLastIsShort() {
        ColumnPage first = ColumnPage.at(0, 25, 3000);
        assertTrue(first.paged());
        assertEquals(25, first.end());
        assertTrue(first.hasNext());
        ColumnPage second = first.next();
        assertEquals(25, second.first());
        assertEquals(50, second.end());
        assertEquals(first, second.previous());
        ColumnPage last = ColumnPage.at(2999, 25, 3000);
        assertEquals(2975, last.first());
        assertEquals(3000, last.end());
        assertFalse(last.hasNext());
        assertEquals(last, last.next(), "no page after the last");
        assertEquals(ColumnPage.at(0, 25, 30).next(), ColumnPage.at(26, 25, 30));
        assertEquals(5, ColumnPage.at(26, 25, 30).end() - ColumnPage.at(26, 25, 30).first());
    }

    @Test
    void aPageBeyondASmallerSelectionIsClampedToItsLastPage() {
        assertEquals(ColumnPage.at(50, 25, 60), ColumnPage.at(500, 25, 60));
        assertEquals(0, ColumnPage.at(0, 25, 0).first());
        assertEquals(0, ColumnPage.at(0, 25, 0).end());
    }
}

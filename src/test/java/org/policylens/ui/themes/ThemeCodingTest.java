package org.policylens.ui.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policylens.compare.ThemeMatrix;
import org.policylens.model.CodedPassage;
import org.policylens.model.Theme;

/** The per-document cells the heatmap reads are those of the whole matrix, before and after changes. */
class ThemeCodingTest {

    private final ThemeCoding coding = ThemeCodingFixture.sample();

    private static void assertCellsMatchTheMatrix(ThemeCoding coding) {
        ThemeMatrix matrix = coding.matrix();
        for (String slug : coding.documents()) {
            for (Theme theme : coding.codebook().themes()) {
                assertEquals(matrix.cell(slug, theme.code()), coding.cell(slug, theme.code()),
                        slug + " × " + theme.code());
            }
        }
    }

    @Test
    void cellsWorkedOutPerDocumentEqualTheMatrixCells() {
        assertCellsMatchTheMatrix(coding);
        assertEquals(ThemeMatrix.Cell.EMPTY, coding.cell("unknown", "standards"));
    }

    @Test
    void anEditedPassageRecountsItsDocument() {
        assertEquals(2, coding.cell("anhui", "standards").passageCount(), "worked out before the edit");
        CodedPassage first = coding.passagesWith("anhui", "standards").get(0);
        ThemeCoding edited = coding.withPassage(new CodedPassage(first.passageId(), first.documentId(), "anhui",
                first.ordinal(), "", first.start(), first.end(), first.text(), List.of()));
        assertEquals(1, edited.cell("anhui", "standards").passageCount());
        assertEquals(2, coding.cell("anhui", "standards").passageCount(), "the old snapshot is unchanged");
        assertCellsMatchTheMatrix(edited);
    }

    @Test
    void documentsAddedReplacedAndRemovedFollowTheLibraryOrder() {
        coding.cell("chengde", "green");
        CodedPassage hefei = ThemeCodingFixture.passage("hefei", 0, 30, "brand");
        CodedPassage chengdeAgain = ThemeCodingFixture.passage("chengde", 0, 40, "standards");
        ThemeCoding changed = coding.withDocuments(List.of("anhui", "chengde", "hefei"),
                Map.of("hefei", List.of(hefei), "chengde", List.of(chengdeAgain)));

        assertEquals(List.of("anhui", "chengde", "hefei"), changed.documents());
        assertFalse(changed.has("zhejiang"), "removed");
        assertTrue(changed.has("hefei"));
        assertEquals(1.0, changed.cell("hefei", "brand").share(), 1e-9);
        assertEquals(0, changed.cell("chengde", "green").passageCount(), "a new version replaces the old passages");
        assertEquals(coding.passagesWith("anhui", "standards"), changed.passagesWith("anhui", "standards"),
                "an untouched document keeps its passages");
        assertCellsMatchTheMatrix(changed);
    }
}

package org.policylens.ui.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policylens.model.CodedPassage;
import org.policylens.model.CodingSource;
import org.policylens.model.Evidence;
import org.policylens.model.PassageTheme;

class SideBySideTest {

    private final ThemeCoding coding = ThemeCodingFixture.sample();

    @Test
    void oneColumnPerSelectedDocumentInSelectionOrderEvenWhenEmpty() {
        List<SideBySideColumn> columns = SideBySideColumn.of(coding, "standards", List.of("anhui", "zhejiang",
                "chengde"), slug -> slug.toUpperCase(Locale.ROOT));
        assertEquals(List.of("anhui", "zhejiang", "chengde"), columns.stream().map(SideBySideColumn::document)
                .toList());
        assertEquals(List.of(2, 0, 1), columns.stream().map(c -> c.passages().size()).toList());
        assertEquals("CHENGDE", columns.get(2).label());
        assertEquals(List.of(0, 20), columns.get(0).passages().stream().map(CodedPassage::start).toList());
    }

    @Test
    void columnsFollowTheSelection() {
        List<SideBySideColumn> columns = SideBySideColumn.of(coding, "green", List.of("chengde"), s -> s);
        assertEquals(1, columns.size());
        assertEquals(1, columns.get(0).passages().size());
    }

    @Test
    void anEditedPassageReplacesOnlyItselfAndTheMatrixFollows() {
        CodedPassage first = coding.passagesWith("anhui", "standards").get(0);
        CodedPassage withoutStandards = new CodedPassage(first.passageId(), first.documentId(), "anhui",
                first.ordinal(), "", first.start(), first.end(), first.text(), List.of());
        ThemeCoding edited = coding.withPassage(withoutStandards);
        assertEquals(1, edited.matrix().cell("anhui", "standards").passageCount());
        assertEquals(2, coding.matrix().cell("anhui", "standards").passageCount(), "the old snapshot is unchanged");
        assertEquals(coding.passagesWith("chengde", "green"), edited.passagesWith("chengde", "green"));
        assertTrue(edited.passageAt("anhui", first.start()).isPresent());
        assertFalse(edited.passageAt("anhui", first.start()).get().has("standards"));
    }

    @Test
    void evidenceIsHighlightedAtCodePointOffsetsAndHeadingMatchesAreListed() {
        // 𠀀 is outside the BMP: two chars, one code point, so char and code point offsets differ after it.
        CodedPassage passage = new CodedPassage(1, 1, "x", 0, "", 0, 7, "𠀀加强标准建设", List.of(
                new PassageTheme("standards", CodingSource.AUTO, 2, List.of(new Evidence("标准", 3, 5, 1),
                        new Evidence("标准化", -1, -1, 1)))));
        List<EvidenceHighlight.Piece> pieces = EvidenceHighlight.pieces(passage, "standards");
        assertEquals(List.of(new EvidenceHighlight.Piece("𠀀加强", false), new EvidenceHighlight.Piece("标准", true),
                new EvidenceHighlight.Piece("建设", false)), pieces);
        assertEquals(List.of("标准化"), EvidenceHighlight.headingTerms(passage, "standards"));
        assertEquals(List.of(new EvidenceHighlight.Piece("𠀀加强标准建设", false)),
                EvidenceHighlight.pieces(passage, "brand"), "another theme's passage has nothing highlighted");
    }

    @Test
    void newThemeCodesComeFromTheEnglishNameAndNeverCollide() {
        assertEquals("quality_awards", CodebookEditorViewModel.newCode(" Quality awards! ", java.util.Set.of()));
        assertEquals("brand_2", CodebookEditorViewModel.newCode("Brand", java.util.Set.of("brand")));
        assertEquals("theme", CodebookEditorViewModel.newCode("质量奖", java.util.Set.of()));
    }
}

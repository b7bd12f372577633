package org.policylens.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylens.model.DocumentContent;
import org.policylens.model.Passage;
import org.policylens.model.Section;

/** Where a record's clause stands: its passage's section, or else the innermost section around it. */
class SectionLocatorTest {

    /** Heading lines at 3 and 14, passages at 8..13 and 20..25, 26 code points in all. */
    private static final String TEXT = "标题\n一、总则\n正文一句。\n（一）分项\n正文二句。\n";
    private static final String CHAPTER = "一、总则";
    private static final String ITEM = "一、总则 › （一）分项";

    private final SectionLocator locator = new SectionLocator(new DocumentContent(null, TEXT,
            List.of(new Section(0, -1, 1, "一、", "总则", 3, 26, CHAPTER),
                    new Section(1, 0, 2, "（一）", "分项", 14, 26, ITEM)),
            List.of(new Passage(0, 0, CHAPTER, 8, 13, "正文一句。"), new Passage(1, 1, ITEM, 20, 25, "正文二句。"))));

    @Test
    void anOffsetInAPassageTakesThePassagesPath() {
        assertEquals(CHAPTER, locator.pathAt(8));
        assertEquals(CHAPTER, locator.pathAt(12));
        assertEquals(ITEM, locator.pathAt(20));
        assertEquals(ITEM, locator.pathAt(24));
    }

    @Test
    void anOffsetOutsideEveryPassageTakesTheInnermostSectionAroundIt() {
        assertEquals(CHAPTER, locator.pathAt(3), "the chapter's own heading line");
        assertEquals(ITEM, locator.pathAt(15), "the item's heading line lies in both; the deeper one wins");
        assertEquals(ITEM, locator.pathAt(25), "the line end after the last passage");
    }

    @Test
    void anOffsetBeforeTheFirstHeadingOrPastTheTextHasNoPath() {
        assertEquals("", locator.pathAt(0));
        assertEquals("", locator.pathAt(26));
        assertEquals("", locator.pathAt(500));
    }
}

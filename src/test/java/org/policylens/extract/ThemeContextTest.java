package org.policylens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeContextTest {

    @Test
    void buildsSectionPathsFromARunningHeadingStack() {
        String doc = "前言段落,为推进工作制定本方案。\n"
                + "一、主要任务\n"
                + "(一)加强标准建设\n"
                + "1.完善标准体系。推动地方标准制定。\n"
                + "接续段落。\n"
                + "(二)提升服务质量\n"
                + "\n"
                + "二、保障措施\n"
                + "加大资金投入。\n";
        List<ThemeContext.Paragraph> paragraphs = ThemeContext.paragraphs(doc);
        assertEquals(8, paragraphs.size());
        assertEquals("", paragraphs.get(0).sectionPath());
        assertTrue(paragraphs.get(1).heading());
        assertEquals("一、主要任务 › (一)加强标准建设 › 1.完善标准体系", paragraphs.get(3).sectionPath());
        assertFalse(paragraphs.get(3).heading());
        assertEquals("一、主要任务 › (一)加强标准建设 › 1.完善标准体系", paragraphs.get(4).sectionPath());
        assertEquals("一、主要任务 › (二)提升服务质量", paragraphs.get(5).sectionPath());
        assertEquals("二、保障措施", paragraphs.get(7).sectionPath());
    }

    @Test
    void offsetsAreCodePointsIntoTheDocument() {
        String doc = "𠀋甲\n  乙丙\n";
        List<ThemeContext.Paragraph> paragraphs = ThemeContext.paragraphs(doc);
        assertEquals(0, paragraphs.get(0).start());
        assertEquals(2, paragraphs.get(0).end());
        assertEquals(5, paragraphs.get(1).start());
        assertEquals(7, paragraphs.get(1).end());
    }

    @Test
    void aLongNumberedSentenceClosesThePreviousItemWithoutBecomingAHeading() {
        String doc = "一、任务\n1、短标题,说明\n2、这是一个很长的编号段落,它没有句号之前的短标题,所以不会被当作标题压入栈中,而是作为正文处理。\n";
        List<ThemeContext.Paragraph> paragraphs = ThemeContext.paragraphs(doc);
        assertEquals("一、任务", paragraphs.get(2).sectionPath());
    }
}

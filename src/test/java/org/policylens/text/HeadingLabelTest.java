package org.policylens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policylens.text.HeadingLabel.Kind;

class HeadingLabelTest {

    private static HeadingLabel parse(String line) {
        return HeadingLabel.parse(line).orElseThrow(() -> new AssertionError("no heading in " + line));
    }

    @Test
    void recognisesEveryNumberingStyleInBothWidths() {
        assertEquals(Kind.CHINESE_ENUM, parse("三、主要任务").kind());
        assertEquals(3, parse("三、主要任务").number());
        assertEquals(Kind.CHINESE_PAREN, parse("(十七)激发企业质量创新活力").kind());
        assertEquals(17, parse("（十七）激发企业质量创新活力").number());
        assertEquals(Kind.ARABIC_ENUM, parse("1.提升产业基础质量").kind());
        assertEquals(Kind.ARABIC_ENUM, parse("12、改造提升").kind());
        assertEquals(Kind.ARABIC_ENUM, parse("２．加强").kind());
        assertEquals(Kind.ARABIC_PAREN, parse("（3）推动").kind());
        assertEquals(Kind.DASH_BULLET, parse("——经济发展质量效益持续增强。").kind());
        assertEquals(Kind.CHAPTER, parse("第二章 总体要求").kind());
        assertEquals(Kind.ARTICLE, parse("第十二条 本办法").kind());
        assertEquals(12, parse("第十二条 本办法").number());
        assertEquals(30, parse("(三十)强化考核评估。").number());
        assertEquals("(三十)", parse("(三十)强化考核评估。").label());
    }

    @Test
    void numbersThatAreNotHeadingsAreIgnored() {
        assertTrue(HeadingLabel.parse("1.5万件专利").isEmpty());
        assertTrue(HeadingLabel.parse("2023年,质量强市建设稳步推进。").isEmpty());
        assertTrue(HeadingLabel.parse("质量强省建设").isEmpty());
        assertTrue(HeadingLabel.parse("一是加强标准").isEmpty());
    }

    /**
     * Lines whose first char fails the quick check skip the patterns, so no pattern may match a line starting with
     * any other char: every char is tried before tails that complete each numbering style.
     */
    @Test
    void theFirstCharCheckLetThroughEveryCharAPatternCanStartWith() {
        String[] tails = {"一、", "一章 总则", "一条 本办法", "、标题", "，标题", "一)标题", "一）标题", "1)标题", "1）标题",
            ".标题", "、标题", "．标题", "1.标题", "—标题", "－标题", "-标题", "标题"};
        int admitted = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String tail : tails) {
                String line = c + tail;
                if (HeadingLabel.matchLabel(line).isPresent()) {
                    assertTrue(HeadingLabel.mayOpenLabel(c), "the patterns find a label in " + line);
                    admitted++;
                }
            }
        }
        assertTrue(admitted > 30, "the tails complete labels: " + admitted);
        assertTrue(HeadingLabel.parse("  三、主要任务").isPresent(), "leading whitespace is skipped before the check");
        assertTrue(HeadingLabel.parse("").isEmpty());
        assertTrue(HeadingLabel.parse("   ").isEmpty());
    }
}

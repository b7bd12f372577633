package org.policylens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylens.model.Passage;
import org.policylens.model.Section;
import org.policylens.text.CodePoints;

/** Structure rules on sentences written for the test, in full-width punctuation. */
class StructureParserTest {

    private static final String FULL_WIDTH = String.join("\n",
            "为加快建设质量强市，制定本方案。",
            "一、总体要求",
            "（一）指导思想。坚持质量第一，推动高质量发展。",
            "（二）主要目标：到２０２５年，制造业产品质量合格率达到９４％以上。",
            "——质量效益持续增强，品牌影响力显著提升。",
            "到２０３５年，质量强市建设成效显著。",
            "二、重点任务",
            "（三）加强标准建设",
            "１．推进标准化示范。争创国家级标准化试点。",
            "（１）开展对标达标。",
            "２、完善计量体系",
            "",
            "三、保障措施",
            "各地要加强组织领导。");

    private static final DocumentStructure STRUCTURE = StructureParser.parse(FULL_WIDTH);

    @Test
    void chaptersSectionsItemsAndSubItemsNest() {
        List<String> paths = STRUCTURE.sections().stream().map(Section::path).toList();
        assertEquals(List.of(
                "一、总体要求",
                "一、总体要求 › （一）指导思想",
                "一、总体要求 › （二）主要目标",
                "一、总体要求 › （二）主要目标 › 质量效益持续增强",
                "二、重点任务",
                "二、重点任务 › （三）加强标准建设",
                "二、重点任务 › （三）加强标准建设 › １．推进标准化示范",
                "二、重点任务 › （三）加强标准建设 › １．推进标准化示范 › （１）开展对标达标",
                "二、重点任务 › （三）加强标准建设 › ２、完善计量体系",
                "三、保障措施"), paths);
        assertEquals(List.of(1, 2, 2, 5, 1, 2, 3, 4, 3, 1),
                STRUCTURE.sections().stream().map(Section::depth).toList());
        assertEquals(3, STRUCTURE.topLevelSections().size());
    }

    @Test
    void headingLineKeepsItsBodyTextAsAPassage() {
        Passage guidance = STRUCTURE.passages().get(2);
        assertEquals("（一）指导思想。坚持质量第一，推动高质量发展。", guidance.text());
        assertEquals("一、总体要求 › （一）指导思想", guidance.sectionPath());
        Section goals = STRUCTURE.sections().get(2);
        assertEquals("主要目标", goals.heading(), "heading stops at the full-width colon");
        assertEquals("（二）", goals.label());
    }

    @Test
    void textAfterABulletBelongsToTheEnclosingSection() {
        Passage after = STRUCTURE.passages().stream().filter(p -> p.text().startsWith("到２０３５年")).findFirst()
                .orElseThrow();
        assertEquals("一、总体要求 › （二）主要目标", after.sectionPath());
        Section bullet = STRUCTURE.sections().get(3);
        assertEquals("", bullet.label());
        assertEquals("——质量效益持续增强，品牌影响力显著提升。",
                CodePoints.substring(FULL_WIDTH, bullet.start(), bullet.end()));
    }

    @Test
    void sectionEndsWhereTheNextSectionAtItsLevelOrHigherStarts() {
        Section first = STRUCTURE.sections().get(0);
        Section second = STRUCTURE.sections().get(4);
        assertEquals(second.start(), first.end());
        Section last = STRUCTURE.sections().get(9);
        assertEquals(CodePoints.length(FULL_WIDTH), last.end());
        Section item = STRUCTURE.sections().get(6);
        assertEquals(STRUCTURE.sections().get(8).start(), item.end(), "１． ends at ２、, not at its sub-item");
    }

    @Test
    void preambleHasNoSectionAndBlankLinesAreNoPassages() {
        assertEquals(-1, STRUCTURE.passages().get(0).section());
        assertEquals(13, STRUCTURE.passages().size());
    }

    @Test
    void documentStartingAtParenthesisedNumbersHasThoseAsChapters() {
        DocumentStructure s = StructureParser.parse(String.join("\n",
                "（一）强化标准引领。加快标准制修订。",
                "1.加强标准研制。",
                "2.推进标准化示范。",
                "（二）加强品牌建设。培育区域品牌。",
                "1.培育区域品牌。"));
        assertEquals(2, s.topLevelSections().size());
        assertEquals("（二）加强品牌建设 › 1.培育区域品牌", s.sections().get(4).path());
        assertEquals(2, s.sections().get(4).depth());
    }

    @Test
    void documentStartingAtArabicItemsHasThoseAsChapters() {
        DocumentStructure s = StructureParser.parse("1. 加强质量监管\n内容。\n2. 完善标准体系\n（1）制定地方标准。");
        assertEquals(List.of("1.加强质量监管", "2.完善标准体系"),
                s.topLevelSections().stream().map(Section::title).toList());
    }

    @Test
    void numbersThatDoNotContinueTheOutlineAreNotHeadings() {
        DocumentStructure s = StructureParser.parse(String.join("\n",
                "一、总体要求",
                "坚持质量第一。",
                "五、三产业融合发展取得新成效，在句中出现。",
                "2023年，全市质量工作稳步推进。",
                "1.5万家企业通过认证。",
                "二、重点任务"));
        assertEquals(List.of("一、总体要求", "二、重点任务"),
                s.sections().stream().map(Section::title).toList());
        assertEquals(6, s.passages().size());
    }

    @Test
    void longItemLineIsAHeadingNamedByItsFirstClause() {
        DocumentStructure s = StructureParser.parse(
                "三、主要任务\n1、落实企业质量安全主体责任，建立健全生产经营全过程质量安全控制体系，推行质量安全追溯制度，"
                        + "加强质量安全风险监测和预警，切实提高企业质量安全管理水平。");
        Section item = s.sections().get(1);
        assertEquals("落实企业质量安全主体责任", item.heading());
        assertEquals("三、主要任务 › 1、落实企业质量安全主体责任", item.path());
    }

    @Test
    void offsetsAreCodePointsWhenTheTextHasSupplementaryCharacters() {
        String text = "一、\uD840\uDC00质量\n（一）标准。正文。";
        DocumentStructure s = StructureParser.parse(text);
        for (Passage p : s.passages()) {
            assertEquals(p.text(), CodePoints.substring(text, p.start(), p.end()));
        }
        assertEquals(6, s.passages().get(1).start(), "7 chars but 6 code points precede it");
        assertTrue(s.sections().get(1).end() == CodePoints.length(text));
    }
}

package org.policylens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylens.model.ParsedDocument;
import org.policylens.model.Passage;
import org.policylens.model.Section;
import org.policylens.text.CodePoints;

class BundledCorpusStructureTest {

    static List<String> slugs() {
        return CorpusFiles.SLUGS;
    }

    @Test
    void topLevelChapterCountsMatchTheDocuments() throws IngestException {
        Map<String, Integer> expected = Map.of("anhui", 10, "zhejiang", 5, "hefei", 5, "yichun", 4, "chengde", 3);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            List<Section> top = CorpusFiles.read(e.getKey()).sections().stream()
                    .filter(s -> s.parent() < 0).toList();
            assertEquals(e.getValue(), top.size(), e.getKey() + ": " + top.stream().map(Section::title).toList());
            assertTrue(top.stream().allMatch(s -> s.depth() == 1), e.getKey());
        }
    }

    @ParameterizedTest
    @MethodSource("slugs")
    void everyPassageAndSectionIsAtItsCodePointOffsets(String slug) throws IngestException {
        ParsedDocument doc = CorpusFiles.read(slug);
        String text = doc.text();
        int length = CodePoints.length(text);
        assertFalse(doc.passages().isEmpty());
        int previousEnd = 0;
        for (Passage p : doc.passages()) {
            assertEquals(p.text(), CodePoints.substring(text, p.start(), p.end()), slug + " passage " + p.ordinal());
            assertTrue(p.start() >= previousEnd, "passages in reading order");
            previousEnd = p.end();
            if (p.section() >= 0) {
                Section s = doc.sections().get(p.section());
                assertEquals(s.path(), p.sectionPath());
                assertTrue(s.start() <= p.start() && p.end() <= s.end(), slug + " passage inside its section");
            }
        }
        for (Section s : doc.sections()) {
            assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= length, slug + " " + s.path());
            String governed = CodePoints.substring(text, s.start(), s.end());
            assertTrue(governed.startsWith(s.label()), slug + " section starts at its label: " + s.path());
            assertTrue(governed.contains(s.heading()), slug + " heading is written there: " + s.path());
            if (s.parent() >= 0) {
                Section parent = doc.sections().get(s.parent());
                assertTrue(parent.depth() < s.depth() && parent.start() < s.start() && s.end() <= parent.end());
                assertTrue(s.path().startsWith(parent.path() + Section.PATH_SEPARATOR));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("slugs")
    void everyNonEmptyBodyLineIsAPassage(String slug) throws IngestException {
        ParsedDocument doc = CorpusFiles.read(slug);
        long lines = doc.text().lines().filter(l -> !l.isBlank()).count();
        assertEquals(lines, doc.passages().size());
    }

    @Test
    void hefeiBodyStartsAtItsTitleBeforeTheDocumentNumberAndEndsAtItsSignature() throws IngestException {
        List<String> lines = CorpusFiles.read("hefei").text().lines().toList();
        assertEquals("合肥市人民政府關於開展質量強市活動的實施意見", lines.get(0));
        assertEquals("合政〔2012〕251號", lines.get(1));
        assertEquals("合肥市人民政府", lines.get(lines.size() - 2));
        assertEquals("2012年12月25日", lines.get(lines.size() - 1));
        String body = String.join("\n", lines);
        assertFalse(body.contains("基本介紹"));
        assertFalse(body.contains("意見全文"));
        assertFalse(body.contains("相關詞條"));
        assertFalse(body.contains("聯絡我們"));
    }

    @Test
    void webResidueIsDroppedAndBodyTextKept() throws IngestException {
        String anhui = CorpusFiles.read("anhui").text();
        assertFalse(anhui.contains("政策级别"));
        assertFalse(anhui.contains("热词 |"));
        assertTrue(anhui.startsWith("近日,中共安徽省委、安徽省人民政府印发了"));
        assertTrue(anhui.endsWith("对主要任务和重点工程推进情况进行动态跟踪评估。"));

        String zhejiang = CorpusFiles.read("zhejiang").text();
        assertFalse(zhejiang.contains("扫描二维码"));
        assertTrue(zhejiang.startsWith("中共浙江省委浙江省人民政府关于开展质量提升行动的实施意见\n浙委发〔2018〕27号"));

        String chengde = CorpusFiles.read("chengde").text();
        assertFalse(chengde.contains("政策解读"));
        assertTrue(chengde.startsWith("各县(市、区)、自治县人民政府"), "the issuing notice is part of the document");
        assertTrue(chengde.contains("承德市人民政府办公室\n2023年9月6日"));

        String yichun = CorpusFiles.read("yichun").text();
        assertFalse(yichun.endsWith("附件:"));
        assertTrue(yichun.endsWith("重大事项及时向市委、市政府请示报告。"));
    }

    @Test
    void sectionPathsSpotChecks() throws IngestException {
        assertHasPath("anhui", "三、构筑产业质量竞争优势 › (四)筑牢产业基础质量支撑");
        assertHasPath("anhui", "十、组织保障 › (三十)强化考核评估");
        assertHasPath("zhejiang", "一、总体要求 › (一)指导思想");
        assertHasPath("hefei", "二、建設目標 › (一)產品質量目標 › 1、質量安全風險監測");
        assertHasPath("hefei", "五、保障措施 › (二)加大政策扶持 › 3、對獲得合肥名牌產品的,給予企業5萬元的獎勵");
        assertHasPath("yichun", "三、主要内容 › (二)大力发展质量竞争型产业 › 4.夯实产业基础质量支撑");
        assertHasPath("yichun", "二、主要目标 › 经济发展质量效益持续增强");
        assertHasPath("chengde", "二、重点任务 › (八)全面提升质量治理效能 › 4.营造浓厚质量氛围");
    }

    @Test
    void headingLineWithBodyTextIsOneSectionAndOnePassage() throws IngestException {
        ParsedDocument zhejiang = CorpusFiles.read("zhejiang");
        Section guidance = zhejiang.sections().stream().filter(s -> s.heading().equals("指导思想")).findFirst()
                .orElseThrow();
        assertEquals("(一)", guidance.label());
        assertEquals(2, guidance.depth());
        Passage line = zhejiang.passages().stream().filter(p -> p.start() == guidance.start()).findFirst()
                .orElseThrow();
        assertTrue(line.text().startsWith("(一)指导思想。高举习近平新时代中国特色社会主义思想伟大旗帜"));
        assertEquals(guidance.ordinal(), line.section());
    }

    @Test
    void goalBulletsCoverOnlyTheirParagraph() throws IngestException {
        ParsedDocument yichun = CorpusFiles.read("yichun");
        List<Section> bullets = yichun.sections().stream().filter(s -> s.label().isEmpty()).toList();
        assertEquals(4, bullets.size());
        assertTrue(bullets.stream().allMatch(s -> s.depth() == 5));
        Passage after = yichun.passages().stream().filter(p -> p.text().startsWith("到2035年,质量强市建设成效显著"))
                .findFirst().orElseThrow();
        assertEquals("二、主要目标", after.sectionPath());
    }

    @Test
    void textBeforeTheFirstHeadingHasNoSection() throws IngestException {
        Passage first = CorpusFiles.read("anhui").passages().get(0);
        assertEquals(-1, first.section());
        assertEquals("", first.sectionPath());
    }

    private static void assertHasPath(String slug, String path) throws IngestException {
        List<String> paths = CorpusFiles.read(slug).sections().stream().map(Section::path).toList();
        assertTrue(paths.contains(path), slug + " has no section " + path);
    }
}

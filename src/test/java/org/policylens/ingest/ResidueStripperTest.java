package org.policylens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Residue rules on page texts written for the test. */
class ResidueStripperTest {

    private static List<String> body(String... lines) {
        List<String> all = List.of(lines);
        LineRange range = ResidueStripper.findBody(all);
        return all.subList(range.start(), range.end());
    }

    @Test
    void documentWithoutResidueKeepsEveryLine() {
        List<String> lines = List.of("某某市人民政府关于加强质量工作的意见", "某政〔2020〕5号", "各县（区）人民政府：",
                "一、总体要求", "（一）指导思想。坚持质量第一。", "某某市人民政府", "2020年3月1日");
        assertEquals(lines, body(lines.toArray(String[]::new)));
    }

    @Test
    void leadingMetadataTableIsDropped() {
        assertEquals(List.of("一、总体目标", "到2025年，质量明显提升。"),
                body("政策级别 | 党委政府 |", "发文部门 | 省级 |", "", "一、总体目标", "到2025年，质量明显提升。"));
    }

    @Test
    void encyclopediaPageStartsAtTheRepeatedTitleAndEndsAtTheSignature() {
        assertEquals(List.of("某某市人民政府關於開展品牌建設的實施意見", "某政［2015］12號", "一、總體要求",
                        "（一）提升品質。", "某某市人民政府", "二〇一五年三月一日"),
                body("某某市人民政府關於開展品牌建設的實施意見", "", "2015年，某某市人民政府印發該意見。", "基本信息",
                        "發布信息，意見全文，", "意見全文", "", "某某市人民政府關於開展品牌建設的實施意見",
                        "某政［2015］12號", "一、總體要求", "（一）提升品質。", "某某市人民政府", "二〇一五年三月一日", "",
                        "相關詞條", "品牌", "質量", "聯絡我們"));
    }

    @Test
    void fullTextMarkerAloneStartsTheBody() {
        assertEquals(List.of("一、总体要求", "坚持质量第一。"),
                body("某某网 > 政策文件", "发布日期 2020-01-01", "正文：", "一、总体要求", "坚持质量第一。"));
    }

    @Test
    void trailingPromptsLinksAndColophonAreDropped() {
        assertEquals(List.of("三、保障措施", "（一）加强领导。各地要加强领导。"),
                body("三、保障措施", "（一）加强领导。各地要加强领导。", "政策解读：关于《某某方案》的解读",
                        "某某市人民政府办公室 2023年9月6日印发", "附件：", "扫描二维码 关注我们"));
    }

    @Test
    void shortClosingLinesWithoutPageFurnitureAreKept() {
        List<String> lines = List.of("三、保障措施", "各地要加强领导。", "（此件公开发布）");
        assertEquals(lines, body(lines.toArray(String[]::new)));
    }
}

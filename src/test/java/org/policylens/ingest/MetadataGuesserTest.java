package org.policylens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.Level;
import org.policylens.model.Script;

/** Metadata rules on documents written for the test. */
class MetadataGuesserTest {

    private static DocumentMetadata guess(String text) {
        return MetadataGuesser.guess(text, text, "某文件.txt", null);
    }

    @Test
    void countyDocumentWithFullWidthBracketsAndChineseNumeralDate() {
        DocumentMetadata m = guess(String.join("\n",
                "某某县人民政府关于推进质量强县建设的实施意见",
                "某政发［2021］３号",
                "各乡镇人民政府：",
                "一、总体要求",
                "结合浙江省实际，推进质量强县。",
                "某某县人民政府",
                "二〇二一年十二月二十五日"));
        assertEquals("某某县人民政府关于推进质量强县建设的实施意见", m.title());
        assertEquals("某某县人民政府", m.issuer());
        assertEquals(Level.COUNTY, m.level());
        assertEquals("浙江省某某县", m.region());
        assertEquals("某政发［2021］３号", m.docNumber());
        assertEquals("2021-12-25", m.date());
        assertEquals(Script.SIMPLIFIED, m.script());
        assertEquals("document", m.slug(), "a file name without latin letters gives a neutral slug");
    }

    @Test
    void centralDocumentWithJointIssuers() {
        DocumentMetadata m = guess(String.join("\n",
                "中共中央 国务院关于开展质量提升行动的指导意见",
                "（2017年9月5日）",
                "提高供给质量是供给侧结构性改革的主攻方向。"));
        assertEquals("中共中央、国务院", m.issuer());
        assertEquals(Level.CENTRAL, m.level());
        assertEquals("2017-09-05", m.date());
        assertNull(m.docNumber());
    }

    @Test
    void citedDocumentNumbersAndTitlesDoNotBecomeThisDocuments() {
        DocumentMetadata m = guess(String.join("\n",
                "根据《国务院关于印发质量发展纲要的通知》（国发〔2012〕9号）精神，结合实际，制定本方案。",
                "一、总体要求"));
        assertNull(m.docNumber());
        assertNull(m.date());
        assertEquals("某文件", m.title(), "no title in the text: the file name stem");
    }

    @Test
    void newsStyleAnnouncementGivesTitleAndIssuers() {
        DocumentMetadata m = guess(String.join("\n",
                "近日，中共某某省委、某某省人民政府印发了《某某省质量强省建设纲要》，要求认真贯彻落实。",
                "一、总体目标"));
        assertEquals("某某省质量强省建设纲要", m.title());
        assertEquals("中共某某省委、某某省人民政府", m.issuer());
        assertEquals(Level.PROVINCE, m.level());
        assertEquals("某某省", m.region());
    }

    @Test
    void traditionalScriptIsDetected() {
        assertEquals(Script.TRADITIONAL, guess("關於開展質量強市活動的實施意見\n加強質量監督，實現品牌帶動。").script());
        assertEquals(Script.SIMPLIFIED, guess("关于开展质量强市活动的实施意见\n加强质量监督，实现品牌带动。").script());
    }

    @Test
    void slugComesFromTheFileNameWhenNotGiven() {
        DocumentMetadata m = MetadataGuesser.guess("一、总体要求", "一、总体要求", "/tmp/Hefei 2012.TXT", null);
        assertEquals("hefei-2012", m.slug());
        assertEquals("given", MetadataGuesser.guess("一、总体要求", "一、总体要求", "x.txt", "given").slug());
    }
}

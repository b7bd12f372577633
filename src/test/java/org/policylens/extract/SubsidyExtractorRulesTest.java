package org.policylens.extract;

import org.junit.jupiter.api.Test;
import org.policylens.model.Subsidy;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rule per test, on sentences written for the test. */
class SubsidyExtractorRulesTest {

    private final SubsidyExtractor extractor = new SubsidyExtractor();

    @Test
    void anItemThatIsThePrefixOfTheNextKeepsItsOwnName() {
        List<Subsidy> found = new SubsidyExtractor().extract(
                "对获得中国质量奖、中国质量奖提名奖的组织，分别给予一次性奖励300万元、100万元。");
        assertEquals(2, found.size());
        assertEquals("获得中国质量奖", found.get(0).item());
        assertEquals(3_000_000L, found.get(0).amountYuan());
        assertEquals("获得中国质量奖提名奖", found.get(1).item());
        assertEquals(1_000_000L, found.get(1).amountYuan());
    }

    @Test
    void respectivelyMapsAmountsOntoItems() {
        List<Subsidy> s = extractor.extract("对首次获得国家级、省级、市级标准化示范区称号的,分别给予企业80万元、30万元、10万元奖励。");
        assertEquals(3, s.size());
        assertEquals("首次获得国家级标准化示范区称号", s.get(0).item());
        assertEquals("首次获得市级标准化示范区称号", s.get(2).item());
        assertEquals(800000, s.get(0).amountYuan());
        assertEquals(100000, s.get(2).amountYuan());
        assertEquals("企业", s.get(0).recipient());
        assertEquals("奖励", s.get(0).kind());
        assertEquals("80万元", s.get(0).amountText());
    }

    @Test
    void traditionalAndFullWidth() {
        List<Subsidy> s = extractor.extract("對獲得市長質量獎的，給予企業３０萬元的一次性獎勵。");
        assertEquals(1, s.size());
        assertEquals("獲得市長質量獎", s.get(0).item());
        assertEquals(300000, s.get(0).amountYuan());
        assertEquals("一次性獎勵", s.get(0).kind());
        assertEquals("企業", s.get(0).recipient());
    }

    @Test
    void recipientAfterTheConditionAndNoRecipient() {
        Subsidy a = extractor.extract("对通过国家级服务业标准化试点验收的单位,按照规定给予5万元资金支持。").get(0);
        assertEquals("通过国家级服务业标准化试点验收", a.item());
        assertEquals("单位", a.recipient());
        assertEquals("资金支持", a.kind());
        Subsidy b = extractor.extract("对获评省级质量教育基地的,给予8万元补助。").get(0);
        assertNull(b.recipient());
        assertEquals("补助", b.kind());
    }

    @Test
    void kindBeforeTheAmount() {
        Subsidy s = extractor.extract("對首次獲得省長質量獎的企業，給予一次性獎勵100萬元。").get(0);
        assertEquals("一次性獎勵", s.kind());
        assertEquals("企業", s.recipient());
        assertEquals(1000000, s.amountYuan());
    }

    @Test
    void eachAwardGetsOneRecord() {
        List<Subsidy> s = extractor.extract("对获得省长质量奖和省政府标准贡献奖的企业,各奖励100万元。");
        assertEquals(2, s.size());
        assertEquals("获得省长质量奖", s.get(0).item());
        assertEquals("获得省政府标准贡献奖", s.get(1).item(), "the shared verb is restored on each item");
        assertEquals(1000000, s.get(1).amountYuan());
    }

    @Test
    void capsAreRecognised() {
        Subsidy s = extractor.extract("对新建省级检验检测中心的,给予最高200万元补贴。").get(0);
        assertEquals(2000000, s.amountYuan());
        assertTrue(s.isCap());
        assertEquals("补贴", s.kind());
    }

    @Test
    void rewardTables() {
        String doc = "附表 奖励标准\n序号\t奖励项目\t奖励金额(万元)\n1\t中国质量奖\t100\n2\t中国质量奖提名奖\t50\n3\t省政府质量奖\t30\n说明:同一企业不重复奖励。\n";
        List<Subsidy> s = extractor.extract(doc);
        assertEquals(3, s.size());
        assertEquals("中国质量奖提名奖", s.get(1).item());
        assertEquals(500000, s.get(1).amountYuan());
        assertEquals("奖励", s.get(1).kind());
        String piped = "| 奖项 | 奖励金额（万元） |\n|---|---|\n| 市长质量奖 | 20 |\n| 市质量管理先进单位 | 5 |\n";
        assertEquals(2, extractor.extract(piped).size());
        String aligned = "奖项名称        资助标准(元)\n国家标准主导    300000\n行业标准主导    100000\n";
        List<Subsidy> al = extractor.extract(aligned);
        assertEquals(2, al.size());
        assertEquals(100000, al.get(1).amountYuan());
        assertEquals("资助", al.get(1).kind());
    }

    @Test
    void targetsAndGeneralFundingAreNotSubsidies() {
        assertTrue(extractor.extract("工业用地亩均税收达到35万元/亩。").isEmpty());
        assertTrue(extractor.extract("完善政府质量奖奖励制度,给予资金支持。").isEmpty());
        assertTrue(extractor.extract("新经济增加值达到2.5万亿元。").isEmpty());
    }
}

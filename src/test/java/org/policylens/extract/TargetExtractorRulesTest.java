package org.policylens.extract;

import org.junit.jupiter.api.Test;
import org.policylens.model.Comparator;
import org.policylens.model.Target;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rule per test, on sentences written for the test (not taken from the bundled corpus). */
class TargetExtractorRulesTest {

    private final TargetExtractor extractor = new TargetExtractor();

    private List<Target> extract(String text) {
        List<Target> out = extractor.extract(text);
        for (Target t : out) {
            assertEquals(t.quote(), sub(text, t.start(), t.end()), "quote must be the text at its offsets");
        }
        return out;
    }

    private static String sub(String text, int cpStart, int cpEnd) {
        int s = text.offsetByCodePoints(0, cpStart);
        int e = text.offsetByCodePoints(0, cpEnd);
        return text.substring(s, e);
    }

    private static Target only(List<Target> ts) {
        assertEquals(1, ts.size(), ts.toString());
        return ts.get(0);
    }

    @Test
    void aNumberGluedToASuperscriptOrCircledDigitIsNotAValue() {
        // Found by the property test: NFKC reads m²98 as m298, so 98 alone would not be in its quote.
        assertTrue(extract("人均住房面积达到30m²98%的目标。").stream().noneMatch(t -> t.value() == 98), "²98");
        assertTrue(extract("①95%的企业通过认证。").stream().noneMatch(t -> t.value() == 95), "①95");
        assertEquals(1, extract("到2025年,制造业产品质量合格率达到98%。").size());
    }

    @Test
    void aNumberGluedToASignThatStandsForDigitsIsNotAValue() {
        // Found by the property test: ㍸ is dm², so ㍸98% reads as dm²98% (NFKC: dm298%).
        assertTrue(extract("⺀㍸98%").stream().noneMatch(t -> t.value() == 98), "㍸98");
        assertTrue(extract("合格率达到㎡98%。").stream().noneMatch(t -> t.value() == 98), "㎡98");
        assertTrue(extract("合格率达到98㏠以上。").stream().noneMatch(t -> t.value() == 98), "98㏠ (98 then 1日)");
        assertTrue(extract("合格率达到\uD835\uDFD798%。").stream().noneMatch(t -> t.value() == 98), "𝟗98");
        // A unit sign after the number is its unit, not more digits.
        Target area = only(extract("到2025年,人均公园绿地面积达到15㎡。"));
        assertEquals(15, area.value());
    }

    @Test
    void indicatorBeforeVerbWithComparatorWords() {
        Target t = only(extract("到2030年,全县水产品抽检合格率达到97%以上。"));
        assertEquals("全县水产品抽检合格率", t.indicator());
        assertEquals(97, t.value());
        assertEquals("%", t.unit());
        assertEquals(Comparator.AT_LEAST, t.comparator());
        assertEquals(2030, t.year());
        assertFalse(t.perYear());
    }

    @Test
    void comparatorByWord() {
        assertEquals(Comparator.AT_LEAST, only(extract("某某检测覆盖率不低于90%。")).comparator());
        assertEquals(Comparator.AT_MOST, only(extract("单位产值能耗低于0.5吨标煤/万元。")).comparator());
        assertEquals(Comparator.ABOUT, only(extract("示范企业数量达到40家左右。")).comparator());
        assertEquals(Comparator.EQUAL, only(extract("示范企业数量达到40家。")).comparator());
        assertEquals(Comparator.AT_LEAST, only(extract("顾客满意指数超过82。")).comparator());
    }

    @Test
    void fullWidthPunctuationAndDigits() {
        Target t = only(extract("到２０２６年，城乡供水水质达标率达到９９．５％以上。"));
        assertEquals(99.5, t.value());
        assertEquals("％", t.unit());
        assertEquals(2026, t.year());
        assertEquals(Comparator.AT_LEAST, t.comparator());
        assertTrue(t.quote().contains("９９．５"));
    }

    @Test
    void traditionalCharactersAreReadAndQuotedAsWritten() {
        Target t = only(extract("到2026年，新增縣級標準化試點項目12個以上。"));
        assertEquals("縣級標準化試點項目", t.indicator());
        assertEquals("個", t.unit());
        assertEquals(Comparator.AT_LEAST, t.comparator());
    }

    @Test
    void respectivelyMapsValuesInOrder() {
        List<Target> ts = extract("到2028年,甲类产品合格率、乙类产品合格率、丙类工程优良率分别达到95%、90%、85%。");
        assertEquals(3, ts.size());
        assertEquals("甲类产品合格率", ts.get(0).indicator());
        assertEquals(95, ts.get(0).value());
        assertEquals("丙类工程优良率", ts.get(2).indicator());
        assertEquals(85, ts.get(2).value());
        assertEquals(ts.get(0).quote(), ts.get(2).quote());
    }

    @Test
    void sharedRateValueGivesOneRecordPerIndicator() {
        List<Target> ts = extract("到2027年,水产品抽检合格率、畜禽产品抽检合格率均达到98%以上。");
        assertEquals(2, ts.size());
        assertEquals("水产品抽检合格率", ts.get(0).indicator());
        assertEquals("畜禽产品抽检合格率", ts.get(1).indicator());
    }

    @Test
    void jointCountStaysOneRecord() {
        Target t = only(extract("省级重点实验室、省级工程研究中心达到40个。"));
        assertEquals("省级重点实验室、省级工程研究中心", t.indicator());
    }

    @Test
    void eachGivesOneRecordPerItem() {
        List<Target> ts = extract("创建星级农家乐和精品民宿各50家。");
        assertEquals(2, ts.size());
        assertEquals("星级农家乐", ts.get(0).indicator());
        assertEquals("精品民宿", ts.get(1).indicator());
        assertEquals(50, ts.get(1).value());
    }

    @Test
    void levelListsShareTheirHeadNoun() {
        List<Target> ts = extract("培育5个国家级、12个省级、30个县级现代农业产业园。");
        assertEquals(3, ts.size());
        assertEquals("国家级现代农业产业园", ts.get(0).indicator());
        assertEquals("县级现代农业产业园", ts.get(2).indicator());
    }

    @Test
    void indicatorAfterActionVerb() {
        Target t = only(extract("到2029年,建成25个智慧计量实验室。"));
        assertEquals("智慧计量实验室", t.indicator());
        assertEquals(25, t.value());
        assertEquals("个", t.unit());
    }

    @Test
    void rangesKeepBothEnds() {
        Target t = only(extract("争创国家级质量品牌示范区2-3个。"));
        assertEquals(2, t.value());
        assertEquals(3.0, t.valueMax());
        assertEquals(Comparator.EQUAL, t.comparator());
        Target p = only(extract("参保率力争每年提高1—2个百分点。"));
        assertEquals("参保率", p.indicator());
        assertEquals("个百分点", p.unit());
        assertTrue(p.perYear());
    }

    @Test
    void growthRatesKeepGrowth() {
        Target t = only(extract("到2030年,规上企业研发投入年均增长力争达到12%。"));
        assertEquals("规上企业研发投入年均增长", t.indicator());
        assertTrue(t.perYear());
        Target g = only(extract("2026年,技术合同成交额力争增长15%以上。"));
        assertEquals("技术合同成交额增长", g.indicator());
        assertFalse(g.perYear());
        assertEquals(2026, g.year());
    }

    @Test
    void trailingAboutAppliesToTheWholeList() {
        List<Target> ts = extract("每年认定甲类示范项目30个、乙类示范项目20个、丙类示范项目10个左右。");
        assertEquals(3, ts.size());
        ts.forEach(t -> assertEquals(Comparator.ABOUT, t.comparator()));
        ts.forEach(t -> assertTrue(t.perYear()));
    }

    @Test
    void yearScopesItsParagraphAndBulletsButNotOtherSections() {
        String doc = "一、发展目标\n到2030年,全市质量水平显著提升。\n——产品质量合格率达到95%。\n——服务满意度达到88以上。\n"
                + "二、重点任务\n(一)强化品牌。培育区域品牌30个。\n";
        List<Target> ts = extract(doc);
        assertEquals(3, ts.size());
        assertEquals(2030, ts.get(0).year());
        assertEquals(2030, ts.get(1).year());
        assertNull(ts.get(1).unit());
        assertNull(ts.get(2).year());
    }

    @Test
    void midParagraphMarkerScopesOnlyItsSentence() {
        String doc = "(三)优化服务。加强服务创新,到2028年,新增示范网点80个。推进标准宣贯,每年培训企业200家以上。\n";
        List<Target> ts = extract(doc);
        assertEquals(2, ts.size());
        assertEquals(2028, ts.get(0).year());
        assertNull(ts.get(1).year());
        assertTrue(ts.get(1).perYear());
        assertNull(extract("加强监管,示范网点覆盖率达到60%。到2028年,新增示范网点80个。").get(0).year(),
                "targets before the marker get no year");
    }

    @Test
    void yearBlocksInSuccession() {
        String doc = "2026年,甲项指标达到10%。\n到2028年,甲项指标达到20%。\n";
        List<Target> ts = extract(doc);
        assertEquals(2026, ts.get(0).year());
        assertEquals(2028, ts.get(1).year());
    }

    @Test
    void deadlineMarker() {
        assertEquals(2027, only(extract("2027年底前,规上企业标准自我声明覆盖率要达90%。")).year());
    }

    @Test
    void exclusions() {
        assertTrue(extract("根据《某某发展规划(2021-2025年)》(某政〔2021〕18号),2022年3月5日印发。").isEmpty());
        assertTrue(extract("推进5G和IPv6部署,开展3·15宣传,建设“1+3+N”服务体系。").isEmpty());
        assertTrue(extract("打造“10分钟健身圈”,建设一批24小时自助图书馆,推行7×24小时服务。").isEmpty());
        assertTrue(extract("截至目前,全市已有省级名牌产品120个。").isEmpty());
        assertTrue(extract("聚焦8个重点产业链开展质量攻关。").isEmpty());
        assertTrue(extract("1.加强标准制修订。\n(2)推进示范。\n").isEmpty());
        assertTrue(extract("对获得市长质量奖的企业,给予50万元奖励。").isEmpty(), "reward money is a subsidy");
    }

    @Test
    void moneyRatesAreTargets() {
        Target t = only(extract("工业用地亩均税收达到35万元/亩。"));
        assertEquals("万元/亩", t.unit());
    }

    @Test
    void quotesAreUniqueInTheDocument() {
        String doc = "2026年,药品抽检合格率稳定在99%以上。\n到2028年,药品抽检合格率稳定在99%以上。\n";
        List<Target> ts = extract(doc);
        assertEquals(2, ts.size());
        assertEquals(doc.indexOf(ts.get(1).quote()), doc.lastIndexOf(ts.get(1).quote()));
        assertEquals(2028, ts.get(1).year());
    }

    @Test
    void codePointOffsets() {
        String doc = "𠀀𠀁说明。到2030年,甲项合格率达到95%。";
        Target t = only(extract(doc));
        assertEquals(t.quote(), sub(doc, t.start(), t.end()));
    }

    @Test
    void emptyInput() {
        assertTrue(extractor.extract("").isEmpty());
        assertTrue(extractor.extract(null).isEmpty());
    }
}

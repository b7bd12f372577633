package org.policylens.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylens.model.Codebook;
import org.policylens.model.Evidence;
import org.policylens.model.Keyword;
import org.policylens.model.Theme;
import org.policylens.model.ThemeAssignment;
import org.policylens.model.ThemeRule;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule-level behaviour, on sentences written for these tests. */
class ThemeClassifierTest {

    private static ThemeClassifier defaults;

    @BeforeAll
    static void loadDefaultCodebook() {
        defaults = new ThemeClassifier(ThemeGoldSupport.defaultCodebook());
    }

    private static String primary(List<ThemeAssignment> assignments) {
        return assignments.isEmpty() ? null : assignments.get(0).code();
    }

    @Test
    void standardSettingIsStandards() {
        List<ThemeAssignment> result = defaults.classify("鼓励本地企业牵头起草团体标准,积极参与国家标准和行业标准制修订。", "");
        assertEquals("standards", primary(result));
    }

    @Test
    void evidenceOffsetsPointAtTheMatchedCharacters() {
        String text = "支持检验检测机构提升校准能力。";
        ThemeAssignment infrastructure = defaults.classify(text, "").get(0);
        assertEquals("infrastructure", infrastructure.code());
        for (Evidence e : infrastructure.evidence()) {
            assertTrue(e.inText());
            assertEquals(e.term(), text.substring(e.start(), e.end()));
        }
        assertTrue(infrastructure.evidence().stream().anyMatch(e -> e.term().equals("校准")));
    }

    @Test
    void offsetsAreCodePointsEvenAfterASupplementaryCharacter() {
        String text = "𠀋市推进地方标准制定工作。";
        Evidence e = defaults.classify(text, "").get(0).evidence().stream()
                .filter(x -> x.term().equals("地方标准")).findFirst().orElseThrow();
        assertEquals(4, e.start());
        assertEquals(8, e.end());
    }

    @Test
    void traditionalTextIsCodedLikeSimplified() {
        String simplified = "加强计量检测能力建设,推动检验检测机构做强做优,扩大认证认可覆盖面。";
        String traditional = "加強計量檢測能力建設,推動檢驗檢測機構做強做優,擴大認證認可覆蓋面。";
        assertEquals(simplified.length(), traditional.length());
        List<ThemeAssignment> fromSimplified = defaults.classify(simplified, "");
        List<ThemeAssignment> fromTraditional = defaults.classify(traditional, "");
        assertEquals("infrastructure", primary(fromTraditional));
        assertEquals(fromSimplified, fromTraditional);
    }

    @Test
    void headingAboveThePassageMakesItLeanTowardsItsTheme() {
        // On its own the sentence is about enterprises; under a 标准化 heading it is read as standards work.
        String text = "引导企业对照先进水平查找差距,每年组织一批对标提升活动。";
        List<ThemeAssignment> plain = defaults.classify(text, "");
        List<ThemeAssignment> underStandards = defaults.classify(text, "三、主要任务 › (四)深入实施标准化战略");
        assertEquals("enterprise", primary(plain));
        assertEquals("standards", primary(underStandards));
        assertTrue(underStandards.get(0).evidence().stream().anyMatch(e -> !e.inText() && e.term().equals("标准")));
    }

    @Test
    void runInTitleCountsAsTheInnermostHeading() {
        List<ThemeAssignment> result = defaults.classify("3.加强品牌培育。引导企业讲好质量故事,提升市场认可。", "二、主要任务");
        assertEquals("brand", primary(result));
        Evidence headingEvidence = result.get(0).evidence().get(0);
        assertEquals("品牌", headingEvidence.term());
        assertEquals(4, headingEvidence.start());
    }

    @Test
    void exclusionStopsAModifierFromCounting() {
        List<ThemeAssignment> result = defaults.classify("推行绿色工地管理,落实施工单位质量终身责任,开展工程质量抽查。", "");
        assertEquals("construction", primary(result));
        assertFalse(ThemeClassifier.codes(result).contains("green"));
    }

    @Test
    void longestTermWinsAcrossThemes() {
        // 社会公用计量标准 is a metrology item; its 标准 must not make the passage standardisation.
        List<ThemeAssignment> result = defaults.classify("新建社会公用计量标准5项,完善量值溯源体系。", "");
        assertEquals(List.of("infrastructure"), ThemeClassifier.codes(result));
    }

    @Test
    void aFullSentenceOnASecondThemeAddsIt() {
        String text = "推进旅游、餐饮、家政等生活服务提质扩容,培育一批服务业示范企业。"
                + "支持餐饮企业主导制定地方标准和团体标准,开展标准化试点。";
        List<String> codes = ThemeClassifier.codes(defaults.classify(text, ""));
        assertEquals("service", codes.get(0));
        assertTrue(codes.contains("standards"), codes.toString());
    }

    @Test
    void resultIsDeterministicAndEmptyTextHasNoThemes() {
        String text = "强化质量宣传,开展质量月活动,加强质量人才培养。";
        assertEquals(defaults.classify(text, "x"), defaults.classify(text, "x"));
        assertTrue(defaults.classify("", "").isEmpty());
        assertTrue(defaults.classify(null, null).isEmpty());
    }

    @Test
    void worksWithAUserCodebook() {
        Codebook tiny = new Codebook("tiny", "tiny", List.of(
                new Theme("water", "水", "Water", "water", null,
                        new ThemeRule(List.of(new Keyword("水资源", 3)), List.of("水"), List.of("水资源费"))),
                new Theme("roads", "路", "Roads", "roads", null,
                        new ThemeRule(List.of(new Keyword("公路", 3)), List.of(), List.of()))));
        ThemeClassifier classifier = new ThemeClassifier(tiny);
        assertEquals(List.of("water"), ThemeClassifier.codes(classifier.classify("保护水资源。", "")));
        assertTrue(classifier.classify("征收水资源费。", "").isEmpty());
        assertEquals("roads", primary(classifier.classify("修建公路。", "")));
    }
}

package org.policylens.compare;

import org.policylens.ingest.IndicatorDictionaryLoader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylens.extract.TargetExtractor;
import org.policylens.model.Comparator;
import org.policylens.model.IndicatorGroup;
import org.policylens.model.Target;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorAlignmentTest {

    private static IndicatorAlignment alignment;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data", "indicators.json"))) {
            alignment = new IndicatorAlignment(IndicatorDictionaryLoader.load(in));
        }
    }

    private static List<Target> targetsOf(String slug) throws IOException {
        return new TargetExtractor().extract(Files.readString(Path.of("data", "corpus", slug + ".txt"),
                StandardCharsets.UTF_8));
    }

    private static Set<String> keysOf(List<Target> ts, String indicatorFolded) {
        return ts.stream().filter(t -> t.indicator().replace("項", "项").replace("驗", "验").replace("項", "项")
                        .equals(indicatorFolded))
                .map(alignment::keyFor).collect(Collectors.toSet());
    }

    @Test
    void dictionaryHasTheRequiredIndicators() {
        Set<String> keys = alignment.dictionary().entries().stream().map(IndicatorDictionary.Entry::key)
                .collect(Collectors.toSet());
        for (String k : List.of("manufacturing_pass_rate", "agri_product_pass_rate", "food_safety_pass_rate",
                "drug_pass_rate", "construction_acceptance_rate", "standards_led", "local_standards",
                "high_value_patents_per_10k", "rd_growth", "hightech_share", "green_building_share")) {
            assertTrue(keys.contains(k), k);
        }
        alignment.dictionary().entries().forEach(e -> assertTrue(e.key().matches("[a-z0-9_]+") && !e.nameEn().isEmpty()));
    }

    @Test
    void manufacturingPassRateSharesOneKeyAcrossRegions() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String slug : List.of("zhejiang", "yichun", "chengde")) {
            List<Target> ts = targetsOf(slug).stream().filter(t -> t.indicator().equals("制造业产品质量合格率")).toList();
            assertTrue(!ts.isEmpty(), slug);
            ts.forEach(t -> keys.add(alignment.keyFor(t)));
        }
        assertEquals(Set.of("manufacturing_pass_rate"), keys);
    }

    @Test
    void constructionAcceptanceRateSharesOneKeyAcrossScripts() throws IOException {
        Set<String> keys = new HashSet<>();
        keys.addAll(targetsOf("hefei").stream().filter(t -> t.indicator().equals("大中型工程項目一次驗收合格率"))
                .map(alignment::keyFor).toList());
        keys.addAll(targetsOf("yichun").stream().filter(t -> t.indicator().equals("大中型工程项目一次验收合格率"))
                .map(alignment::keyFor).toList());
        assertEquals(Set.of("construction_acceptance_rate"), keys);
        assertNotEquals("construction_acceptance_rate", alignment.keyFor("其他工程項目一次驗收合格率", "%"));
    }

    @Test
    void chengdeYearsShareAKeyAndDifferByYear() throws IOException {
        List<Target> ts = targetsOf("chengde");
        for (String indicator : List.of("农产品质量监测合格率", "食品安全抽检合格率", "药品监督抽检合格率", "市地方标准",
                "提升改造社会公用计量标准", "主导或参与国际、国家、行业标准")) {
            List<Target> rows = ts.stream().filter(t -> t.indicator().equals(indicator)).toList();
            assertEquals(3, rows.size(), indicator);
            assertEquals(1, rows.stream().map(alignment::keyFor).distinct().count(), indicator);
            assertEquals(Set.of(2023, 2025, 2027), rows.stream().map(Target::year).collect(Collectors.toSet()));
        }
    }

    @Test
    void unknownVariantsGroupBySimilarityAndUnit() {
        Target a = target("全市规上工业企业新产品产值率", "%");
        assertEquals("new_product_output_rate", alignment.keyFor(a));
        // not in the dictionary: two regions writing the same thing share a derived key
        Target x = target("城市公共自行车站点覆盖率", "%");
        Target y = target("城區公共自行車站點覆蓋率", "%");
        Target z = target("城市公共自行车站点覆盖率", "个");
        List<IndicatorGroup> groups = alignment.align(List.of(x, y, z));
        assertEquals(2, groups.size());
        assertEquals(2, groups.get(0).members().size());
        assertTrue(groups.get(0).key().startsWith("x_"));
        assertEquals(IndicatorAlignment.derivedKey("城市公共自行车站点覆盖率", "%"),
                IndicatorAlignment.derivedKey("城市公共自行車站點覆蓋率", "%"));
    }

    private static Target target(String indicator, String unit) {
        return new Target(indicator, 1, null, unit, Comparator.EQUAL, null, false, indicator + "1", 0, 1);
    }
}

package org.policylens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policylens.model.Comparator;
import org.policylens.model.IndicatorGroup;
import org.policylens.model.Target;

class TargetComparisonTest {

    private static final IndicatorDictionary DICTIONARY = new IndicatorDictionary(List.of(
            new IndicatorDictionary.Entry("manufacturing_pass_rate", "制造业产品质量合格率", "Manufacturing pass rate",
                    "percent", List.of("制造业产品质量合格率")),
            new IndicatorDictionary.Entry("food_safety_pass_rate", "食品安全抽检合格率", "Food safety pass rate",
                    "percent", List.of("食品抽检合格率"))));
    private final TargetComparison comparison = new TargetComparison(new IndicatorAlignment(DICTIONARY));

    private static Target target(String indicator, double value, Integer year, int start) {
        return new Target(indicator, value, null, "%", Comparator.AT_LEAST, year, false, indicator + value, start,
                start + 5);
    }

    private static final Target ZJ = target("制造业产品质量合格率", 96, 2022, 0);
    private static final Target CD_2025 = target("制造业产品质量合格率", 94, 2025, 50);
    private static final Target CD_2023 = target("制造业产品质量合格率", 92, 2023, 10);
    private static final Target CD_FOOD = target("食品抽检合格率", 98, 2023, 20);
    private static final List<TargetComparison.Entry> ENTRIES = List.of(
            new TargetComparison.Entry("zhejiang", ZJ, null),
            new TargetComparison.Entry("chengde", CD_2023, null),
            new TargetComparison.Entry("chengde", CD_FOOD, null),
            new TargetComparison.Entry("chengde", CD_2025, null));

    @Test
    void groupsAreThoseOfAligningEveryTarget() {
        // Wordings that the dictionary knows, that only similarity joins (derived groups, merged in order of first
        // appearance), that differ by unit kind, and that only a contrast or level keeps apart; each repeated.
        List<String> indicators = List.of("制造业产品质量合格率", "制造业质量合格率", "食品抽检合格率", "中国质量奖获奖企业",
                "中国质量奖获奖企业数", "质量奖获奖企业", "其他工程项目验收合格率", "大中型工程项目验收合格率",
                "省级质量标杆企业", "市级质量标杆企业", "质量标杆企业");
        List<String> units = Arrays.asList("%", "家", null, "个", "万元");
        Random random = new Random(11);
        List<TargetComparison.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Target t = new Target(indicators.get(random.nextInt(indicators.size())), i, null,
                    units.get(random.nextInt(units.size())), Comparator.AT_LEAST, null, false, "q" + i, i, i + 1);
            entries.add(new TargetComparison.Entry("doc" + i / 50, t, null));
        }
        Map<Target, TargetComparison.GroupName> aligned = new IdentityHashMap<>();
        IndicatorAlignment alignment = new IndicatorAlignment(DICTIONARY);
        for (IndicatorGroup g : alignment.align(entries.stream().map(TargetComparison.Entry::target).toList())) {
            g.members().forEach(t -> aligned.put(t, new TargetComparison.GroupName(g.key(), g.nameZh(), g.nameEn())));
        }
        List<TargetComparison.GroupName> expected = entries.stream().map(e -> aligned.get(e.target())).toList();
        assertEquals(expected, new TargetComparison(alignment).groups(entries, Map.of()));
        assertTrue(expected.stream().distinct().count() > 5, "the wordings make several groups");
    }

    @Test
    void rowsAreIndicatorsAndColumnsDocumentsWithValuesByYear() {
        var groups = comparison.groups(ENTRIES, Map.of());
        var rows = comparison.rows(ENTRIES, groups, List.of("chengde", "zhejiang", "anhui"));
        assertEquals(List.of("manufacturing_pass_rate", "food_safety_pass_rate"),
                rows.stream().map(TargetComparison.Row::key).toList());
        TargetComparison.Row manufacturing = rows.get(0);
        assertEquals("Manufacturing pass rate", manufacturing.nameEn());
        assertEquals(List.of("chengde", "zhejiang", "anhui"), List.copyOf(manufacturing.cells().keySet()));
        assertEquals(List.of(CD_2023, CD_2025), manufacturing.cells().get("chengde"));
        assertEquals(List.of(ZJ), manufacturing.cells().get("zhejiang"));
        assertEquals(List.of(), manufacturing.cells().get("anhui"));
    }

    @Test
    void onlyTheDocumentsAskedForAreColumns() {
        var rows = comparison.rows(ENTRIES, comparison.groups(ENTRIES, Map.of()), List.of("zhejiang"));
        assertEquals(1, rows.size());
        assertEquals(List.of("zhejiang"), List.copyOf(rows.get(0).cells().keySet()));
    }

    @Test
    void aMergeMovesAWholeGroupAndAnAssignmentMovesOneTarget() {
        var choices = Map.of("food_safety_pass_rate",
                new TargetComparison.GroupChoice("food_safety_pass_rate", "", "", "manufacturing_pass_rate"));
        var merged = comparison.groups(ENTRIES, choices);
        assertEquals(List.of("manufacturing_pass_rate"), merged.stream().map(TargetComparison.GroupName::key)
                .distinct().toList());

        List<TargetComparison.Entry> split = List.of(ENTRIES.get(0), ENTRIES.get(1), ENTRIES.get(2),
                new TargetComparison.Entry("chengde", CD_2025, "user_1"));
        var userChoices = Map.of("user_1", new TargetComparison.GroupChoice("user_1", "规上制造业合格率", "", null));
        var groups = comparison.groups(split, userChoices);
        assertEquals("user_1", groups.get(3).key());
        assertEquals("规上制造业合格率", groups.get(3).nameZh());
        assertEquals("manufacturing_pass_rate", groups.get(1).key());
    }

    @Test
    void mergeChainsAreFollowedAndACycleStops() {
        Map<String, TargetComparison.GroupChoice> chain = Map.of(
                "a", new TargetComparison.GroupChoice("a", "", "", "b"),
                "b", new TargetComparison.GroupChoice("b", "", "", "c"));
        assertEquals("c", TargetComparison.followMerges("a", chain));
        Map<String, TargetComparison.GroupChoice> cycle = Map.of(
                "a", new TargetComparison.GroupChoice("a", "", "", "b"),
                "b", new TargetComparison.GroupChoice("b", "", "", "a"));
        assertEquals("a", TargetComparison.followMerges("a", cycle));
    }
}

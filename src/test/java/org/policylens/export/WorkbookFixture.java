package org.policylens.export;

import org.policylens.model.Codebook;
import org.policylens.model.Comparator;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.model.RecordStatus;
import org.policylens.model.Script;
import org.policylens.model.Subsidy;
import org.policylens.model.Target;
import org.policylens.model.Theme;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A small workbook input built by hand: three documents, one indicator Chengde sets for two years, one edited and
 * one rejected record of each kind, and passages whose text looks like formulas.
 */
final class WorkbookFixture {

    static final String REJECTED_TARGET_QUOTE = "被否决的目标条款";
    static final String REJECTED_SUBSIDY_QUOTE = "被否决的补贴条款";
    static final List<String> FORMULA_LOOKALIKES = List.of("=HYPERLINK(\"x\")", "+1", "-2", "@a", "=1+1");

    private WorkbookFixture() {
    }

    static WorkbookContent content(ExportLanguage language) {
        List<DocumentSummary> documents = List.of(
                document(1, "zhejiang", "中共浙江省委 浙江省人民政府关于开展质量提升行动的实施意见", Level.PROVINCE, "浙江省", "2018-06-29"),
                document(2, "chengde", "承德市质量强市建设行动方案（2023—2027年）", Level.CITY, "河北省承德市", "2023"),
                document(3, "yichun", "宜春市质量强市建设实施方案", Level.CITY, "江西省宜春市", "2023-04"));
        Codebook codebook = new Codebook("default", "质量强国建设纲要", List.of(
                new Theme("standards", "标准化", "Standardisation", "", null, null),
                new Theme("brands", "品牌建设", "Brand building", "", null, null),
                new Theme("metrology", "计量", "Metrology", "", null, null)));
        List<ThemeMatrixRow> matrix = List.of(
                new ThemeMatrixRow("standards", "标准化", Map.of("zhejiang", new ThemeMatrixRow.Count(4, 0.12),
                        "chengde", new ThemeMatrixRow.Count(2, 0.05))),
                new ThemeMatrixRow("brands", "品牌建设", Map.of("yichun", new ThemeMatrixRow.Count(7, 0.31))),
                new ThemeMatrixRow("metrology", "计量", Map.of()));
        List<ThemePassageRow> passages = new java.util.ArrayList<>();
        passages.add(new ThemePassageRow("zhejiang", "二、主要任务 › （一）标准", "standards", "标准化",
                List.of("标准化", "地方标准"), "深入实施标准化战略，制定地方标准100项以上。".repeat(8), 120, 300));
        for (String lookalike : FORMULA_LOOKALIKES) {
            passages.add(new ThemePassageRow("chengde", "", "brands", "品牌建设", List.of(lookalike), lookalike, 0, 5));
        }
        List<TargetRow> targets = List.of(
                target(11, "zhejiang", "浙江省", "manufacturing_pass_rate",
                        new Target("制造业产品质量合格率", 96, null, "%", Comparator.AT_LEAST, 2022, false,
                                "制造业产品质量合格率稳定在96%以上", 500, 517), RecordStatus.AUTO),
                target(12, "chengde", "河北省承德市", "manufacturing_pass_rate",
                        new Target("制造业产品质量合格率", 92, null, "%", Comparator.AT_LEAST, 2023, false,
                                "到2023年，制造业产品质量合格率达到92%以上", 40, 62), RecordStatus.CONFIRMED),
                target(13, "chengde", "河北省承德市", "manufacturing_pass_rate",
                        new Target("制造业产品质量合格率", 94, null, "%", Comparator.AT_LEAST, 2025, false,
                                "到2025年，制造业产品质量合格率达到94%以上", 80, 102), RecordStatus.EDITED),
                target(14, "yichun", "江西省宜春市", "manufacturing_pass_rate",
                        new Target("制造业产品质量合格率", 90, null, "%", Comparator.AT_LEAST, 2025, false,
                                REJECTED_TARGET_QUOTE, 10, 18), RecordStatus.REJECTED),
                target(15, "yichun", "江西省宜春市", "new_standards",
                        new Target("主导制定修订标准", 1, 2.0, "项", Comparator.EQUAL, null, true,
                                "每年主导制定修订标准1-2项", 200, 213), RecordStatus.AUTO));
        List<TargetComparisonRow> comparison = List.of(
                new TargetComparisonRow("manufacturing_pass_rate", "制造业产品质量合格率",
                        Map.of("zhejiang", List.of(11L), "chengde", List.of(12L, 13L), "yichun", List.of(14L))),
                new TargetComparisonRow("new_standards", "主导制定修订标准", Map.of("yichun", List.of(15L))));
        List<SubsidyRow> subsidies = List.of(
                new SubsidyRow("zhejiang", "浙江省", "三、保障措施", new Subsidy("首次获得中国质量奖", "企业", 2_000_000,
                        "200万元", "奖励", "对首次获得中国质量奖的企业给予200万元奖励", 900, 923), RecordStatus.AUTO),
                new SubsidyRow("chengde", "河北省承德市", "四、政策支持", new Subsidy("主导制定国际标准", null, 500_000,
                        "最高50万元", "资助", "主导制定国际标准的，给予最高50万元资助", 1000, 1020), RecordStatus.EDITED),
                new SubsidyRow("chengde", "河北省承德市", "四、政策支持", new Subsidy("参与制定地方标准", null, 5_000,
                        "0.5万元", "补助", "参与制定地方标准的，给予0.5万元补助", 1100, 1117), RecordStatus.CONFIRMED),
                new SubsidyRow("yichun", "江西省宜春市", "", new Subsidy("被否决", null, 1, "1元", "奖励",
                        REJECTED_SUBSIDY_QUOTE, 0, 8), RecordStatus.REJECTED));
        List<AnnotationRow> annotations = List.of(new AnnotationRow("zhejiang", "一、总体要求", "质量第一",
                "-与安徽对比", List.of("对比", "目标"), 10, 14, "2026-01-05T10:00:00Z"));
        return new WorkbookContent(ZonedDateTime.of(2026, 1, 5, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai")), "0.1.0",
                language, documents, codebook, matrix, passages, comparison, targets, subsidies, annotations);
    }

    static DocumentSummary document(long id, String slug, String title, Level level, String region, String date) {
        return new DocumentSummary(id, new DocumentMetadata(slug, title, "人民政府", level, region, date, null,
                Script.SIMPLIFIED, slug + ".txt"), "ab12", 10_000, 20, 80, "2026-01-01T08:00:00Z");
    }

    private static TargetRow target(long id, String document, String region, String key, Target target,
                                    RecordStatus status) {
        return new TargetRow(id, document, region, "一、主要目标", key, target, status);
    }
}

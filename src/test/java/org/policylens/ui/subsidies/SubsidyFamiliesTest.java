package org.policylens.ui.subsidies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylens.model.RecordStatus;
import org.policylens.model.Subsidy;
import org.policylens.model.SubsidyRecord;

class SubsidyFamiliesTest {

    @Test
    void theSameAwardInTraditionalAndSimplifiedWithDifferentVerbsIsOneFamily() {
        SubsidyFamilies families = new SubsidyFamilies();
        SubsidyFamilies.Family hefei = families.familyOf("首次獲得中國質量獎");
        assertEquals("中国质量奖", hefei.label());
        assertEquals(hefei, families.familyOf("获得中国质量奖"));
        assertEquals(hefei, families.familyOf("荣获“中国质量奖”"));
        assertEquals(hefei, families.familyOf("被评为中国质量奖"));
    }

    @Test
    void aNearlyIdenticalWordingJoinsButARelatedAwardStaysApart() {
        SubsidyFamilies families = new SubsidyFamilies();
        SubsidyFamilies.Family award = families.familyOf("获得安徽省政府质量奖");
        assertEquals(award, families.familyOf("荣获安徽省政府质量奖项"), "one stray character");
        assertNotEquals(families.familyOf("中国质量奖"), families.familyOf("中国质量奖提名奖"));
        assertNotEquals(award, families.familyOf("获得合肥名牌产品"));
    }

    @Test
    void coreStripsHowTheAwardIsEarnedAndATrailingTitleWord() {
        assertEquals("国家级中小学质量教育社会实践基地", SubsidyFamilies.core("獲得國家級中小學質量教育社會實踐基地稱號"));
        assertEquals("主持国际标准制修订工作", SubsidyFamilies.core("主持国际标准制修订工作"));
        assertEquals("筹建全国知名品牌创建示范区", SubsidyFamilies.core("獲批籌建全國知名品牌創建示範區"));
        assertEquals("获得", SubsidyFamilies.core("获得"), "nothing left: the folded text stays");
    }

    @Test
    void familiesSharedBySeveralDocumentsComeFirstAndLineUpByColumn() {
        List<SubsidyRecord> library = List.of(
                record(1, "hefei", "获得合肥名牌产品", 50_000),
                record(2, "hefei", "首次獲得中國質量獎", 2_000_000),
                record(3, "chengde", "获得中国质量奖", 1_000_000),
                record(4, "anhui", "获得中国质量奖", 3_000_000));
        List<SubsidyFamilyRow> rows = SubsidyTable.families(library, List.of("hefei", "chengde"));
        assertEquals(List.of("中国质量奖", "合肥名牌产品"), rows.stream().map(SubsidyFamilyRow::label).toList());
        assertEquals(List.of(2L, 3L), rows.get(0).members().stream().map(SubsidyRecord::id).toList(),
                "anhui is not compared; hefei's column comes before chengde's");
        assertEquals(2_000_000, rows.get(0).maxAmount());
    }

    private static SubsidyRecord record(long id, String slug, String item, long yuan) {
        return new SubsidyRecord(id, slug, slug, new Subsidy(item, "企业", yuan, AmountFormat.format(yuan), "奖励",
                item, 0, item.length()), RecordStatus.AUTO);
    }
}

package org.policylens.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.model.Script;

class LibraryViewModelTest {

    static DocumentSummary doc(String slug, String title, Level level, String region, String date) {
        return new DocumentSummary(1, new DocumentMetadata(slug, title, "人民政府", level, region, date, null,
                Script.SIMPLIFIED, slug + ".txt"), "sha", 100, 5, 10, "2024-01-01");
    }

    private final DocumentSummary anhui = doc("anhui", "安徽省质量强省建设纲要", Level.PROVINCE, "安徽省", "2023");
    private final DocumentSummary zhejiang = doc("zhejiang", "浙江省实施意见", Level.PROVINCE, "浙江省", "2018-06-29");
    private final DocumentSummary hefei = doc("hefei", "合肥市人民政府關於開展質量強市活動的實施意見", Level.CITY,
            "安徽省合肥市", "2012-12-25");
    private final DocumentSummary hefeiNew = doc("hefei2", "合肥市标准化方案", Level.CITY, "安徽省合肥市", "2020");
    private final DocumentSummary undated = doc("x", "无日期方案", null, "", null);

    @Test
    void groupsByLevelThenRegionWithUnknownLevelLast() {
        var groups = LibraryViewModel.group(List.of(undated, hefei, zhejiang, anhui, hefeiNew), LibrarySort.DATE);
        assertEquals(List.of(Level.PROVINCE, Level.CITY), groups.subList(0, 2).stream()
                .map(LibraryNode.LevelGroup::level).toList());
        assertNull(groups.get(2).level());
        assertEquals(2, groups.get(0).regions().size());
        LibraryNode.RegionGroup hefeiRegion = groups.get(1).regions().get(0);
        assertEquals("安徽省合肥市", hefeiRegion.region());
        assertEquals(List.of("hefei2", "hefei"), hefeiRegion.documents().stream().map(DocumentSummary::slug).toList(),
                "newest first");
        assertEquals(5, groups.stream().mapToInt(LibraryNode.LevelGroup::documentCount).sum());
    }

    @Test
    void sortsByNameWhenAsked() {
        var groups = LibraryViewModel.group(List.of(hefei, hefeiNew), LibrarySort.NAME);
        List<String> titles = groups.get(0).regions().get(0).documents().stream()
                .map(d -> d.metadata().title()).toList();
        assertEquals(List.of("合肥市标准化方案", "合肥市人民政府關於開展質量強市活動的實施意見"), titles);
    }

    @Test
    void undatedDocumentsComeLastByDate() {
        var a = doc("a", "甲", Level.CITY, "某市", null);
        var b = doc("b", "乙", Level.CITY, "某市", "2001");
        var docs = LibraryViewModel.group(List.of(a, b), LibrarySort.DATE).get(0).regions().get(0).documents();
        assertEquals(List.of("b", "a"), docs.stream().map(DocumentSummary::slug).toList());
    }

    @Test
    void filterMatchesAllTermsInEitherScript() {
        assertTrue(LibraryViewModel.matches(hefei, "质量强市"), "Simplified filter finds a Traditional title");
        assertTrue(LibraryViewModel.matches(hefei, "合肥 2012"));
        assertFalse(LibraryViewModel.matches(hefei, "合肥 2013"));
        assertTrue(LibraryViewModel.matches(hefei, "  "));
        assertTrue(LibraryViewModel.matches(zhejiang, "ZHEJIANG"), "slug, case-insensitive");
    }

    @Test
    void detailsLeaveOutEmptyFields() {
        var rows = LibraryViewModel.details(undated);
        assertFalse(rows.containsKey("details.date"));
        assertFalse(rows.containsKey("details.number"));
        assertEquals("无日期方案", rows.get("details.title"));
    }
}

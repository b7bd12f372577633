package org.policylens.ui.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policylens.model.Annotation;
import org.policylens.model.AnnotationColor;

/** Filtering and ordering of the annotations panel, and how a tag rename is classified; no FX needed. */
class AnnotationFilterTest {

    static Annotation annotation(String uuid, String slug, int start, String quote, String note, List<String> tags,
                                 String modified) {
        return new Annotation(1, uuid, slug, start, start + quote.length(), quote, "", "", note,
                AnnotationColor.YELLOW, tags, false, "2024-01-01T00:00:00Z", modified);
    }

    private final Annotation hefeiPrize = annotation("a", "hefei", 120, "設立市長質量獎", "奖励额度较高",
            List.of("质量奖"), "2024-03-01T10:00:00Z");
    private final Annotation hefeiStandard = annotation("b", "hefei", 40, "標準化戰略", "",
            List.of("标准", "战略"), "2024-03-05T09:00:00Z");
    private final Annotation anhuiStandard = annotation("c", "anhui", 10, "标准体系建设", "与合肥对比",
            List.of("标准"), "2024-02-01T08:00:00Z");
    private final List<Annotation> all = List.of(hefeiPrize, hefeiStandard, anhuiStandard);

    private List<String> filter(AnnotationFilter filter) {
        return all.stream().filter(a -> filter.matches(a, a.documentSlug().equals("hefei") ? "合肥市實施意見"
                : "安徽省纲要")).map(Annotation::uuid).toList();
    }

    @Test
    void filtersByDocumentTagAndBoth() {
        assertEquals(List.of("a", "b", "c"), filter(AnnotationFilter.ALL));
        assertEquals(List.of("a", "b"), filter(new AnnotationFilter("hefei", null, "")));
        assertEquals(List.of("b", "c"), filter(new AnnotationFilter(null, "标准", "")));
        assertEquals(List.of("b"), filter(new AnnotationFilter("hefei", "标准", "")));
        assertEquals(List.of(), filter(new AnnotationFilter("anhui", "质量奖", "")));
    }

    @Test
    void textMatchesQuoteNoteTagsAndTitleInEitherScriptWithAllWords() {
        assertEquals(List.of("a"), filter(new AnnotationFilter(null, null, "质量奖")), "Simplified finds 質量獎");
        assertEquals(List.of("c"), filter(new AnnotationFilter(null, null, "对比")), "the note");
        assertEquals(List.of("b"), filter(new AnnotationFilter(null, null, "战略")), "a tag or the quote");
        assertEquals(List.of("a", "b"), filter(new AnnotationFilter(null, null, "实施意见")), "the document title");
        assertEquals(List.of("b"), filter(new AnnotationFilter(null, null, "标准  合肥市")), "every word must match");
        assertEquals(List.of("a", "b", "c"), filter(new AnnotationFilter(null, null, "   ")));
    }

    @Test
    void sortsNewestFirstOrByDocumentInReadingOrder() {
        assertEquals(List.of("b", "a", "c"), all.stream().sorted(AnnotationSort.DATE.order())
                .map(Annotation::uuid).toList());
        assertEquals(List.of("c", "b", "a"), all.stream().sorted(AnnotationSort.DOCUMENT.order())
                .map(Annotation::uuid).toList());
    }

    @Test
    void renameOntoAnExistingTagIsAMergeWithBothCounts() {
        Map<String, Integer> counts = Map.of("标准", 2, "标准化", 3, "质量奖", 1);
        TagRenamePlan merge = TagRenamePlan.of(counts, "标准化", " 标准 ");
        assertEquals(new TagRenamePlan("标准化", "标准", 3, 2), merge);
        assertTrue(merge.isMerge());
        assertFalse(merge.isNoop());

        TagRenamePlan rename = TagRenamePlan.of(counts, "质量奖", "政府质量奖");
        assertFalse(rename.isMerge());
        assertEquals(1, rename.fromCount());

        assertTrue(TagRenamePlan.of(counts, "标准", "标准").isNoop(), "same name");
        assertTrue(TagRenamePlan.of(counts, "标准", "  ").isNoop(), "no name");
        assertTrue(TagRenamePlan.of(counts, "无此标签", "x").isNoop(), "unused tag");
    }

    @Test
    void exportFileNameCarriesTheDate() {
        assertEquals("policylens-annotations-2024-05-01.jsonld",
                AnnotationsViewModel.defaultExportName(LocalDate.of(2024, 5, 1)));
    }
}

package org.policylens.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylens.model.SearchHit;

class SearchViewModelTest {

    private static SearchHit hit(String slug, int start) {
        return new SearchHit(slug, slug + " title", start, "一、总则", start, start + 10, "质量奖", List.of(
                new SearchHit.Span(0, 3)), "【质量奖】", 1.0);
    }

    @Test
    void groupsHitsUnderTheirDocumentsInOrderOfTheBestHit() {
        var rows = SearchViewModel.group(List.of(hit("hefei", 5), hit("anhui", 1), hit("hefei", 9)));
        assertEquals(List.of(
                new SearchRow.DocumentHeader("hefei", "hefei title", 2),
                new SearchRow.HitRow(hit("hefei", 5)),
                new SearchRow.HitRow(hit("hefei", 9)),
                new SearchRow.DocumentHeader("anhui", "anhui title", 1),
                new SearchRow.HitRow(hit("anhui", 1))), rows);
    }

    @Test
    void noHitsNoRows() {
        assertEquals(List.of(), SearchViewModel.group(List.of()));
    }
}

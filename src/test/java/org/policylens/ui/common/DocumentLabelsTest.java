package org.policylens.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;
import org.policylens.model.Level;
import org.policylens.model.Script;

class DocumentLabelsTest {

    private static DocumentSummary doc(String slug, String region, String date) {
        return new DocumentSummary(1, new DocumentMetadata(slug, "标题", "", Level.CITY, region, date, null,
                Script.SIMPLIFIED, slug + ".txt"), "sha", 1, 1, 1, "2024");
    }

    @Test
    void labelIsTheInnermostRegionAndTheYear() {
        assertEquals("合肥市 2012", DocumentLabels.shortLabel(doc("hefei", "安徽省合肥市", "2012-12-25")));
        assertEquals("安徽省 2023", DocumentLabels.shortLabel(doc("anhui", "安徽省", "2023")));
        assertEquals("南宁市", DocumentLabels.shortLabel(doc("nn", "广西壮族自治区南宁市", null)));
        assertEquals("x", DocumentLabels.shortLabel(doc("x", "", null)));
    }
}

package org.policylens.ui.common;

import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;

/**
 * Short names for documents where a full title does not fit: a column header, an item of the document selection.
 * Comparison is by region, so the label is the region's own unit (合肥市 rather than 安徽省合肥市) and the year.
 */
public final class DocumentLabels {

    private DocumentLabels() {
    }

    /** e.g. 合肥市 2012; the slug when the document has no region. */
    public static String shortLabel(DocumentSummary document) {
        DocumentMetadata m = document.metadata();
        String region = innermostRegion(m.region());
        String name = region.isEmpty() ? document.slug() : region;
        String date = m.date();
        return date == null || date.length() < 4 ? name : name + " " + date.substring(0, 4);
    }

    /** 安徽省合肥市 → 合肥市; 安徽省 → 安徽省; a region without a province part stays as it is. */
    static String innermostRegion(String region) {
        if (region == null) {
            return "";
        }
        String trimmed = region.strip();
        for (String province : new String[] {"自治区", "省"}) {
            int at = trimmed.lastIndexOf(province);
            if (at >= 0 && at + province.length() < trimmed.length()) {
                return trimmed.substring(at + province.length());
            }
        }
        return trimmed;
    }
}

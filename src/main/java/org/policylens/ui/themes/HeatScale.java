package org.policylens.ui.themes;

import java.util.List;

/**
 * The heatmap's colour scale: a cell's share of its document's text falls into one of a few buckets, each a CSS
 * class ({@code heat-0} … {@code heat-5}) whose colours come from the theme. The thresholds are fixed shares rather
 * than relative to the largest cell, so the same colour means the same weight in every column and after every
 * change of the document selection.
 */
public final class HeatScale {

    /** Lower bounds of buckets 1…5 as shares of the document's text; bucket 0 is "no passage at all". */
    public static final List<Double> THRESHOLDS = List.of(0.0, 0.05, 0.10, 0.20, 0.30);

    private HeatScale() {
    }

    /** The bucket of a cell: 0 when no passage carries the theme, otherwise 1 (a trace) to 5 (30% of the text or more). */
    public static int bucket(int passageCount, double share) {
        if (passageCount == 0) {
            return 0;
        }
        int bucket = 1;
        for (int i = 1; i < THRESHOLDS.size(); i++) {
            if (share >= THRESHOLDS.get(i)) {
                bucket = i + 1;
            }
        }
        return bucket;
    }

    public static String styleClass(int bucket) {
        return "heat-" + bucket;
    }

    public static int buckets() {
        return THRESHOLDS.size() + 1;
    }
}

package org.policylens.ui.themes;

import java.util.List;

/**
 * One theme's row of the heatmap.
 *
 * @param code           the theme code
 * @param name           its name in the UI language
 * @param cells          one cell per selected document, in selection order
 * @param totalPassages  passages carrying the theme across the selected documents
 */
public record HeatmapRow(String code, String name, List<Cell> cells, int totalPassages) {

    public HeatmapRow {
        cells = List.copyOf(cells);
    }

    /**
     * One cell.
     *
     * @param document the document's slug
     * @param passages passages of that document carrying the theme
     * @param share    their share of the document's text, 0..1
     * @param bucket   the colour bucket, see {@link HeatScale}
     */
    public record Cell(String document, int passages, double share, int bucket) {
    }

    public Cell cell(String document) {
        return cells.stream().filter(c -> c.document().equals(document)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("document not in this row: " + document));
    }
}

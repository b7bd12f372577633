package org.policylens.ui.themes;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.policylens.compare.ThemeMatrix;
import org.policylens.model.Theme;

/** Builds the heatmap's rows for the selected documents: every theme of the codebook, in the chosen order. */
public final class HeatmapRows {

    private HeatmapRows() {
    }

    /**
     * @param documents the selected documents, in column order; documents the coding does not know are left out
     */
    public static List<HeatmapRow> build(ThemeCoding coding, List<String> documents, ThemeSort sort, Locale locale) {
        List<String> columns = documents.stream().filter(coding::has).toList();
        List<HeatmapRow> rows = new ArrayList<>();
        for (Theme theme : coding.codebook().themes()) {
            List<HeatmapRow.Cell> cells = new ArrayList<>();
            int total = 0;
            for (String slug : columns) {
                ThemeMatrix.Cell cell = coding.cell(slug, theme.code());
                cells.add(new HeatmapRow.Cell(slug, cell.passageCount(), cell.share(),
                        HeatScale.bucket(cell.passageCount(), cell.share())));
                total += cell.passageCount();
            }
            rows.add(new HeatmapRow(theme.code(), ThemeCoding.name(theme, locale), cells, total));
        }
        rows.sort(comparator(sort, locale, coding.codebook().codes()));
        return rows;
    }

    static Comparator<HeatmapRow> comparator(ThemeSort sort, Locale locale, List<String> codebookOrder) {
        Comparator<HeatmapRow> inCodebookOrder = Comparator.comparingInt(r -> codebookOrder.indexOf(r.code()));
        Comparator<HeatmapRow> primary = switch (sort.key()) {
            case CODEBOOK -> inCodebookOrder;
            case NAME -> Comparator.comparing(HeatmapRow::name, Collator.getInstance(locale));
            case TOTAL -> Comparator.comparingInt(HeatmapRow::totalPassages).reversed();
            case DOCUMENT -> Comparator.comparingDouble((HeatmapRow r) -> shareIn(r, sort.document())).reversed();
        };
        // Ties keep codebook order whichever way the primary key runs, so reversing never shuffles equal rows.
        return (sort.reversed() ? primary.reversed() : primary).thenComparing(inCodebookOrder);
    }

    private static double shareIn(HeatmapRow row, String document) {
        return row.cells().stream().filter(c -> c.document().equals(document)).mapToDouble(HeatmapRow.Cell::share)
                .findFirst().orElse(0);
    }
}

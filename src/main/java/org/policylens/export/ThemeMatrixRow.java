package org.policylens.export;

import org.policylens.compare.ThemeMatrix;
import org.policylens.model.Codebook;
import org.policylens.model.Theme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One theme of the theme matrix and its count and share in each document.
 *
 * @param themeCode   the theme's code
 * @param themeName   its name in the workbook's language
 * @param byDocument  per document slug, the passages coded with the theme and their share of the document's text;
 *                    a document missing here counts as zero
 */
public record ThemeMatrixRow(String themeCode, String themeName, Map<String, Count> byDocument) {

    /**
     * @param passages number of passages coded with the theme
     * @param share    their characters / all passage characters of the document, 0..1
     */
    public record Count(int passages, double share) {

        public static final Count ZERO = new Count(0, 0);
    }

    public ThemeMatrixRow {
        Objects.requireNonNull(themeCode, "themeCode");
        themeName = themeName == null || themeName.isBlank() ? themeCode : themeName;
        byDocument = Collections.unmodifiableMap(new LinkedHashMap<>(byDocument));
    }

    public Count count(String document) {
        return byDocument.getOrDefault(document, Count.ZERO);
    }

    /**
     * The rows of a computed matrix: every codebook theme in codebook order (themes no document covers show as
     * zeros, because a gap is worth seeing), then any theme the matrix has that the codebook lacks.
     */
    public static List<ThemeMatrixRow> of(ThemeMatrix matrix, Codebook codebook, ExportLanguage language) {
        Set<String> codes = new LinkedHashSet<>();
        if (codebook != null) {
            codes.addAll(codebook.codes());
        }
        codes.addAll(matrix.themes());
        List<ThemeMatrixRow> rows = new ArrayList<>();
        for (String code : codes) {
            Map<String, Count> counts = new LinkedHashMap<>();
            for (String document : matrix.documents()) {
                ThemeMatrix.Cell cell = matrix.cell(document, code);
                counts.put(document, new Count(cell.passageCount(), cell.share()));
            }
            String name = codebook == null ? code
                    : codebook.theme(code).map(theme -> nameOf(theme, language)).orElse(code);
            rows.add(new ThemeMatrixRow(code, name, counts));
        }
        return rows;
    }

    /** A theme's name in the language, falling back to the other name when one is missing. */
    static String nameOf(Theme theme, ExportLanguage language) {
        String preferred = language == ExportLanguage.EN ? theme.nameEn() : theme.nameZh();
        String other = language == ExportLanguage.EN ? theme.nameZh() : theme.nameEn();
        return !preferred.isBlank() ? preferred : !other.isBlank() ? other : theme.code();
    }
}

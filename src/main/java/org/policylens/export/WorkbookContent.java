package org.policylens.export;

import org.policylens.model.Codebook;
import org.policylens.model.DocumentSummary;
import org.policylens.model.RecordStatus;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything one comparison workbook shows, already chosen (documents selected, names in the workbook's language).
 * A service fills it from the repositories; the exporter only lays it out.
 *
 * <p>Rejected records never reach a workbook: they are dropped here, together with comparison cells that point to
 * them, so callers that forget to filter cannot leak a record the user threw away.
 *
 * @param generatedAt     when the export was made (shown in the About sheet)
 * @param appVersion      the application version
 * @param language        sheet names, headers and labels
 * @param documents       the documents included, in column order
 * @param codebook        the codebook used for the themes, or null when none
 * @param themeMatrix     one row per theme
 * @param themePassages   one row per (passage, theme), read while the sheet is written
 * @param targetComparison one row per canonical indicator; ids refer to {@code targets}
 * @param targets         target records
 * @param subsidies       subsidy records
 * @param annotations     annotations (empty until annotations exist)
 */
public record WorkbookContent(ZonedDateTime generatedAt, String appVersion, ExportLanguage language,
                              List<DocumentSummary> documents, Codebook codebook, List<ThemeMatrixRow> themeMatrix,
                              RowSource<ThemePassageRow> themePassages, List<TargetComparisonRow> targetComparison,
                              List<TargetRow> targets, List<SubsidyRow> subsidies, List<AnnotationRow> annotations) {

    public WorkbookContent {
        Objects.requireNonNull(generatedAt, "generatedAt");
        appVersion = appVersion == null || appVersion.isBlank() ? "development" : appVersion;
        language = language == null ? ExportLanguage.ZH : language;
        documents = List.copyOf(documents);
        themeMatrix = List.copyOf(themeMatrix);
        Objects.requireNonNull(themePassages, "themePassages");
        targets = targets.stream().filter(row -> row.status() != RecordStatus.REJECTED).toList();
        requireUniqueIds(targets);
        subsidies = subsidies.stream().filter(row -> row.status() != RecordStatus.REJECTED).toList();
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        targetComparison = withoutMissingTargets(targetComparison, targets);
    }

    /** Content whose passage rows are already in memory. */
    public WorkbookContent(ZonedDateTime generatedAt, String appVersion, ExportLanguage language,
                           List<DocumentSummary> documents, Codebook codebook, List<ThemeMatrixRow> themeMatrix,
                           List<ThemePassageRow> themePassages, List<TargetComparisonRow> targetComparison,
                           List<TargetRow> targets, List<SubsidyRow> subsidies, List<AnnotationRow> annotations) {
        this(generatedAt, appVersion, language, documents, codebook, themeMatrix, RowSource.of(themePassages),
                targetComparison, targets, subsidies, annotations);
    }

    /** Comparison cells link to targets by id, so two targets with one id would make a link ambiguous. */
    private static void requireUniqueIds(List<TargetRow> targets) {
        Set<Long> seen = new java.util.HashSet<>();
        for (TargetRow row : targets) {
            if (!seen.add(row.id())) {
                throw new IllegalArgumentException("duplicate target id: " + row.id());
            }
        }
    }

    /**
     * Drops comparison cells whose target is not (or no longer) in {@code targets}, and rows left empty. An id
     * that was never in the input is dropped as well, as a missing detail row would make the link point nowhere.
     */
    private static List<TargetComparisonRow> withoutMissingTargets(List<TargetComparisonRow> rows, List<TargetRow> kept) {
        Set<Long> ids = kept.stream().map(TargetRow::id).collect(Collectors.toSet());
        List<TargetComparisonRow> result = new ArrayList<>();
        for (TargetComparisonRow row : rows) {
            Map<String, List<Long>> cells = new LinkedHashMap<>();
            row.targetIdsByDocument().forEach((document, targetIds) -> {
                List<Long> present = targetIds.stream().filter(ids::contains).toList();
                if (!present.isEmpty()) {
                    cells.put(document, present);
                }
            });
            if (!cells.isEmpty()) {
                result.add(new TargetComparisonRow(row.indicatorKey(), row.indicatorName(), cells));
            }
        }
        return List.copyOf(result);
    }
}

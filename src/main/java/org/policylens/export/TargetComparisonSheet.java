package org.policylens.export;

import org.policylens.model.DocumentSummary;
import org.policylens.model.RecordStatus;
import org.policylens.model.Target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.policylens.export.TableSheet.Column;

/**
 * 目标对比 / Target comparison: indicator rows × document columns. Each cell shows one target (≥96% · 2025年) and
 * links to its row in the Targets sheet, so every figure can be traced to its clause. An indicator with several
 * targets in one document (e.g. 2023 and 2025) takes several rows, one target per cell, because a cell can hold
 * only one link.
 */
final class TargetComparisonSheet {

    // The indicator's name leads (what an official reads); its group key, for filtering and joins, comes last.
    private static final int FIRST_DOCUMENT_COLUMN = 1;

    private TargetComparisonSheet() {
    }

    static void write(WorkbookContent content, ExportRun run) {
        ExportText t = run.text();
        List<Column> columns = new ArrayList<>(List.of(Column.text(t.get("comparison.indicator"))));
        for (DocumentSummary document : content.documents()) {
            columns.add(Column.text(run.documentLabel(document.slug())));
        }
        int keyColumn = columns.size();
        columns.add(Column.text(t.get("comparison.indicatorKey")));
        TableSheet sheet = run.table(SheetKind.TARGET_COMPARISON, columns);
        Map<Long, Integer> indexById = new HashMap<>();
        for (int i = 0; i < content.targets().size(); i++) {
            indexById.put(content.targets().get(i).id(), i);
        }
        String targetsSheet = run.sheetName(SheetKind.TARGETS);
        for (TargetComparisonRow indicator : content.targetComparison()) {
            for (int depth = 0; depth < indicator.depth(); depth++) {
                TableSheet.TableRow row = sheet.row().text(0, indicator.indicatorName())
                        .text(keyColumn, indicator.indicatorKey());
                int column = FIRST_DOCUMENT_COLUMN;
                for (DocumentSummary document : content.documents()) {
                    List<Long> ids = indicator.targetIdsByDocument().getOrDefault(document.slug(), List.of());
                    if (depth < ids.size()) {
                        int index = indexById.get(ids.get(depth));
                        TargetRow target = content.targets().get(index);
                        String detail = SheetNames.cellReference(targetsSheet,
                                TableSheet.cellAddress(0, TargetsSheet.rowNumberOf(index)));
                        boolean edited = target.status() == RecordStatus.EDITED;
                        row.link(column, cellText(target.target(), edited, t), detail, edited);
                    }
                    column++;
                }
                run.rowWritten(sheet.name());
            }
        }
        sheet.finish();
        run.sheetFinished(sheet.name());
    }

    /** E.g. {@code ≥96% · 2025年}, {@code 每年 1–2个}, {@code ≈50亿元 · 2025年（已编辑）}. */
    static String cellText(Target target, boolean edited, ExportText t) {
        StringBuilder text = new StringBuilder();
        if (target.perYear()) {
            text.append(t.get("comparison.perYear")).append(' ');
        }
        text.append(symbol(target)).append(plain(target.value()));
        if (target.valueMax() != null) {
            text.append('–').append(plain(target.valueMax()));
        }
        if (target.unit() != null) {
            text.append(target.unit());
        }
        if (target.year() != null) {
            // The year goes in as text: MessageFormat would print a number as 2,025.
            text.append(" · ").append(t.get("comparison.year", String.valueOf(target.year())));
        }
        if (edited) {
            text.append(t.get("comparison.edited"));
        }
        return text.toString();
    }

    private static String symbol(Target target) {
        return switch (target.comparator()) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case ABOUT -> "≈";
            case EQUAL -> "";
        };
    }

    /** 96.0 → 96, 1.50 → 1.5: the number as a reader would write it. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

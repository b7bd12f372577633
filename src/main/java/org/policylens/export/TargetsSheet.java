package org.policylens.export;

import org.policylens.model.Target;

import java.util.List;

import static org.policylens.export.TableSheet.Column;
import static org.policylens.export.WorkbookStyles.Kind.DECIMAL;
import static org.policylens.export.WorkbookStyles.Kind.POSITION;
import static org.policylens.export.WorkbookStyles.Kind.YEAR;

/**
 * 目标明细 / Targets: one row per target record with every field, its source clause, section and status. Rows are in
 * {@link WorkbookContent#targets()} order, which is what {@link #rowNumberOf} relies on.
 */
final class TargetsSheet {

    /** The sheet row (1-based) of the first record: row 1 is the header. */
    private static final int FIRST_DATA_ROW = 2;
    private static final int STATUS_COLUMN = 14;

    private TargetsSheet() {
    }

    /** The sheet row (1-based) of the record at {@code index} of {@link WorkbookContent#targets()}. */
    static int rowNumberOf(int index) {
        return FIRST_DATA_ROW + index;
    }

    static void write(WorkbookContent content, ExportRun run) {
        ExportText t = run.text();
        TableSheet sheet = run.table(SheetKind.TARGETS, List.of(
                Column.text(t.get("column.document")), Column.text(t.get("column.region")),
                Column.wrapped(t.get("column.sectionPath"), 30), Column.text(t.get("targets.indicator")),
                Column.text(t.get("targets.indicatorKey")), Column.of(t.get("targets.value"), DECIMAL),
                Column.of(t.get("targets.valueMax"), DECIMAL), Column.text(t.get("targets.unit")),
                Column.text(t.get("targets.comparator")), Column.of(t.get("targets.year"), YEAR),
                Column.text(t.get("targets.perYear")), Column.wrapped(t.get("column.quote"), 60),
                Column.of(t.get("column.start"), POSITION), Column.of(t.get("column.end"), POSITION),
                Column.text(t.get("column.status"))));
        List<TargetRow> targets = content.targets();
        for (int i = 0; i < targets.size(); i++) {
            TargetRow record = targets.get(i);
            Target target = record.target();
            TableSheet.TableRow row = sheet.row();
            if (row.rowNumber() != rowNumberOf(i)) {
                throw new IllegalStateException("target detail rows out of step with comparison links");
            }
            row.text(0, record.document()).text(1, record.region()).text(2, record.sectionPath())
                    .text(3, target.indicator()).text(4, record.indicatorKey()).number(5, target.value())
                    .number(6, target.valueMax()).text(7, target.unit())
                    .text(8, t.label("comparator", target.comparator())).number(9, target.year())
                    .text(10, t.yesNo(target.perYear())).text(11, target.quote())
                    .number(12, target.start()).number(13, target.end());
            StatusCell.write(row, STATUS_COLUMN, record.status(), run);
            run.rowWritten(sheet.name());
        }
        sheet.finish();
        run.sheetFinished(sheet.name());
    }
}

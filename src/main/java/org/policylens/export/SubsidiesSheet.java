package org.policylens.export;

import org.policylens.model.Subsidy;

import java.math.BigDecimal;
import java.util.List;

import static org.policylens.export.TableSheet.Column;
import static org.policylens.export.WorkbookStyles.Kind.DECIMAL;
import static org.policylens.export.WorkbookStyles.Kind.POSITION;
import static org.policylens.export.WorkbookStyles.Kind.YUAN;

/**
 * 补贴奖励 / Subsidies: one row per record. The amount is written twice as a number — in yuan with a ¥ format, and
 * in 万元 because that is the unit the documents (and officials' reports) use.
 */
final class SubsidiesSheet {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final int STATUS_COLUMN = 13;

    private SubsidiesSheet() {
    }

    static void write(WorkbookContent content, ExportRun run) {
        ExportText t = run.text();
        TableSheet sheet = run.table(SheetKind.SUBSIDIES, List.of(
                Column.text(t.get("column.document")), Column.text(t.get("column.region")),
                Column.wrapped(t.get("column.sectionPath"), 30), Column.wrapped(t.get("subsidies.item"), 30),
                Column.text(t.get("subsidies.recipient")), Column.of(t.get("subsidies.amountYuan"), YUAN),
                Column.of(t.get("subsidies.amountWan"), DECIMAL), Column.text(t.get("subsidies.amountText")),
                Column.text(t.get("subsidies.cap")), Column.text(t.get("subsidies.kind")),
                Column.wrapped(t.get("column.quote"), 60), Column.of(t.get("column.start"), POSITION),
                Column.of(t.get("column.end"), POSITION), Column.text(t.get("column.status"))));
        for (SubsidyRow record : content.subsidies()) {
            Subsidy subsidy = record.subsidy();
            TableSheet.TableRow row = sheet.row().text(0, record.document()).text(1, record.region())
                    .text(2, record.sectionPath()).text(3, subsidy.item()).text(4, subsidy.recipient())
                    .number(5, subsidy.amountYuan()).number(6, inWan(subsidy.amountYuan()))
                    .text(7, subsidy.amountText()).text(8, t.yesNo(subsidy.isCap())).text(9, subsidy.kind())
                    .text(10, subsidy.quote()).number(11, subsidy.start()).number(12, subsidy.end());
            StatusCell.write(row, STATUS_COLUMN, record.status(), run);
            run.rowWritten(sheet.name());
        }
        sheet.finish();
        run.sheetFinished(sheet.name());
    }

    /** Exact decimal division, so 1 500 000 yuan shows as 150 and 5 000 as 0.5 without binary noise. */
    private static double inWan(long yuan) {
        return new BigDecimal(yuan).divide(TEN_THOUSAND).doubleValue();
    }
}

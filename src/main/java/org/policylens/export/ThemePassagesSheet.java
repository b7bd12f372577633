package org.policylens.export;

import java.util.List;

import static org.policylens.export.TableSheet.Column;
import static org.policylens.export.WorkbookStyles.Kind.POSITION;

/** 主题段落 / Theme passages: one row per (passage, theme), with the evidence and the passage text wrapped. */
final class ThemePassagesSheet {

    private ThemePassagesSheet() {
    }

    static void write(WorkbookContent content, ExportRun run) {
        ExportText t = run.text();
        TableSheet sheet = run.table(SheetKind.THEME_PASSAGES, List.of(
                Column.text(t.get("column.document")), Column.wrapped(t.get("column.sectionPath"), 30),
                Column.text(t.get("passages.themeCode")), Column.text(t.get("passages.theme")),
                Column.wrapped(t.get("passages.evidence"), 20), Column.wrapped(t.get("passages.text"), 70),
                Column.of(t.get("column.start"), POSITION), Column.of(t.get("column.end"), POSITION)));
        for (ThemePassageRow passage : content.themePassages()) {
            sheet.row().text(0, passage.document()).text(1, passage.sectionPath()).text(2, passage.themeCode())
                    .text(3, passage.themeName()).text(4, t.join(passage.evidenceTerms()))
                    .text(5, passage.passageText()).number(6, passage.start()).number(7, passage.end());
            run.rowWritten(sheet.name());
        }
        sheet.finish();
        run.sheetFinished(sheet.name());
    }
}

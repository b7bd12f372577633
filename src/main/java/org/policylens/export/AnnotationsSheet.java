package org.policylens.export;

import java.util.List;

import static org.policylens.export.TableSheet.Column;
import static org.policylens.export.WorkbookStyles.Kind.POSITION;

/** 批注 / Annotations: one row per annotation. Written even when empty, so the workbook's layout is always the same. */
final class AnnotationsSheet {

    private AnnotationsSheet() {
    }

    static void write(WorkbookContent content, ExportRun run) {
        ExportText t = run.text();
        TableSheet sheet = run.table(SheetKind.ANNOTATIONS, List.of(
                Column.text(t.get("column.document")), Column.wrapped(t.get("column.sectionPath"), 30),
                Column.wrapped(t.get("annotations.quote"), 50), Column.wrapped(t.get("annotations.note"), 40),
                Column.text(t.get("annotations.tags")), Column.of(t.get("column.start"), POSITION),
                Column.of(t.get("column.end"), POSITION), Column.text(t.get("annotations.createdAt"))));
        for (AnnotationRow annotation : content.annotations()) {
            sheet.row().text(0, annotation.document()).text(1, annotation.sectionPath()).text(2, annotation.quote())
                    .text(3, annotation.note()).text(4, t.join(annotation.tags())).number(5, annotation.start())
                    .number(6, annotation.end()).text(7, annotation.createdAt());
            run.rowWritten(sheet.name());
        }
        sheet.finish();
        run.sheetFinished(sheet.name());
    }
}

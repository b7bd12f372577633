package org.policylens.export;

import org.policylens.model.DocumentMetadata;
import org.policylens.model.DocumentSummary;

import java.util.List;

import static org.policylens.export.TableSheet.Column;
import static org.policylens.export.WorkbookStyles.Kind.INTEGER;
import static org.policylens.export.WorkbookStyles.Kind.YEAR;

/** 文件 / Documents: every document's metadata, one row each. */
final class DocumentsSheet {

    private DocumentsSheet() {
    }

    static void write(WorkbookContent content, ExportRun run) {
        ExportText t = run.text();
        TableSheet sheet = run.table(SheetKind.DOCUMENTS, List.of(
                Column.text(t.get("documents.slug")), Column.wrapped(t.get("documents.title"), 40),
                Column.text(t.get("documents.issuer")), Column.text(t.get("documents.level")),
                Column.text(t.get("column.region")), Column.text(t.get("documents.date")),
                Column.of(t.get("documents.year"), YEAR), Column.text(t.get("documents.docNumber")),
                Column.text(t.get("documents.script")), Column.text(t.get("documents.source")),
                Column.of(t.get("documents.characters"), INTEGER), Column.of(t.get("documents.sections"), INTEGER),
                Column.of(t.get("documents.passages"), INTEGER), Column.text(t.get("documents.importedAt")),
                Column.text(t.get("documents.sha256"))));
        for (DocumentSummary document : content.documents()) {
            DocumentMetadata m = document.metadata();
            sheet.row().text(0, m.slug()).text(1, m.title()).text(2, m.issuer()).text(3, t.label("level", m.level()))
                    .text(4, m.region()).text(5, m.date()).number(6, m.year()).text(7, m.docNumber())
                    .text(8, t.label("script", m.script())).text(9, m.source())
                    .number(10, document.characters()).number(11, document.sections())
                    .number(12, document.passages()).text(13, document.importedAt()).text(14, document.sha256());
            run.rowWritten(sheet.name());
        }
        sheet.finish();
        run.sheetFinished(sheet.name());
    }
}

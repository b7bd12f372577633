package org.policylens.service;

import java.nio.file.Path;
import org.policylens.export.ExcelWorkbookExporter;
import org.policylens.export.ExportException;
import org.policylens.export.ProgressListener;
import org.policylens.export.WorkbookContent;

/**
 * Exports the comparison workbook (documents, theme matrix and passages, target comparison and details, subsidies,
 * annotations) of the whole library or of chosen documents. Slow: call it from a background task.
 */
public final class ExportService {

    private final WorkbookAssembler assembler;
    private final ExcelWorkbookExporter exporter;

    ExportService(WorkbookAssembler assembler, ExcelWorkbookExporter exporter) {
        this.assembler = assembler;
        this.exporter = exporter;
    }

    /**
     * Writes the workbook to {@code target}. An existing file there is replaced only once the new workbook is
     * complete; on failure it is left as it was.
     *
     * @param progress told how far the writing has got, from the calling thread; null for no reports
     * @return the file and the row counts of its sheets
     * @throws UserException when a requested document is not in the library, or the target cannot be written
     *                       (read-only, a folder, open in another program, disk full); its message is one line
     */
    public ExportSummary export(ExportRequest request, Path target, ProgressListener progress) {
        WorkbookContent content = assembler.assemble(request);
        try {
            exporter.export(content, target, progress == null ? ProgressListener.NONE : progress);
        } catch (ExportException e) {
            // The exporter's message already names the file and the reason in one line ("cannot write …: …").
            throw new UserException(e.getMessage(), e);
        }
        return ExportSummary.of(target, content);
    }
}

package org.policylens.export;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.Deflater;

/**
 * Writes the comparison workbook (说明, 文件, 主题矩阵, 主题段落, 目标对比, 目标明细, 补贴奖励, 批注) from a
 * {@link WorkbookContent}. Rows are streamed (SXSSF), so memory stays flat however many passages and records there
 * are. Safe to use from a background thread; one instance can serve many exports.
 */
public final class ExcelWorkbookExporter {

    /** Rows kept in memory per sheet before SXSSF flushes them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    /**
     * Writes the workbook to {@code target}, replacing an existing file only once the new one is complete.
     *
     * @throws ExportException when the target cannot be written (read-only, locked, a folder), the disk is full, or
     *                         another I/O failure occurs; the existing target is then unchanged
     */
    public void export(WorkbookContent content, Path target, ProgressListener progress) throws ExportException {
        SafeFileWriter.write(target, out -> write(content, out, progress));
    }

    /**
     * SXSSF as this exporter needs it, with faster writing of rows and of the finished file (the workbook's content
     * is the same):
     * <ul>
     *   <li>rows go to plain temporary files: gzipping them (SXSSF's option) cost more than anything else in a
     *       whole-library export, every row deflated into the temp file and inflated again into the workbook, for
     *       disk space only borrowed until the export ends; strings are inline, so no shared-strings table grows;</li>
     *   <li>cell text is escaped in runs ({@link RunWritingSheetDataWriter});</li>
     *   <li>the workbook is zipped at the fastest deflate level: with 350 MB of passage-sheet XML at 3,000
     *       documents, it takes a third of the default level's time for a file about a sixth larger.</li>
     * </ul>
     */
    private static final class FastWritingWorkbook extends SXSSFWorkbook {

        FastWritingWorkbook() {
            super(ROW_WINDOW);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new RunWritingSheetDataWriter(getSharedStringSource());
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    /** Writes the workbook to a stream, which is left open. */
    public void write(WorkbookContent content, OutputStream out, ProgressListener progress) throws IOException {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        SXSSFWorkbook workbook = new FastWritingWorkbook();
        try {
            ExportRun run = new ExportRun(workbook, content, listener);
            AboutSheet.write(content, run);
            DocumentsSheet.write(content, run);
            ThemeMatrixSheet.write(content, run);
            ThemePassagesSheet.write(content, run);
            TargetComparisonSheet.write(content, run);
            TargetsSheet.write(content, run);
            SubsidiesSheet.write(content, run);
            AnnotationsSheet.write(content, run);
            workbook.write(out);
            listener.progress(run.totalWork(), run.totalWork(), run.sheetName(SheetKind.ABOUT));
        } finally {
            // dispose() deletes SXSSF's temporary row files, which close() alone leaves behind.
            workbook.dispose();
            workbook.close();
        }
    }
}

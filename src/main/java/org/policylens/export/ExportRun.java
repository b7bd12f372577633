package org.policylens.export;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.policylens.model.DocumentSummary;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sheet writers of one export share: the workbook, its styles and words, the sheet names (claimed up
 * front so a sheet can link to one written later) and the progress count.
 */
final class ExportRun {

    /** Report progress every this many rows: often enough for a progress bar, rarely enough to cost nothing. */
    private static final int REPORT_EVERY = 200;

    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final ExportText text;
    private final Map<SheetKind, String> sheetNames = new EnumMap<>(SheetKind.class);
    private final Map<String, String> documentLabels;
    private final ProgressListener listener;
    private final long totalWork;
    private long done;

    ExportRun(SXSSFWorkbook workbook, WorkbookContent content, ProgressListener listener) {
        this.workbook = workbook;
        this.styles = new WorkbookStyles(workbook);
        this.text = new ExportText(content.language());
        this.listener = listener;
        SheetNames names = new SheetNames();
        for (SheetKind kind : SheetKind.values()) {
            sheetNames.put(kind, names.claim(text.get(kind.nameKey())));
        }
        this.documentLabels = labels(content.documents());
        this.totalWork = SheetKind.values().length + content.documents().size() + content.themeMatrix().size()
                + content.themePassages().size() + content.targetComparison().stream()
                .mapToLong(TargetComparisonRow::depth).sum()
                + content.targets().size() + content.subsidies().size() + content.annotations().size();
    }

    SXSSFWorkbook workbook() {
        return workbook;
    }

    WorkbookStyles styles() {
        return styles;
    }

    ExportText text() {
        return text;
    }

    String sheetName(SheetKind kind) {
        return sheetNames.get(kind);
    }

    TableSheet table(SheetKind kind, List<TableSheet.Column> columns) {
        listener.progress(done, totalWork, sheetName(kind));
        return new TableSheet(workbook, sheetName(kind), styles, text, columns);
    }

    /** A column header for a document: its region, or its slug when the region is missing or shared. */
    String documentLabel(String slug) {
        return documentLabels.getOrDefault(slug, slug);
    }

    void rowWritten(String stage) {
        done++;
        if (done % REPORT_EVERY == 0) {
            listener.progress(done, totalWork, stage);
        }
    }

    void sheetFinished(String stage) {
        done++;
        listener.progress(done, totalWork, stage);
    }

    long totalWork() {
        return totalWork;
    }

    private static Map<String, String> labels(List<DocumentSummary> documents) {
        Map<String, Integer> regionCounts = new HashMap<>();
        documents.forEach(d -> regionCounts.merge(d.metadata().region(), 1, Integer::sum));
        Map<String, String> labels = new HashMap<>();
        for (DocumentSummary document : documents) {
            String region = document.metadata().region();
            boolean usable = !region.isBlank() && regionCounts.get(region) == 1;
            labels.put(document.slug(), usable ? region : region.isBlank() ? document.slug()
                    : region + " (" + document.slug() + ")");
        }
        return labels;
    }
}

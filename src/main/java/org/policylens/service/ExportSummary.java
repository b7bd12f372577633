package org.policylens.service;

import java.nio.file.Path;
import org.policylens.export.WorkbookContent;

/**
 * What an export wrote: the file and the data rows of each table sheet (the About sheet is always there too).
 *
 * @param file            the workbook, as an absolute path
 * @param documents       rows of the Documents sheet
 * @param themes          rows of the Theme matrix sheet
 * @param themePassages   rows of the Theme passages sheet (one per passage and theme)
 * @param indicators      indicators of the Target comparison sheet
 * @param targets         rows of the Targets sheet
 * @param subsidies       rows of the Subsidies sheet
 * @param annotations     rows of the Annotations sheet
 */
public record ExportSummary(Path file, int documents, int themes, int themePassages, int indicators, int targets,
                            int subsidies, int annotations) {

    /** Counts taken from the content as the exporter received it, after it dropped rejected records. */
    static ExportSummary of(Path file, WorkbookContent content) {
        return new ExportSummary(file.toAbsolutePath().normalize(), content.documents().size(),
                content.themeMatrix().size(), content.themePassages().size(), content.targetComparison().size(),
                content.targets().size(), content.subsidies().size(), content.annotations().size());
    }
}

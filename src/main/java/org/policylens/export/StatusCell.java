package org.policylens.export;

import org.policylens.model.RecordStatus;

/** The review-status cell of a record row; an edited record's status is shaded so it stands out when scanning. */
final class StatusCell {

    private StatusCell() {
    }

    static void write(TableSheet.TableRow row, int column, RecordStatus status, ExportRun run) {
        String label = run.text().label("status", status);
        row.text(column, label, status == RecordStatus.EDITED ? run.styles().edited() : null);
    }
}

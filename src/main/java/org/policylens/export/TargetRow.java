package org.policylens.export;

import org.policylens.model.RecordStatus;
import org.policylens.model.Target;

import java.util.Objects;

/**
 * One target record as it goes into the workbook: the record plus where it came from.
 *
 * @param id           the stored record's id; {@link TargetComparisonRow} cells refer to targets by it
 * @param document     the document's slug
 * @param region       the document's region as written
 * @param sectionPath  the headings above the quote, e.g. 二、主要目标 › （一）产品质量; may be empty
 * @param indicatorKey the canonical indicator group the record belongs to, or null
 * @param target       the record's values (edited values when a user edited it)
 * @param status       who last decided about the record
 */
public record TargetRow(long id, String document, String region, String sectionPath, String indicatorKey,
                        Target target, RecordStatus status) {

    public TargetRow {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        region = region == null ? "" : region;
        sectionPath = sectionPath == null ? "" : sectionPath;
    }
}

package org.policylens.export;

import org.policylens.model.RecordStatus;
import org.policylens.model.Subsidy;

import java.util.Objects;

/**
 * One subsidy or reward record as it goes into the workbook.
 *
 * @param document    the document's slug
 * @param region      the document's region as written
 * @param sectionPath the headings above the quote; may be empty
 * @param subsidy     the record's values (edited values when a user edited it)
 * @param status      who last decided about the record
 */
public record SubsidyRow(String document, String region, String sectionPath, Subsidy subsidy, RecordStatus status) {

    public SubsidyRow {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(subsidy, "subsidy");
        Objects.requireNonNull(status, "status");
        region = region == null ? "" : region;
        sectionPath = sectionPath == null ? "" : sectionPath;
    }
}

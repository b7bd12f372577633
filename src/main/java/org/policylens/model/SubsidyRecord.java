package org.policylens.model;

import java.util.Objects;

/**
 * A stored subsidy: what was extracted (or what the user made of it), with the user's decision about it.
 *
 * @param id       row id; stable while the record exists, not across a re-import (identity is the quote)
 * @param document slug of the document the subsidy was read from
 * @param region   region of that document
 * @param subsidy  the current fields (the user's values once edited)
 * @param status   auto, or the user's decision
 */
public record SubsidyRecord(long id, String document, String region, Subsidy subsidy, RecordStatus status) implements AnchoredRecord {

    public SubsidyRecord {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(subsidy, "subsidy");
        Objects.requireNonNull(status, "status");
        region = region == null ? "" : region;
    }

    @Override
    public int start() {
        return subsidy.start();
    }

    @Override
    public int end() {
        return subsidy.end();
    }
}

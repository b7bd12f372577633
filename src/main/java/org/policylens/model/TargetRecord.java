package org.policylens.model;

import java.util.Objects;

/**
 * A stored target: what was extracted (or what the user made of it), with the user's decision about it.
 *
 * @param id             row id; stable while the record exists, not across a re-import (identity is the quote)
 * @param document       slug of the document the target was read from
 * @param region         region of that document
 * @param target         the current fields (the user's values once edited)
 * @param status         auto, or the user's decision
 * @param assignedGroup  the indicator group the user moved this target to, or null when the alignment decides
 */
public record TargetRecord(long id, String document, String region, Target target, RecordStatus status,
                           String assignedGroup) implements AnchoredRecord {

    public TargetRecord {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        region = region == null ? "" : region;
    }

    @Override
    public int start() {
        return target.start();
    }

    @Override
    public int end() {
        return target.end();
    }
}

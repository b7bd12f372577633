package org.policylens.model;

import java.util.Locale;

/**
 * Who last decided about an extracted record. Re-extraction only replaces {@link #AUTO} records; the other three
 * are a user's decision and are kept.
 */
public enum RecordStatus {
    AUTO, CONFIRMED, EDITED, REJECTED;

    /** The lower-case code used in the CLI, JSON and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when a user made this decision, so an automatic re-run must not overwrite it. */
    public boolean isUserDecision() {
        return this != AUTO;
    }

    public static RecordStatus fromCode(String code) {
        for (RecordStatus s : values()) {
            if (s.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status: " + code + " (expected auto, confirmed, edited or rejected)");
    }
}

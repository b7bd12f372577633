package org.policylens.model;

import java.util.Locale;

/** Administrative level of the issuing government. */
public enum Level {
    CENTRAL, PROVINCE, CITY, COUNTY;

    /** The lower-case code used in the CLI, JSON and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Level fromCode(String code) {
        for (Level level : values()) {
            if (level.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level: " + code + " (expected central, province, city or county)");
    }
}

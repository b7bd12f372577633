package org.policylens.model;

import java.util.Locale;

/** The Chinese script a document is written in. */
public enum Script {
    SIMPLIFIED, TRADITIONAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Script fromCode(String code) {
        for (Script script : values()) {
            if (script.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return script;
            }
        }
        throw new IllegalArgumentException("unknown script: " + code);
    }
}

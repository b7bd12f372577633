package org.policylens.model;

/** Where a passage's theme comes from: the classifier, or a user's decision (which re-coding never undoes). */
public enum CodingSource {
    AUTO("auto"), MANUAL("manual");

    private final String code;

    CodingSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CodingSource fromCode(String code) {
        for (CodingSource source : values()) {
            if (source.code.equals(code)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown coding source: " + code);
    }
}

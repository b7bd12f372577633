package org.policylens.export;

import java.util.Locale;

/** The language of a workbook's sheet names, headers and labels. Chinese is the default, as in the UI. */
public enum ExportLanguage {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final Locale locale;

    ExportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The code used by the CLI's {@code --lang}: {@code zh} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportLanguage fromCode(String code) {
        for (ExportLanguage language : values()) {
            if (language.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language: " + code + " (expected zh or en)");
    }

    /** The language matching a UI locale: English for any English locale, Chinese otherwise. */
    public static ExportLanguage of(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? EN : ZH;
    }
}

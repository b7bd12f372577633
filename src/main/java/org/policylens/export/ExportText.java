package org.policylens.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbook's words, from the {@code i18n/export} bundle (Chinese base, English alternative). Kept apart from
 * the UI's messages bundle because a workbook's language is chosen per export, not per session.
 */
final class ExportText {

    static final String BUNDLE = "i18n.export";

    private final ExportLanguage language;
    private final ResourceBundle bundle;

    ExportText(ExportLanguage language) {
        this.language = language;
        // Without the no-fallback control a JVM running in English would answer "zh" with the English bundle.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    ExportLanguage language() {
        return language;
    }

    /** The text for a key; a missing key shows as {@code !key!} so it is noticed in the workbook, not thrown. */
    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** The label of an enum constant, e.g. {@code status.EDITED}. */
    String label(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }

    String yesNo(boolean value) {
        return get(value ? "yes" : "no");
    }

    String join(Iterable<String> parts) {
        return String.join(get("list.separator"), parts);
    }

    Locale locale() {
        return language.locale();
    }
}

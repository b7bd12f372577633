package org.policylens.export;

import org.apache.poi.ss.util.WorkbookUtil;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel, WPS and LibreOffice all accept: at most 31 characters, none of {@code []:*?/\}, not starting
 * or ending with an apostrophe, not the reserved "History", and unique ignoring case. Names come from translations,
 * which nobody checks against these rules.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> used = new HashSet<>();

    /** A valid, not yet used name as close to {@code wanted} as possible. */
    String claim(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(stripApostrophes(wanted), '_');
        if (base.equalsIgnoreCase("History")) {
            base = base + "_";
        }
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** A reference to a cell of a sheet for an internal hyperlink, e.g. {@code '目标明细'!A12}. */
    static String cellReference(String sheetName, String cell) {
        return "'" + sheetName.replace("'", "''") + "'!" + cell;
    }

    private static String stripApostrophes(String name) {
        String trimmed = name == null ? "" : name.strip();
        while (trimmed.startsWith("'")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("'")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isBlank() ? "Sheet" : trimmed;
    }
}

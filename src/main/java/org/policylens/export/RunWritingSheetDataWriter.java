package org.policylens.export;

import java.io.IOException;
import java.io.Writer;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's row writer with POI's escaping of cell text, written in runs. POI (5.5) escapes text one code point at a
 * time, allocating a {@code char[]} per character and writing it on its own; the passage sheet of a whole-library
 * export holds some 300 million characters, so that was half the export's time and most of its garbage. This writes
 * the same characters: every run of characters that need no escaping goes to the writer in one call.
 */
final class RunWritingSheetDataWriter extends SheetDataWriter {

    RunWritingSheetDataWriter(SharedStringsTable sharedStrings) throws IOException {
        super(sharedStrings);
    }

    /** Writes to {@code out} instead of a temporary file (for comparing with POI's own escaping). */
    RunWritingSheetDataWriter(Writer out) throws IOException {
        super(out);
    }

    /**
     * What POI's {@code outputEscapedString} writes: markup characters, tab, line feed, carriage return and the
     * no-break space as character references, other control characters and U+FFFE/U+FFFF as {@code ?}, everything
     * else (surrogates included, paired or not) as it is.
     */
    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s == null) {
            return;
        }
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            String replacement = replacement(s.charAt(i));
            if (replacement != null) {
                _out.write(s, run, i - run);
                _out.write(replacement);
                run = i + 1;
            }
        }
        _out.write(s, run, s.length() - run);
    }

    /** What POI writes for a character instead of the character itself, or null when it writes it as it is. */
    private static String replacement(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00a0' -> "&#xa0;";
            default -> c < ' ' || c == '\ufffe' || c == '\uffff' ? "?" : null;
        };
    }
}

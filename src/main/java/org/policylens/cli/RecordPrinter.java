package org.policylens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints records (ordered field maps) as a JSON array, CSV with a header row, or an aligned table. Commands build the
 * records once; the format is only a matter of printing.
 */
final class RecordPrinter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_TABLE_CELL = 60;

    private RecordPrinter() {
    }

    /**
     * @param tableColumns the fields a table shows (JSON and CSV show every field)
     */
    static void print(PrintWriter out, OutputFormat format, List<Map<String, Object>> records,
                      List<String> tableColumns) {
        switch (format) {
            case json -> printJson(out, records);
            case csv -> printCsv(out, records);
            case table -> printTable(out, records, tableColumns);
        }
        out.flush();
    }

    private static void printJson(PrintWriter out, List<Map<String, Object>> records) {
        try {
            out.println(JSON.writeValueAsString(records));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records are plain values and always serialise", e);
        }
    }

    private static void printCsv(PrintWriter out, List<Map<String, Object>> records) {
        if (records.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(records.get(0).keySet());
        out.println(String.join(",", columns.stream().map(RecordPrinter::quoteCsv).toList()));
        for (Map<String, Object> record : records) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(csvCell(record.get(column)));
            }
            out.println(String.join(",", cells));
        }
    }

    /**
     * A CSV cell. Text that a spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe, the
     * usual guard, because CSV files end up opened in Excel. Numbers are untouched, and so is a lone character such
     * as the comparator "=", which no spreadsheet can run.
     */
    private static String csvCell(Object raw) {
        String value = cellText(raw);
        boolean text = !(raw instanceof Number) && !(raw instanceof Boolean);
        if (text && value.length() > 1 && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return quoteCsv(value);
    }

    private static String quoteCsv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static void printTable(PrintWriter out, List<Map<String, Object>> records, List<String> columns) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> record : records) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                row.add(truncate(cellText(record.get(column)).replaceAll("\\s+", " ")));
            }
            rows.add(row);
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = DisplayWidth.of(columns.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
            }
        }
        out.println(line(columns, widths));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - DisplayWidth.of(cell) + 2));
            }
        }
        return line.toString().stripTrailing();
    }

    private static String truncate(String cell) {
        if (cell.codePointCount(0, cell.length()) <= MAX_TABLE_CELL) {
            return cell;
        }
        return cell.substring(0, cell.offsetByCodePoints(0, MAX_TABLE_CELL - 1)) + "…";
    }

    private static String cellText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Collection<?> values) {
            return String.join("; ", values.stream().map(RecordPrinter::cellText).toList());
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }

    /** Terminal column width: East Asian wide characters take two columns. */
    static final class DisplayWidth {

        private DisplayWidth() {
        }

        static int of(String s) {
            int width = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                width += isWide(cp) ? 2 : 1;
                i += Character.charCount(cp);
            }
            return width;
        }

        private static boolean isWide(int cp) {
            return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                    || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
        }
    }
}

package org.policylens.extract;

import org.policylens.model.Subsidy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reward tables: a header row whose cell names a money unit (奖励金额(万元), 资助标准（元）, or a 单位:万元
 * line above a 金额 column), then one record per row below it. Cells are separated by tabs, by | (Markdown-like
 * tables) or by runs of two or more spaces (whitespace-aligned text).
 */
final class RewardTableReader {

    private static final Pattern UNIT_IN_CELL = Pattern.compile("\\(?\\s*(?:单位:)?\\s*(万亿元|亿元|万元|千元|元)\\s*\\)?");
    private static final Pattern UNIT_LINE = Pattern.compile("单位\\s*:\\s*(万亿元|亿元|万元|千元|元)");
    private static final Pattern MONEY_HEADER = Pattern.compile("金额|奖励|奖金|资助|补助|补贴|标准|额度|扶持");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^[\\s|:\\-—+=]+$");
    private static final Pattern TABS = Pattern.compile("\\t+");
    private static final Pattern BAR = Pattern.compile("\\|");
    private static final Pattern WIDE_SPACE = Pattern.compile(" {2,}");

    private RewardTableReader() {
    }

    /**
     * The table records; the spans of the lines read as rows are added to {@code consumed}.
     *
     * @param lines the {@linkplain ClauseSplitter#paragraphs paragraphs} of {@code folded}
     */
    static List<Subsidy> read(String text, String folded, List<TextSpan> lines, List<TextSpan> consumed) {
        List<Subsidy> out = new ArrayList<>();
        for (int h = 0; h < lines.size(); h++) {
            TextSpan headerLine = lines.get(h);
            List<TextSpan> header = cells(folded, headerLine);
            if (header.size() < 2) {
                continue;
            }
            int amountCol = -1;
            double multiplier = 0;
            for (int c = 0; c < header.size(); c++) {
                String cell = folded.substring(header.get(c).start(), header.get(c).end());
                Matcher unit = UNIT_IN_CELL.matcher(cell);
                if (MONEY_HEADER.matcher(cell).find() && unit.find()) {
                    amountCol = c;
                    multiplier = multiplier(unit.group(1));
                    break;
                }
            }
            if (amountCol < 0 && h > 0) {
                Matcher unitLine = UNIT_LINE.matcher(folded.substring(lines.get(h - 1).start(), lines.get(h - 1).end()));
                if (unitLine.find()) {
                    for (int c = 0; c < header.size() && amountCol < 0; c++) {
                        String cell = folded.substring(header.get(c).start(), header.get(c).end());
                        if (MONEY_HEADER.matcher(cell).find()) {
                            amountCol = c;
                            multiplier = multiplier(unitLine.group(1));
                        }
                    }
                }
            }
            if (amountCol < 0) {
                continue;
            }
            int itemCol = -1;
            int recipientCol = -1;
            for (int c = 0; c < header.size(); c++) {
                String cell = folded.substring(header.get(c).start(), header.get(c).end());
                if (c == amountCol || cell.matches("序号|编号|No\\.?|#")) {
                    continue;
                }
                if (cell.contains("对象") || cell.contains("单位类型") || cell.contains("受益")) {
                    recipientCol = recipientCol < 0 ? c : recipientCol;
                } else if (itemCol < 0) {
                    itemCol = c;
                }
            }
            if (itemCol < 0) {
                continue;
            }
            String headerCell = folded.substring(header.get(amountCol).start(), header.get(amountCol).end());
            String kind = kindOf(text, folded, header.get(amountCol), headerCell);
            int r = h + 1;
            for (; r < lines.size(); r++) {
                TextSpan row = lines.get(r);
                String rowText = folded.substring(row.start(), row.end());
                if (SEPARATOR_ROW.matcher(rowText).matches()) {
                    continue;
                }
                List<TextSpan> cells = cells(folded, row);
                if (cells.size() != header.size()) {
                    break;
                }
                TextSpan amountCell = cells.get(amountCol);
                Matcher n = NUMBER.matcher(folded).region(amountCell.start(), amountCell.end());
                if (!n.find()) {
                    break;
                }
                long yuan = Math.round(Double.parseDouble(n.group()) * multiplier);
                TextSpan itemCell = cells.get(itemCol);
                String recipient = recipientCol < 0 ? null
                        : text.substring(cells.get(recipientCol).start(), cells.get(recipientCol).end()).strip();
                int qs = text.codePointCount(0, row.start());
                int qe = qs + text.codePointCount(row.start(), row.end());
                out.add(new Subsidy(text.substring(itemCell.start(), itemCell.end()).strip(),
                        recipient == null || recipient.isEmpty() ? null : recipient, yuan,
                        text.substring(amountCell.start(), amountCell.end()).strip(), kind,
                        text.substring(row.start(), row.end()), qs, qe));
                consumed.add(row);
            }
            if (r > h + 1) {
                consumed.add(headerLine);
                h = r - 1;
            }
        }
        return out;
    }

    private static String kindOf(String text, String folded, TextSpan cell, String headerCell) {
        for (String k : SubsidyWords.KINDS) {
            int i = headerCell.indexOf(k);
            if (i >= 0) {
                return text.substring(cell.start() + i, cell.start() + i + k.length());
            }
        }
        return "奖励";
    }

    private static double multiplier(String unit) {
        switch (unit) {
            case "万亿元":
                return 1e12;
            case "亿元":
                return 1e8;
            case "万元":
                return 1e4;
            case "千元":
                return 1e3;
            default:
                return 1;
        }
    }

    private static boolean hasCellSeparator(String folded, TextSpan line) {
        for (int i = line.start(); i < line.end(); i++) {
            char c = folded.charAt(i);
            if (c == '\t' || c == '|' || c == ' ' && i + 1 < line.end() && folded.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** The cells of a line: split at tabs, at |, or at runs of two or more spaces; trimmed, edge-empty dropped. */
    static List<TextSpan> cells(String folded, TextSpan line) {
        if (!hasCellSeparator(folded, line)) {
            return List.of(); // one cell: no table row (most lines)
        }
        String s = folded.substring(line.start(), line.end());
        List<TextSpan> out = new ArrayList<>();
        Pattern sep;
        if (s.indexOf('\t') >= 0) {
            sep = TABS;
        } else if (s.indexOf('|') >= 0) {
            sep = BAR;
        } else {
            sep = WIDE_SPACE;
        }
        Matcher m = sep.matcher(s);
        int cellStart = 0;
        List<int[]> raw = new ArrayList<>();
        while (m.find()) {
            raw.add(new int[] {cellStart, m.start()});
            cellStart = m.end();
        }
        raw.add(new int[] {cellStart, s.length()});
        for (int i = 0; i < raw.size(); i++) {
            int a = raw.get(i)[0];
            int b = raw.get(i)[1];
            while (a < b && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            boolean edge = i == 0 || i == raw.size() - 1;
            if (a == b && edge) {
                continue;
            }
            out.add(new TextSpan(line.start() + a, line.start() + b));
        }
        return out.size() >= 2 ? out : List.of();
    }
}

package org.policylens.extract;

import org.policylens.text.ChineseUnit;
import org.policylens.text.HanScript;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers written in digits in folded text, with their unit and qualifier, and drops those that can never be
 * a target value: years and dates, document numbers (〔2012〕251号), plan periods (2017-2019年), ordinals (第3,
 * heading labels), and numbers that are part of a name (5G, IPv6, PM2.5, 3·15, 7×24, “123+N”, 21世纪,
 * 24小时智慧书屋).
 */
final class NumberTokenFinder {

    // A number glued to another numeric character (², ①) is not a number of its own: m²98 or ①98 are not 98.
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9.\\p{No}])([0-9]+(?:\\.[0-9]+)?)(?:\\s*(?:-|—{1,2}|–|~|至|到)\\s*([0-9]+(?:\\.[0-9]+)?))?"
                    + "(?![0-9\\p{No}])");

    /** Units that never carry a target value: calendar words. */
    private static final List<String> CALENDAR_UNITS = List.of("年", "月", "日");
    /** Duration units; a duration glued to a noun (24小时书屋, 5分钟便利店, 7日无理由退货) is a name. */
    private static final List<String> DURATION_UNITS = List.of("小时", "分钟", "天", "周", "日", "小時", "分鐘", "週");
    /** Words that, right after a number, make it part of a name or an ordinal. */
    private static final String[] NAME_SUFFIXES = {"世纪", "号", "届", "版", "代", "期", "周年", "强", "后"};

    private NumberTokenFinder() {
    }

    /**
     * Target-capable numbers in folded[range].
     *
     * @param quoteScanFrom where to start looking for an opening quote mark (the paragraph start)
     */
    static List<NumberToken> find(String folded, TextSpan range, int quoteScanFrom) {
        List<NumberToken> out = new ArrayList<>();
        if (!mayHoldNumber(folded, range)) {
            return out; // most clauses: the pattern would test its look-behind at every char for nothing
        }
        Matcher m = NUMBER.matcher(folded);
        m.region(range.start(), range.end());
        while (m.find()) {
            int start = m.start();
            int numberEnd = m.end();
            int unitEnd = ChineseUnit.unitEnd(folded, numberEnd);
            String unit = folded.substring(numberEnd, unitEnd);
            int q = ComparatorReader.qualifierLength(folded, unitEnd);
            if (isExcluded(folded, new TextSpan(quoteScanFrom, range.end()), start, numberEnd, unitEnd, unit, q)) {
                continue;
            }
            double value = Double.parseDouble(m.group(1));
            Double max = m.group(2) == null ? null : Double.parseDouble(m.group(2));
            out.add(new NumberToken(start, numberEnd, unitEnd, unitEnd + q, value, max));
        }
        return out;
    }

    /** False when {@link #find} cannot find anything in the range: it holds no digit. */
    static boolean mayHoldNumber(String s, TextSpan range) {
        for (int i = range.start(); i < range.end(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a character stands for digits under compatibility folding (², ①, ㍸ = dm², ㎡ = m², ㏠ = 1日, 𝟗 = 9)
     * on the side that touches the number: its first digit when it follows the number, its last when it precedes.
     * A number glued to one is part of a larger number or unit, not a value of its own (the pattern already keeps
     * off ², ① and the like, which are digits in their own right).
     */
    private static boolean standsForDigits(int codePoint, boolean followsNumber) {
        if (codePoint < 0x80 || Character.isIdeographic(codePoint)) {
            return false;
        }
        String folded = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        char touching = followsNumber ? folded.charAt(0) : folded.charAt(folded.length() - 1);
        return touching >= '0' && touching <= '9';
    }

    private static boolean isExcluded(String s, TextSpan range, int start, int numberEnd, int unitEnd, String unit,
                                      int qualifier) {
        char before = start > 0 ? s.charAt(start - 1) : ' ';
        char after = numberEnd < s.length() ? s.charAt(numberEnd) : ' ';
        char afterUnit = unitEnd + qualifier < s.length() ? s.charAt(unitEnd + qualifier) : ' ';
        if (CALENDAR_UNITS.contains(unit) && !DURATION_UNITS.contains(unit) || unit.equals("年") || unit.equals("月")) {
            return true;
        }
        if (start > 0 && standsForDigits(s.codePointBefore(start), false)
                || numberEnd < s.length() && standsForDigits(s.codePointAt(numberEnd), true)) {
            return true; // ㍸98 (dm²98), 98㏠ (98 then 1日), 𝟗98: the number runs on into another
        }
        if (isAsciiLetter(before) || isAsciiLetter(after) || "+×*·・/:_#@".indexOf(before) >= 0
                || "+×*·・:_%".indexOf(after) >= 0 && unit.isEmpty()) {
            return true; // 5G, IPv6, PM2.5, 7×24, 3·15, 123+N, 8:30
        }
        if (after == '+' || after == '×' || after == '·' || after == '・') {
            return true;
        }
        if (before == '月' && unit.equals("日")) {
            return true; // the day of a date
        }
        if (before == '第' || before == '〔' || before == '[' || before == '【' || after == '〕' || after == ']') {
            return true; // ordinals and document numbers
        }
        for (String suffix : NAME_SUFFIXES) {
            if (s.startsWith(suffix, numberEnd)) {
                return true;
            }
        }
        if (DURATION_UNITS.contains(unit) && isHan(afterUnit) && "的、和及与以内左右".indexOf(afterUnit) < 0) {
            return true; // a duration glued to a noun names a service model
        }
        if (insideQuoteOrTitle(s, range.start(), start)) {
            return true;
        }
        if (isHeadingLabel(s, start, numberEnd)) {
            return true;
        }
        if (unit.isEmpty()) {
            // a bare number is a target only with a qualifier or a comparing verb: 指数达到100以上, 超过80
            String left = s.substring(Math.max(range.start(), start - 3), start);
            boolean verb = left.endsWith("达到") || left.endsWith("达") || left.endsWith("超过") || left.endsWith("超")
                    || left.endsWith("不低于") || left.endsWith("为") || left.endsWith("在") || left.endsWith("高于");
            if (qualifier == 0 && !verb) {
                return true;
            }
            if (start + 4 == numberEnd && (s.startsWith("19", start) || s.startsWith("20", start))) {
                return true; // a year written without 年
            }
        }
        return false;
    }

    /** A number at the very start of a line followed by 、 . ． ) is a heading label (1、 2. (3)). */
    private static boolean isHeadingLabel(String s, int start, int numberEnd) {
        int i = start - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '(')) {
            i--;
        }
        boolean lineStart = i < 0 || s.charAt(i) == '\n' || s.charAt(i) == '\r';
        if (!lineStart || numberEnd >= s.length()) {
            return false;
        }
        char next = s.charAt(numberEnd);
        return next == '、' || next == ')' || next == '.' && (numberEnd + 1 >= s.length()
                || !Character.isDigit(s.charAt(numberEnd + 1)));
    }

    /** True when index lies inside “…”, 「…」, 『…』, 《…》 or "…" opened within the range. */
    static boolean insideQuoteOrTitle(String s, int from, int index) {
        int curly = 0;
        int corner = 0;
        int title = 0;
        boolean straight = false;
        for (int i = from; i < index; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '“': curly++; break;
                case '”': curly = Math.max(0, curly - 1); break;
                case '「': case '『': corner++; break;
                case '」': case '』': corner = Math.max(0, corner - 1); break;
                case '《': title++; break;
                case '》': title = Math.max(0, title - 1); break;
                case '"': straight = !straight; break;
                default: break;
            }
        }
        return curly > 0 || corner > 0 || title > 0 || straight;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isHan(char c) {
        return HanScript.isHan(c);
    }
}
